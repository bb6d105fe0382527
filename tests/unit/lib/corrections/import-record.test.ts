import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { entryHash, recordedHash } from '../../../../src/importer/write-mdx';
import { importHash, readImportRecord } from '../../../../src/lib/corrections/import-record';
import { correctedSeed, seedEntry, seedImportRecord, seedLetter } from '../../../fixtures/corrections/catalogue';
import { contentWith, scratchFolder } from './content';

const scratch = scratchFolder('import-record');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const shown = { entry: 'content/letters/greater-manchester-2023-05.mdx', record: 'content/imports/greater-manchester-2023-05.mdx' };
const hashOf = (text: string) => recordedHash(text);
const read = (entry: string, record: string | null) =>
  readImportRecord({ id: seedLetter, text: entry, importedSha256: hashOf(entry) }, contentWith(scratch, entry, record), shown);

describe('an import record’s hash', () => {
  it('is the hash the importer records, so the committed seed’s record is the text its entry names', () => {
    expect(importHash(seedImportRecord)).toBe(entryHash(seedImportRecord));
    expect(importHash(seedImportRecord)).toBe(hashOf(seedEntry));
  });

  it('reads a record saved with a byte-order mark and CRLF line ends as the importer wrote it', () => {
    expect(importHash(`\ufeff${seedImportRecord.replace(/\n/g, '\r\n')}`)).toBe(importHash(seedImportRecord));
  });
});

describe('the import record of an entry', () => {
  it('is compared with an entry the editors changed', () => {
    const state = read(correctedSeed(), seedImportRecord);
    expect(state).toEqual({ state: 'edited', record: seedImportRecord });
  });

  it('is not needed for an entry that is exactly what the importer wrote: its own hash proves nothing differs', () => {
    expect(read(seedImportRecord, null)).toEqual({ state: 'unedited' });
    expect(read(seedImportRecord, seedImportRecord)).toEqual({ state: 'unedited' });
  });

  it('stops the build when it is missing beside an edited entry, naming the entry’s importedSha256 line and the record', () => {
    const state = read(correctedSeed(), null);
    expect(state).toEqual({
      problem: {
        file: shown.entry,
        line:
          correctedSeed()
            .split('\n')
            .findIndex((l) => l.startsWith('importedSha256:')) + 1,
        path: 'importedSha256',
        message: expect.stringContaining(`${shown.record}, the record of the text imported from the source, is missing`),
      },
    });
  });

  it('stops the build when it is not the text the entry names', () => {
    const other = seedImportRecord.replace('Dear Chris,', 'Dear Christopher,');
    const state = read(correctedSeed(), other);
    expect('problem' in state && state.problem.message).toMatch(
      new RegExp(`names the imported text ${hashOf(seedEntry)?.slice(0, 12)}…, but ${shown.record} is another text`),
    );
    // Even beside an entry that is as imported: a later import would merge against the wrong text.
    expect('problem' in read(seedImportRecord, other)).toBe(true);
  });

  it('is not looked for beside an entry written by hand, which records no importedSha256: nothing is marked', () => {
    const handWritten = seedEntry.replace(/^importedSha256: .*\n/m, '');
    const dir = contentWith(scratch, handWritten, null);
    expect(readImportRecord({ id: seedLetter, text: handWritten, importedSha256: undefined }, dir, shown)).toEqual({ state: 'none' });
  });

  it('stops the build when the entry’s importedSha256 line was removed but the record is there, saying the line to restore', () => {
    const noLine = seedEntry.replace(/^importedSha256: .*\n/m, '');
    const dir = contentWith(scratch, noLine, seedImportRecord);
    const state = readImportRecord({ id: seedLetter, text: noLine, importedSha256: undefined }, dir, shown);
    expect('problem' in state && state.problem.message).toContain(`restore the line importedSha256: "${importHash(seedImportRecord)}"`);
  });
});
