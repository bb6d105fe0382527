import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileOps, WriteError, writeFiles, type FileOps } from '../../../src/lib/write-files';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pi-write-'));
  writeFileSync(join(dir, 'a.json'), 'old a');
  mkdirSync(join(dir, 'c'));
  writeFileSync(join(dir, 'c/c.json'), 'old c');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every file under the scratch folder with its text, and every folder (as "name/"). */
const tree = () =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true }).map((e) => {
      const path = relative(dir, join(e.parentPath, e.name));
      return e.isDirectory() ? [`${path}/`, ''] : [path, readFileSync(join(dir, path), 'utf8')];
    }),
  );
/** The files to write: one that exists, one new in a folder that does not exist yet, one in a subfolder. */
const files = () => [
  { path: join(dir, 'a.json'), text: 'new a' },
  { path: join(dir, 'b/b.json'), text: 'new b' },
  { path: join(dir, 'c/c.json'), text: 'new c' },
];
const shown = (path: string) => relative(dir, path);
const injected = (code: string) => Object.assign(new Error(`${code}: injected failure, rename 'x' -> 'y'`), { code });
/** The file system, except that `call` fails for the paths `fails` picks (from, for a rename), counting the calls made. */
function failing(call: 'write' | 'rename' | 'remove', fails: (path: string, n: number) => boolean): FileOps {
  let n = 0;
  return {
    ...nodeFileOps,
    [call]: (path: string, other: never) => {
      if (fails(path, n++)) throw injected('EIO');
      return (nodeFileOps[call] as (a: string, b: never) => void)(path, other);
    },
  };
}
/** The WriteError a write throws; fails the test if it wrote. */
function refusal(fs: FileOps): WriteError {
  try {
    writeFiles(files(), { shown, fs });
  } catch (error) {
    expect(error).toBeInstanceOf(WriteError);
    return error as WriteError;
  }
  throw new Error('expected the write to fail');
}

describe('writing several files as one', () => {
  it('writes every file, making the folders it needs, and leaves no temporary file', () => {
    writeFiles(files());
    expect(tree()).toEqual({ 'a.json': 'new a', 'b/': '', 'b/b.json': 'new b', 'c/': '', 'c/c.json': 'new c' });
  });

  for (const at of [0, 1, 2])
    it(`puts every file back as it was, with no temporary file or new folder left, when renaming file ${at + 1} of 3 fails`, () => {
      const before = tree();
      const target = files()[at]?.path ?? '';
      const error = refusal(failing('rename', (from) => from.startsWith(`${target}.`)));
      expect(tree()).toEqual(before);
      expect(error.unchanged).toBe(true);
      const all = files()
        .map((f) => shown(f.path))
        .join(', ');
      expect(error.lines).toEqual([
        `${shown(target)}: cannot be written (EIO: injected failure); ${at ? 'the write was undone' : 'nothing was written'}: every file (${all}) is as it was before, and no temporary file is left`,
      ]);
    });

  it('says nothing was written, and leaves no temporary file, when writing a temporary file fails', () => {
    const before = tree();
    const error = refusal(failing('write', (path) => path.includes('c.json')));
    expect(tree()).toEqual(before);
    expect(error.message).toMatch(/^c\/c\.json: cannot be written \(EIO: injected failure\); nothing was written: every file/);
  });

  it('says which file holds what, and where the old text is, when putting a replaced file back fails too', () => {
    // Renaming into c fails, and so does the rename that would put a's old text back (a's second rename).
    let aRenames = 0;
    const error = refusal(
      failing('rename', (from) => from.startsWith(join(dir, 'c/c.json.')) || (from.startsWith(join(dir, 'a.json.')) && aRenames++ === 1)),
    );
    const temp = readdirSync(dir).find((f) => f.endsWith('.tmp'));
    expect(error.unchanged).toBe(false);
    expect(error.lines).toEqual([
      'c/c.json: cannot be written (EIO: injected failure), and undoing the write failed too; the files are now:',
      `a.json: holds the new text, not the old (putting the old back failed: EIO: injected failure); the old text is in ${temp}: move it back over a.json`,
      'b/b.json: as it was before',
      'c/c.json: as it was before',
    ]);
    // The message is true: a holds the new text, its old one is in the named file, b was removed, c untouched.
    expect(tree()).toEqual({ 'a.json': 'new a', [`${temp}`]: 'old a', 'c/': '', 'c/c.json': 'old c' });
  });

  it('names a new file it could not remove again, and a temporary file it could not delete', () => {
    const error = refusal({
      ...failing('rename', (from) => from.startsWith(join(dir, 'c/c.json.'))),
      remove: (path) => {
        if (path === join(dir, 'b/b.json') || path.startsWith(join(dir, 'c/c.json.'))) throw injected('EBUSY');
        nodeFileOps.remove(path);
      },
    });
    const temp = readdirSync(join(dir, 'c')).find((f) => f.endsWith('.tmp'));
    expect(error.lines).toEqual([
      'c/c.json: cannot be written (EIO: injected failure), and undoing the write failed too; the files are now:',
      'a.json: as it was before',
      'b/b.json: was not there before, and now holds the new text (removing it failed: EBUSY: injected failure); delete it',
      'c/c.json: as it was before',
      `c/${temp}: a temporary file that could not be removed (EBUSY: injected failure); delete it`,
    ]);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('old a');
    expect(existsSync(join(dir, 'b/b.json'))).toBe(true);
  });
});
