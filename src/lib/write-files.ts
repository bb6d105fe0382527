/**
 * Writes several files as one change, so an import never half-happens: each new text goes to a temporary file beside
 * its target, and only when every one is written is each renamed into place. If a rename fails, the files already
 * replaced get their old text back (kept in memory), every temporary file and every folder made for the write is
 * removed, and the error says which file failed and that every file is as it was; if putting a file back fails too,
 * it says which file holds what, and where the old text is.
 */
import { mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** The file-system calls the write makes; tests give ones that fail. */
export interface FileOps {
  /** A file's bytes, or undefined when there is no such file. */
  read(path: string): Buffer | undefined;
  write(path: string, data: string | Buffer): void;
  rename(from: string, to: string): void;
  /** Removes a file; no such file is not an error. */
  remove(path: string): void;
  /** Makes a folder and its parents; returns the first folder it made, or undefined when it existed. */
  makeDir(path: string): string | undefined;
  /** Removes a folder if it is empty (throws otherwise). */
  removeEmptyDir(path: string): void;
}

/** The file system itself. */
export const nodeFileOps: FileOps = {
  read: (path) => {
    try {
      return readFileSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  },
  write: (path, data) => writeFileSync(path, data),
  rename: (from, to) => renameSync(from, to),
  remove: (path) => rmSync(path, { force: true }),
  makeDir: (path) => mkdirSync(path, { recursive: true }),
  removeEmptyDir: (path) => rmdirSync(path),
};

/** A file to write and its whole new text. */
export interface FileToWrite {
  path: string;
  text: string;
}

/** A write that failed: one line per file concerned; `unchanged` when every target file is as it was before. */
export class WriteError extends Error {
  readonly lines: readonly string[];
  readonly unchanged: boolean;
  // Fields assigned by hand, not as parameter properties: the build's worker threads strip types and cannot run those.
  constructor(lines: readonly string[], unchanged: boolean) {
    super(lines.join('\n'));
    this.lines = lines;
    this.unchanged = unchanged;
    this.name = 'WriteError';
  }
}

/** Why a call failed, without Node's repetition of the paths ("EACCES: permission denied"). */
const reason = (error: unknown) => (error as Error).message.replace(/, \w+ '.*$/s, '');

/** One file's part in a write: its new text, its temporary file, and the old text to put back. */
interface Step extends FileToWrite {
  temp: string;
  old?: Buffer | undefined;
  replaced?: boolean;
  /** Set when undoing left this file changed: what it holds now. */
  kept?: string;
  /** The temporary file holds the old text, and is kept. */
  keepTemp?: boolean;
}

/** Writes every file or none; throws WriteError saying exactly what happened otherwise. `shown` names a path in messages. */
export function writeFiles(files: readonly FileToWrite[], options: { shown?: (path: string) => string; fs?: FileOps } = {}): void {
  const fs = options.fs ?? nodeFileOps;
  const shown = options.shown ?? ((path: string) => path);
  const steps: Step[] = files.map((f) => ({ ...f, temp: `${f.path}.${process.pid}.tmp` }));
  const made: string[] = [];
  // No step before the first rename changes a target; `at` is the file being handled when a step fails.
  let at: Step | undefined;
  try {
    for (at of steps) at.old = fs.read(at.path);
    for (at of steps) {
      const dir = resolve(dirname(at.path));
      const first = fs.makeDir(dir);
      // Every folder from the file's own up to the first one made, deepest first, to remove if the write is undone.
      for (let d = dir; first !== undefined; d = dirname(d)) {
        made.push(d);
        if (d === resolve(first) || dirname(d) === d) break;
      }
      fs.write(at.temp, at.text);
    }
    for (at of steps) {
      fs.rename(at.temp, at.path);
      at.replaced = true;
    }
  } catch (error) {
    throw undo(at?.path ?? '', error);
  }

  /** Puts back the old text of a file the write replaced; on failure, records what the file holds now. */
  function putBack(step: Step): void {
    const { path, temp, old } = step;
    if (old === undefined) {
      try {
        fs.remove(path);
      } catch (e) {
        step.kept = `${shown(path)}: was not there before, and now holds the new text (removing it failed: ${reason(e)}); delete it`;
      }
      return;
    }
    try {
      fs.write(temp, old);
    } catch (e) {
      step.kept = `${shown(path)}: holds the new text, not the old (writing the old back failed: ${reason(e)}); git has the old text if it was committed`;
      return;
    }
    try {
      fs.rename(temp, path);
    } catch (e) {
      // The temporary file now holds the old text: it is kept and named rather than lost.
      step.keepTemp = true;
      step.kept = `${shown(path)}: holds the new text, not the old (putting the old back failed: ${reason(e)}); the old text is in ${shown(temp)}: move it back over ${shown(path)}`;
    }
  }

  /** Puts back what a failed write changed, and returns the error that says what happened. */
  function undo(failed: string, error: unknown): WriteError {
    for (const step of [...steps].reverse()) if (step.replaced) putBack(step);
    const left: string[] = [];
    for (const step of steps) {
      if (step.keepTemp) continue;
      try {
        fs.remove(step.temp);
      } catch (e) {
        left.push(`${shown(step.temp)}: a temporary file that could not be removed (${reason(e)}); delete it`);
      }
    }
    for (const dir of made)
      try {
        fs.removeEmptyDir(dir);
      } catch {
        // A folder holding a file named in the message, or one another file's write made and removed already.
      }
    const what = `${shown(failed)}: cannot be written (${reason(error)})`;
    const changed = steps.filter((s) => s.kept);
    if (!changed.length && !left.length) {
      const all = steps.length === 1 ? 'the file is' : `every file (${steps.map((s) => shown(s.path)).join(', ')}) is`;
      const done = steps.some((s) => s.replaced) ? 'the write was undone' : 'nothing was written';
      return new WriteError([`${what}; ${done}: ${all} as it was before, and no temporary file is left`], true);
    }
    return new WriteError(
      [
        `${what}, and ${changed.length ? 'undoing the write failed too' : 'not every temporary file could be removed'}; the files are now:`,
        ...steps.map((s) => s.kept ?? `${shown(s.path)}: as it was before`),
        ...left,
      ],
      !changed.length,
    );
  }
}
