import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/importer/errors';
import { importSeed } from '../../../src/importer/import-seed';
import { nodeFileOps, type FileOps } from '../../../src/lib/write-files';
import { root } from '../../support';

// The scratch project: content/ holds the reference data and, in most tests, one letter imported before.
let dir: string;
let contentDir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pi-rollback-'));
  contentDir = join(dir, 'content');
  cpSync(`${root}content/reference`, join(contentDir, 'reference'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const seed = (name: string) => `${root}tests/fixtures/seeds/synthetic-${name}.txt`;
const importHere = (name: string, fileOps?: FileOps) => importSeed(seed(name), { contentDir, root: dir, ...(fileOps ? { fileOps } : {}) });
/** Every file and folder under content/ (folders as "name/"), with each file's text. */
const tree = () =>
  Object.fromEntries(
    readdirSync(contentDir, { recursive: true, withFileTypes: true }).map((e) => {
      const path = relative(contentDir, join(e.parentPath, e.name));
      return e.isDirectory() ? [`${path}/`, ''] : [path, readFileSync(join(contentDir, path), 'utf8')];
    }),
  );
const injected = Object.assign(new Error("EXDEV: cross-device link not permitted, rename 'x' -> 'y'"), { code: 'EXDEV' });
/** The file system, except that renaming a temporary file into `target` (under content/) fails. */
const renameFails = (target: string): FileOps => ({
  ...nodeFileOps,
  rename: (from, to) => {
    if (to === join(contentDir, target)) throw injected;
    nodeFileOps.rename(from, to);
  },
});
/** The import's message when it refuses; fails the test if it did not. */
function refusal(name: string, fileOps: FileOps): string {
  try {
    importHere(name, fileOps);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as ImportError).message;
  }
  throw new Error(`expected the import of ${name} to be refused`);
}
// The four files an import of the Wales letter writes, in the order it renames them into place.
const files = ['letters/wales-2024-10.mdx', 'imports/wales-2024-10.mdx', 'published-ids.json', 'letter-versions.json'];
const shownFiles = files.map((f) => `content/${f}`).join(', ');

describe('an import whose write fails part-way', () => {
  for (const [at, target] of files.entries())
    it(`leaves every file as it was, and no temporary file, when renaming ${target} fails, and says so`, () => {
      importHere('north-east-2024-03');
      const before = tree();
      expect(refusal('wales-2024-10', renameFails(target))).toBe(
        `content/${target}: cannot be written (EXDEV: cross-device link not permitted); ${at ? 'the write was undone' : 'nothing was written'}: every file (${shownFiles}) is as it was before, and no temporary file is left`,
      );
      expect(tree()).toEqual(before);
    });

  it('removes the folders it made for a first letter when the write is undone', () => {
    const before = tree();
    refusal('wales-2024-10', renameFails('letter-versions.json'));
    expect(tree()).toEqual(before);
    expect(Object.keys(tree()).filter((f) => !f.startsWith('reference'))).toEqual([]);
  });

  it('says which file is in which state when undoing fails too, and the files are as it says', () => {
    importHere('north-east-2024-03');
    const before = tree();
    const message = refusal('wales-2024-10', {
      ...renameFails('published-ids.json'),
      remove: (path) => {
        if (path === join(contentDir, files[0] ?? '')) throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
        nodeFileOps.remove(path);
      },
    });
    expect(message.split('\n')).toEqual([
      'content/published-ids.json: cannot be written (EXDEV: cross-device link not permitted), and undoing the write failed too; the files are now:',
      'content/letters/wales-2024-10.mdx: was not there before, and now holds the new text (removing it failed: EBUSY: resource busy or locked); delete it',
      'content/imports/wales-2024-10.mdx: as it was before',
      'content/published-ids.json: as it was before',
      'content/letter-versions.json: as it was before',
    ]);
    const after = tree();
    expect(Object.keys(after).filter((f) => !(f in before))).toEqual([files[0]]);
    for (const [file, text] of Object.entries(before)) expect(after[file], file).toBe(text);
  });
});
