/**
 * One writer at a time in a content folder: `npm run import` and `npm run record-versions` each read
 * published-ids.json and letter-versions.json, add to them and write them back, so two at once lose one's work.
 * Each holds `<contentDir>/.import.lock` while it runs; a second is refused with the holder's process id.
 *
 * Our own small lock rather than a package: proper-lockfile (4.1.2, the usual choice) judges a lock stale by its age
 * (it must keep touching the file, which a synchronous import cannot) and does not record who holds it, so it could
 * neither name the process in the refusal nor tell a dead holder from a slow one. This one is a file created
 * atomically (`link`, which fails if the lock exists, of a fully written temporary file) holding the process id.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { linkSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** The lock's file name in a content folder. */
export const lockFileName = '.import.lock';

/** Who holds the lock: the lock file's content. */
export const lockHolderSchema = z.object({
  pid: z.number().int().positive(),
  host: z.string(),
  command: z.string(),
  since: z.string(),
  token: z.string(),
});
export type LockHolder = z.infer<typeof lockHolderSchema>;

/** Thrown when the lock is held (or cannot be read): `file` is the lock as messages name it, `problem` says why. */
export class ContentLockedError extends Error {
  readonly file: string;
  readonly problem: string;
  // Fields assigned by hand, not as parameter properties: the build's worker threads strip types and cannot run those.
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.file = file;
    this.problem = problem;
    this.name = 'ContentLockedError';
  }
}

/** A held lock. */
export interface ContentLock {
  /** Removes the lock file, if it is still this holder's. */
  release(): void;
}

/** How to take the lock: the command named to whoever is refused, how messages name the lock file, where a takeover is told. */
export interface LockOptions {
  command: string;
  shown?: (path: string) => string;
  warn?: (line: string) => void;
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code;
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const readOrUndefined = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return undefined;
    throw error;
  }
};

/** Whether the process holding a lock still runs; one on another machine cannot be checked, so it is taken to run. */
function running(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return codeOf(error) !== 'ESRCH';
  }
}

/**
 * Removes a dead holder's lock, if the lock is still exactly `stale`. A second file guards the removal, so two
 * processes finding the same stale lock cannot remove each other's new one; a guard older than ten seconds (a
 * removal takes milliseconds) was left by a process that died while removing, and is removed itself.
 */
function removeStale(file: string, stale: string): boolean {
  const guard = `${file}.takeover`;
  try {
    writeFileSync(guard, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if (codeOf(error) !== 'EEXIST') throw error;
    const made = statSync(guard, { throwIfNoEntry: false })?.mtimeMs;
    if (made !== undefined && Date.now() - made > 10_000) rmSync(guard, { force: true });
    else sleep(50);
    return false;
  }
  try {
    if (readOrUndefined(file) !== stale) return false;
    unlinkSync(file);
    return true;
  } finally {
    rmSync(guard, { force: true });
  }
}

/**
 * Takes the content folder's lock, or throws ContentLockedError naming the lock file and the process holding it.
 * A lock left by a process that no longer runs is taken over, with a line to `warn` saying so. A content folder that
 * does not exist needs no lock (the command then refuses for want of its files).
 */
export function acquireContentLock(contentDir: string, options: LockOptions): ContentLock {
  const file = join(contentDir, lockFileName);
  const shown = options.shown?.(file) ?? file;
  const holder: LockHolder = {
    pid: process.pid,
    host: hostname(),
    command: options.command,
    since: `${new Date().toISOString().slice(0, 19)}Z`,
    token: randomUUID(),
  };
  const temp = `${file}.${holder.token}.tmp`;
  try {
    writeFileSync(temp, `${JSON.stringify(holder)}\n`, { flag: 'wx' });
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return { release: () => {} };
    throw error;
  }
  try {
    for (let attempt = 0; attempt < 40; attempt++) {
      try {
        linkSync(temp, file);
        return {
          release: () => {
            if (readOrUndefined(file)?.includes(holder.token)) rmSync(file, { force: true });
          },
        };
      } catch (error) {
        if (codeOf(error) !== 'EEXIST') throw error;
      }
      const text = readOrUndefined(file);
      if (text === undefined) continue; // released between the two calls: try again
      let parsed;
      try {
        parsed = lockHolderSchema.safeParse(JSON.parse(text));
      } catch {
        parsed = undefined;
      }
      if (!parsed?.success)
        throw new ContentLockedError(
          shown,
          `exists but does not say which process holds it, so another import or record-versions may be running; if none is, delete ${shown} and try again`,
        );
      const other = parsed.data;
      const who = `process ${other.pid}${other.host === holder.host ? '' : ` on ${other.host}`} (${other.command}, since ${other.since})`;
      const what = other.command === 'npm run import' ? 'another import' : `\`${other.command}\``;
      if (running(other))
        throw new ContentLockedError(
          shown,
          `${what} is running: ${who} holds this lock; wait for it to finish and try again (if process ${other.pid} is not ${other.command}, delete ${shown})`,
        );
      if (removeStale(file, text)) options.warn?.(`${shown}: took over the lock left by ${who}, which is no longer running`);
    }
    throw new ContentLockedError(shown, `could not be taken (other processes kept taking it); try again`);
  } finally {
    rmSync(temp, { force: true });
  }
}
