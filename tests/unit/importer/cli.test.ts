import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { root, seedFile, seedText } from '../../support';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pi-import-'));
  cpSync(`${root}content/reference`, join(dir, 'content/reference'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `npm run import` as a user would, against a scratch content folder. */
function runImport(...files: string[]) {
  const result = spawnSync(process.execPath, [`${root}node_modules/tsx/dist/cli.mjs`, `${root}src/importer/cli.ts`, ...files], {
    cwd: root,
    env: { ...process.env, PI_CONTENT_DIR: join(dir, 'content') },
    encoding: 'utf8',
  });
  const letters = join(dir, 'content/letters');
  return { ...result, written: existsSync(letters) ? readdirSync(letters) : [] };
}

describe('npm run import', () => {
  it('writes the seed as content/letters/greater-manchester-2023-05.mdx, identical to the committed entry', () => {
    const run = runImport(seedFile);
    expect(run.status).toBe(0);
    expect(run.written).toEqual(['greater-manchester-2023-05.mdx']);
    const written = readFileSync(join(dir, 'content/letters/greater-manchester-2023-05.mdx'), 'utf8');
    expect(written).toBe(readFileSync(`${root}content/letters/greater-manchester-2023-05.mdx`, 'utf8'));
  });

  it('keeps ids when run again over its own output', () => {
    runImport(seedFile);
    const first = readFileSync(join(dir, 'content/letters/greater-manchester-2023-05.mdx'), 'utf8');
    expect(runImport(seedFile).status).toBe(0);
    expect(readFileSync(join(dir, 'content/letters/greater-manchester-2023-05.mdx'), 'utf8')).toBe(first);
  });

  for (const [name, content, message] of [
    ['an empty file', '', /the file is empty/],
    ['garbage', 'qwerty\u0000\u0001\u0002 garbage', /not a text file/],
    ['prose that is not a letter', 'Just some notes.\n\nNothing else here.', /not a letter/],
    ['a letter missing its ratings annex', seedText.slice(0, seedText.indexOf('Annexe two')), /no ratings annex/],
  ] as const) {
    it(`exits non-zero with a clear message and writes nothing, given ${name}`, () => {
      const file = join(dir, 'bad.txt');
      writeFileSync(file, content);
      const run = runImport(file);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.written).toEqual([]);
    });
  }

  it('says how to use it when given no file', () => {
    const run = runImport();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: npm run import -- [--overwrite] seeds/<file>.txt');
  });
});

describe('the committed synthetic corpus', () => {
  it('is exactly what importing the synthetic seeds gives', () => {
    for (const [seed, id] of [
      ['synthetic-north-east-2022-06', 'north-east-2022-06'],
      ['synthetic-north-east-2024-03', 'north-east-2024-03'],
      ['synthetic-wales-2024-10', 'wales-2024-10'],
    ]) {
      expect(runImport(`tests/fixtures/seeds/${seed}.txt`).status).toBe(0);
      expect(readFileSync(join(dir, `content/letters/${id}.mdx`), 'utf8')).toBe(
        readFileSync(`${root}tests/fixtures/corpus/letters/${id}.mdx`, 'utf8'),
      );
    }
  });
});
