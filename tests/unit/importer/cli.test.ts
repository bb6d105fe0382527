import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/importer/errors';
import { importSeed } from '../../../src/importer/import-seed';
import { root, seedFile, seedText, runScript } from '../../support';

let dir: string;
let contentDir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pi-import-'));
  contentDir = join(dir, 'content');
  cpSync(`${root}content/reference`, join(contentDir, 'reference'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The letters the import has written into the scratch content folder. */
const written = () => (existsSync(join(contentDir, 'letters')) ? readdirSync(join(contentDir, 'letters')) : []);
/** Imports a seed in-process, as `npm run import` does, into the scratch content folder. */
const importHere = (seed: string) => importSeed(seed, { contentDir, root });
/** The import's message when it refuses; fails the test if it did not. */
function refusal(seed: string): string {
  try {
    importHere(seed);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as ImportError).message;
  }
  throw new Error(`expected the import of ${seed} to be refused`);
}

describe('importing a seed', () => {
  it('writes the seed as content/letters/greater-manchester-2023-05.mdx, identical to the committed record of what it generated', () => {
    expect(importHere(seedFile).outcome).toBe('created');
    expect(written()).toEqual(['greater-manchester-2023-05.mdx']);
    const entry = readFileSync(join(contentDir, 'letters/greater-manchester-2023-05.mdx'), 'utf8');
    expect(entry).toBe(readFileSync(`${root}content/imports/greater-manchester-2023-05.mdx`, 'utf8'));
  });

  it('keeps the editor’s reviewed tags in the committed entry when the seed is imported again over it', () => {
    cpSync(`${root}content`, contentDir, { recursive: true });
    const reviewed = readFileSync(`${root}content/letters/greater-manchester-2023-05.mdx`, 'utf8');
    expect(reviewed).not.toBe(readFileSync(`${root}content/imports/greater-manchester-2023-05.mdx`, 'utf8'));
    importHere(seedFile);
    expect(readFileSync(join(contentDir, 'letters/greater-manchester-2023-05.mdx'), 'utf8')).toBe(reviewed);
  });

  it('keeps ids when run again over its own output', () => {
    importHere(seedFile);
    const first = readFileSync(join(contentDir, 'letters/greater-manchester-2023-05.mdx'), 'utf8');
    expect(importHere(seedFile).outcome).toBe('unchanged');
    expect(readFileSync(join(contentDir, 'letters/greater-manchester-2023-05.mdx'), 'utf8')).toBe(first);
  });

  for (const [name, content, message] of [
    ['an empty file', '', /the file is empty/],
    ['garbage', 'qwerty\u0000\u0001\u0002 garbage', /not a text file/],
    ['prose that is not a letter', 'Just some notes.\n\nNothing else here.', /not a letter/],
    ['a letter missing its ratings annex', seedText.slice(0, seedText.indexOf('Annexe two')), /no ratings annex/],
  ] as const) {
    it(`refuses with a clear message and writes nothing, given ${name}`, () => {
      const file = join(dir, 'bad.txt');
      writeFileSync(file, content);
      const problem = refusal(file);
      expect(problem).toMatch(message);
      expect(problem).not.toMatch(/\n\s+at /);
      expect(written()).toEqual([]);
    });
  }
});

describe('the committed synthetic corpus', () => {
  it('is exactly what importing the synthetic seeds gives', () => {
    // Two of them name their (invented) original with --source-url; the oldest has none recorded.
    for (const [seed, id, sourceUrl] of [
      ['synthetic-north-east-2022-06', 'north-east-2022-06', undefined],
      ['synthetic-north-east-2024-03', 'north-east-2024-03', 'https://inspectorate.example.org/documents/synthetic-north-east-2024-03.pdf'],
      ['synthetic-wales-2024-10', 'wales-2024-10', 'https://inspectorate.example.org/inspections/synthetic-wales-2024-10/'],
    ] as const) {
      const options = { contentDir, root, ...(sourceUrl ? { sourceUrl } : {}) };
      expect(importSeed(`tests/fixtures/seeds/${seed}.txt`, options).outcome).toBe('created');
      expect(readFileSync(join(contentDir, `letters/${id}.mdx`), 'utf8')).toBe(
        readFileSync(`${root}tests/fixtures/corpus/letters/${id}.mdx`, 'utf8'),
      );
    }
  });
});

/** Runs `npm run import` (tsx src/importer/cli.ts) as a user would, against the scratch content folder. */
function runImport(...args: string[]): ReturnType<typeof runScript> {
  return runScript('import', args, contentDir);
}

// Two runs of the real command line; everything the import decides is tested in-process above. Each starts Node
// and tsx, which on a loaded shared machine can take far longer than Vitest's default 5 s: no timing is tested here.
describe('npm run import, run as a command', { timeout: 60_000 }, () => {
  it('says how to use it (exit 2) when given no file, and refuses a bad file in one line (exit 1) writing nothing', async () => {
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, '');
    const [usage, refused] = await Promise.all([runImport(), runImport(bad)]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain(
      'usage: npm run import -- [--overwrite] [--source-url <https URL>] [--replaces <letter id>] seeds/<file>.txt',
    );
    expect(refused.status, refused.stderr).toBe(1);
    expect(refused.stderr).toMatch(/bad\.txt.*the file is empty/);
    expect(refused.stderr).toMatch(/not imported; nothing was written/);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    expect(written()).toEqual([]);
  });

  it('imports a seed (exit 0), printing the summary and where it wrote the entry', async () => {
    const run = await runImport(seedFile);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/greater-manchester-2023-05\.mdx/);
    expect(written()).toEqual(['greater-manchester-2023-05.mdx']);
    expect(readFileSync(join(contentDir, 'letters/greater-manchester-2023-05.mdx'), 'utf8')).toBe(
      readFileSync(`${root}content/imports/greater-manchester-2023-05.mdx`, 'utf8'),
    );
  });
});
