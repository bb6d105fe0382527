import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importSeed } from '../../../../src/importer/import-seed';
import { checkContentDir, formatProblem } from '../../../../src/lib/checking/content-check';
import {
  checkLetterVersions,
  dropStaleVersions,
  entryContentHash,
  loadLetterVersions,
  recordLetterVersions,
} from '../../../../src/lib/model/letter-versions';
import { root, seedFile } from '../../../support';

const scratch = mkdtempSync(join(tmpdir(), 'letter-versions-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const entry = readFileSync(`${root}content/letters/greater-manchester-2023-05.mdx`, 'utf8');
const id = 'greater-manchester-2023-05';
const t1 = new Date('2026-03-01T10:00:00Z');
const t2 = new Date('2026-04-15T08:30:00Z');
const fileOf = (letter: string) => `content/letters/${letter}.mdx`;

describe('a letter’s content hash', () => {
  it('is the same with a byte-order mark or CRLF line ends, and changes when a word changes', () => {
    expect(entryContentHash(entry)).toMatch(/^[0-9a-f]{64}$/);
    expect(entryContentHash(`\ufeff${entry.replace(/\n/g, '\r\n')}`)).toBe(entryContentHash(entry));
    expect(entryContentHash(entry.replace('staffing levels were insufficient', 'staffing levels were low'))).not.toBe(
      entryContentHash(entry),
    );
  });
});

describe('recording letter versions', () => {
  it('records a new or changed entry at the given time, and keeps the date of an unchanged one', () => {
    const first = recordLetterVersions({}, [{ id, text: entry }], t1);
    expect(first.recorded).toEqual([id]);
    expect(first.versions[id]).toEqual({ sha256: entryContentHash(entry), recorded: '2026-03-01T10:00:00Z' });
    const again = recordLetterVersions(first.versions, [{ id, text: entry }], t2);
    expect(again.recorded).toEqual([]);
    expect(again.versions[id]?.recorded).toBe('2026-03-01T10:00:00Z');
    const corrected = recordLetterVersions(first.versions, [{ id, text: `${entry}\nA corrected paragraph.\n` }], t2);
    expect(corrected.recorded).toEqual([id]);
    expect(corrected.versions[id]?.recorded).toBe('2026-04-15T08:30:00Z');
  });

  it('removes only the records of letters that no longer exist', () => {
    const { versions } = recordLetterVersions({}, [{ id, text: entry }], t1);
    const stale = { ...versions, 'gone-2020-01': { sha256: 'a'.repeat(64), recorded: '2020-02-01T00:00:00Z' } };
    expect(dropStaleVersions(stale, [id])).toEqual({ versions, dropped: ['gone-2020-01'] });
  });
});

describe('the check of letter versions', () => {
  const { versions } = recordLetterVersions({}, [{ id, text: entry }], t1);

  it('passes a letter whose text is the one recorded', () => {
    expect(checkLetterVersions([{ id, text: entry }], versions, fileOf)).toEqual([]);
  });

  it('refuses a letter changed since its version was recorded, naming its file and the command that records it', () => {
    const problems = checkLetterVersions([{ id, text: entry.replace('Dear Chris,', 'Dear Chris') }], versions, fileOf).map(formatProblem);
    expect(problems).toEqual([
      'content/letters/greater-manchester-2023-05.mdx: has changed since its version was recorded at 2026-03-01T10:00:00Z in content/letter-versions.json; run `npm run record-versions` to record the new version, so the feeds and the sitemap tell readers it was updated',
    ]);
  });

  it('refuses a letter with no recorded version, and a record of a letter that does not exist', () => {
    const problems = checkLetterVersions([{ id: 'other-2024-01', text: entry }], versions, fileOf).map(formatProblem);
    expect(problems).toEqual([
      'content/letters/other-2024-01.mdx: no version of this letter is recorded in content/letter-versions.json; run `npm run record-versions` to record it (the feeds and the sitemap date the letter from it)',
      'content/letter-versions.json: greater-manchester-2023-05: records a version of "greater-manchester-2023-05", which no letter has; run `npm run record-versions` to remove it',
    ]);
  });

  it('refuses a versions file whose date is not a real UTC date-time, naming the file and the field', () => {
    const dir = join(scratch, 'bad-date');
    cpSync(`${root}content`, dir, { recursive: true });
    writeFileSync(
      join(dir, 'letter-versions.json'),
      JSON.stringify({ [id]: { sha256: entryContentHash(entry), recorded: '2026-02-30T10:00:00Z' } }),
    );
    expect(() => loadLetterVersions(dir)).toThrow(
      /letter-versions\.json: greater-manchester-2023-05\.recorded: is not a real date and time/,
    );
    const { problems } = checkContentDir(dir, { root: dir });
    expect(problems.map(formatProblem)).toEqual(['letter-versions.json: greater-manchester-2023-05.recorded: is not a real date and time']);
  });

  it('runs in the content check the build runs, on the committed content too', () => {
    expect(checkContentDir(`${root}content`).problems.map(formatProblem)).toEqual([]);
    const dir = join(scratch, 'edited');
    cpSync(`${root}content`, dir, { recursive: true });
    writeFileSync(join(dir, 'letters', `${id}.mdx`), entry.replace('Dear Chris,', 'Dear Chris'));
    expect(checkContentDir(dir, { root: dir }).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^letters\/greater-manchester-2023-05\.mdx: has changed since its version was recorded/),
    ]);
  });
});

describe('the importer and letter versions', () => {
  it('records the version of the entry it writes, and keeps the date when a re-import or an overwrite writes the recorded text again', () => {
    const contentDir = join(scratch, 'import');
    cpSync(`${root}content/reference`, join(contentDir, 'reference'), { recursive: true });
    importSeed(seedFile, { contentDir, root, now: t1 });
    const written = readFileSync(join(contentDir, 'letters', `${id}.mdx`), 'utf8');
    expect(loadLetterVersions(contentDir)).toEqual({ [id]: { sha256: entryContentHash(written), recorded: '2026-03-01T10:00:00Z' } });
    expect(checkContentDir(contentDir, { root: contentDir }).problems).toEqual([]);

    importSeed(seedFile, { contentDir, root, now: t2 });
    expect(loadLetterVersions(contentDir)[id]?.recorded).toBe('2026-03-01T10:00:00Z');

    writeFileSync(join(contentDir, 'letters', `${id}.mdx`), written.replace('Dear Chris,', 'Dear Chris'));
    importSeed(seedFile, { contentDir, root, now: t2, overwrite: true });
    // The overwrite wrote the text the first import wrote: the content recorded then, so its date stands.
    expect(loadLetterVersions(contentDir)[id]).toEqual({ sha256: entryContentHash(written), recorded: '2026-03-01T10:00:00Z' });
  });
});
