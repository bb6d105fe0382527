import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentDir, formatProblem } from '../../../../src/lib/checking/content-check';
import { contentDirWith } from '../checking/content-dir';
import { correctedSeed, seedFile, seedImportRecord } from '../../../fixtures/corrections/catalogue';

const scratch = mkdtempSync(join(tmpdir(), 'corrections-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const importedLine =
  correctedSeed()
    .split('\n')
    .findIndex((l) => l.startsWith('importedSha256:')) + 1;

describe('the content check of a corrected letter’s import record', () => {
  it('passes a corrected entry beside the record it names', () => {
    const dir = contentDirWith(scratch, 'beside its record', { [seedFile]: correctedSeed() });
    expect(checkContentDir(dir, { root: dir }).problems).toEqual([]);
  });

  it('stops the build, naming the entry’s line, when the record is missing', () => {
    const dir = contentDirWith(scratch, 'record missing', { [seedFile]: correctedSeed() });
    rmSync(join(dir, 'imports'), { recursive: true });
    expect(checkContentDir(dir, { root: dir }).problems.map(formatProblem)).toEqual([
      `letters/${seedFile}:${importedLine}: importedSha256: has been edited since \`npm run import\` wrote it, and imports/${seedFile}, the record of the text imported from the source, is missing; restore it from git, so the site can show which words the editors corrected`,
    ]);
  });

  it('stops the build when the record is another text', () => {
    const dir = contentDirWith(scratch, 'record mismatched', { [seedFile]: correctedSeed() });
    writeFileSync(join(dir, 'imports', seedFile), seedImportRecord.replace('Dear Chris,', 'Dear Sir,'));
    const lines = checkContentDir(dir, { root: dir }).problems.map(formatProblem);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^letters/${seedFile}:${importedLine}: importedSha256: names the imported text [0-9a-f]{12}…, but imports/${seedFile} is another text`,
      ),
    );
  });
});
