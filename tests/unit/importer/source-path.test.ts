import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importSeed } from '../../../src/importer/import-seed';
import { root, seedFile } from '../../support';

let dir: string;
let contentDir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pi-source-path-'));
  contentDir = join(dir, 'content');
  cpSync(join(root, 'content/reference'), join(contentDir, 'reference'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('where the letter says it was imported from', () => {
  it('records a seed outside the project by its file name alone, so no local path is published', () => {
    const outside = join(dir, 'downloads', 'letter from the inspectorate.txt');
    cpSync(join(root, seedFile), outside);
    const result = importSeed(outside, { contentDir, root });
    expect(result.letter.source.file).toBe('letter from the inspectorate.txt');
    const entry = readFileSync(join(contentDir, 'letters', `${result.letter.id}.mdx`), 'utf8');
    expect(entry).not.toContain(dir);
    expect(entry).toContain('file: "letter from the inspectorate.txt"');
  });

  it('records a seed inside the project by its path from the project', () => {
    const result = importSeed(seedFile, { contentDir, root });
    expect(result.letter.source.file).toBe(seedFile);
  });
});
