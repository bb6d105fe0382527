import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { correctionsOfEntry, loadCorrections } from '../../../../src/lib/corrections/letter-corrections';
import { isCorrected, noCorrections, type LetterCorrections } from '../../../../src/lib/model/correction-types';
import { replaceOnce } from '../../../fixtures/entries/catalogue';
import {
  correctedFinding,
  correctedInspection,
  correctedParagraph,
  correctedRecommendation,
  correctedSeed,
  seedCorrections,
  seedEntry,
  seedImportRecord,
  seedLetter,
} from '../../../fixtures/corrections/catalogue';
import { contentWith, letterOf, scratchFolder } from './content';

const scratch = scratchFolder('letter-corrections');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const shown = { entry: 'letters/x.mdx', record: 'imports/x.mdx' };

/** The corrections of an entry beside a record (the seed's by default), or an Error with the problem. */
function correctionsOf(entry: string, record: string | null = seedImportRecord): LetterCorrections {
  const found = correctionsOfEntry({ text: entry, letter: letterOf(entry) }, contentWith(scratch, entry, record), shown);
  if ('problem' in found) throw new Error(found.problem.message);
  return found;
}
const only = (name: string) => seedCorrections.filter((c) => c.name === name);

describe('what an entry changed relative to its import record', () => {
  it('is nothing for an entry exactly as imported', () => {
    expect(correctionsOf(seedImportRecord)).toEqual(noCorrections(seedLetter));
  });

  it('is nothing for an entry with no importedSha256 and no record (written by hand): there is nothing imported to compare with', () => {
    const handWritten = seedEntry.replace(/^importedSha256: .*\n/m, '');
    expect(correctionsOf(handWritten, null)).toEqual(noCorrections(seedLetter));
  });

  it('in the committed seed is one recommendation’s domain tags: a reviewed proposal, not a correction of the letter', () => {
    const c = correctionsOf(seedEntry);
    expect(isCorrected(c)).toBe(false);
    expect(c.reviewed).toEqual([
      {
        kind: 'recommendation-domains',
        id: 'greater-manchester-2023-05-wigan-5',
        imported: ['1-3-services', '2-1-court-work', '2-4-implementation-and-delivery'],
      },
    ]);
  });

  it('holds a finding’s words as imported where the editors changed them, and nothing else', () => {
    const c = correctionsOf(correctedSeed(only('a finding’s words')));
    expect([...c.findings.keys()]).toEqual([correctedFinding.id]);
    const finding = c.findings.get(correctedFinding.id);
    expect(finding?.importedText?.startsWith(correctedFinding.imported)).toBe(true);
    expect(finding?.fields).toEqual([]);
    expect([c.recommendations.size, c.inspections.size, c.fields.size, c.body.length, c.removed.length]).toEqual([0, 0, 0, 0, 0]);
  });

  it('holds a recommendation’s words as imported', () => {
    const c = correctionsOf(correctedSeed(only('a recommendation’s words')));
    expect(c.recommendations.get(correctedRecommendation.id)).toEqual({ importedText: correctedRecommendation.imported, fields: [] });
  });

  it('tells a changed fact from changed words: a recommendation’s addressee, as imported', () => {
    const entry = replaceOnce(
      seedEntry,
      '  - id: "greater-manchester-2023-05-wigan-9"\n    pdu: "wigan"\n    number: 9\n    addressee: "hmpps"',
      '  - id: "greater-manchester-2023-05-wigan-9"\n    pdu: "wigan"\n    number: 9\n    addressee: "region"',
    );
    expect(correctionsOf(entry).recommendations.get('greater-manchester-2023-05-wigan-9')).toEqual({
      fields: [{ field: 'addressee', imported: 'hmpps' }],
    });
  });

  it('holds a changed tag apart from the item’s correction: the item is not corrected', () => {
    const entry = replaceOnce(
      seedEntry,
      '    text: "ensure consideration is given to the safety of victims when delivering interventions in all instances where required"\n    domains:\n      - "2-4-implementation-and-delivery"',
      '    text: "ensure consideration is given to the safety of victims when delivering interventions in all instances where required"\n    domains:\n      - "2-4-implementation-and-delivery"\n      - "statutory-victim-work"',
    );
    const c = correctionsOf(entry);
    expect(c.recommendations.size).toBe(0);
    expect(c.reviewed).toContainEqual({
      kind: 'recommendation-domains',
      id: 'greater-manchester-2023-05-manchester-north-2',
      imported: ['2-4-implementation-and-delivery'],
    });
  });

  it('holds a PDU’s rating and score as imported', () => {
    const c = correctionsOf(correctedSeed(only('a PDU’s rating and score')));
    expect(c.inspections.get(correctedInspection.pdu)).toEqual({
      fields: [{ field: 'score', imported: { points: correctedInspection.imported.points, max: 24 } }],
      ratings: [{ standard: correctedInspection.standard, imported: correctedInspection.imported.rating }],
    });
  });

  it('holds a letter field as imported, by where the letter page shows it', () => {
    const c = correctionsOf(
      replaceOnce(seedEntry, '  role: "Regional Probation Director"', '  role: "Regional Probation Director (North West)"'),
    );
    expect(c.fields.get('letterhead')).toEqual([
      { field: 'recipient', imported: { name: 'Chris Edwards', role: 'Regional Probation Director' } },
    ]);
  });

  it('holds a paragraph of the narrative as imported, with the heading it stands under', () => {
    const c = correctionsOf(correctedSeed(only('a paragraph of the narrative')));
    expect(c.body).toHaveLength(1);
    const [change] = c.body;
    expect(change).toMatchObject({ n: 1, kind: 'corrected', under: correctedParagraph.under, imported: { kind: 'paragraph' } });
    expect(change?.imported?.text.startsWith(correctedParagraph.imported)).toBe(true);
  });

  it('shows a footnote reference in an imported paragraph as its marker', () => {
    const c = correctionsOf(
      replaceOnce(seedEntry, 'Appropriate references were made to the Bendall', 'Appropriate references were made to Bendall'),
    );
    expect(c.body[0]?.imported?.text).toMatch(/^Appropriate references were made to the Bendall¹ and McSweeney² cases/);
  });

  it('does not count a paragraph’s lines wrapped differently: a reader sees the same words', () => {
    const wrapped = replaceOnce(
      seedEntry,
      'It was clear the team are supportive of each other ',
      'It was clear the team are supportive\nof each other ',
    );
    expect(correctionsOf(wrapped).body).toEqual([]);
  });

  it('holds a paragraph the editors added, and one they removed with its imported text, each after the block before it', () => {
    const added = replaceOnce(
      seedEntry,
      'It was clear the team are supportive',
      'An editor’s note.\n\nIt was clear the team are supportive',
    );
    const [addition] = correctionsOf(added).body;
    expect(addition).toMatchObject({ kind: 'added', under: correctedParagraph.under });
    expect(addition?.imported).toBeUndefined();
    const paragraph = /\n\nIt was clear the team are supportive[^\n]*/.exec(seedEntry)?.[0] ?? '';
    const removed = correctionsOf(replaceOnce(seedEntry, paragraph, ''));
    expect(removed.body).toHaveLength(1);
    expect(removed.body[0]).toMatchObject({ kind: 'removed', under: correctedParagraph.under });
    expect(removed.body[0]?.imported?.text).toBe(paragraph.trim());
  });

  it('names a finding the editors removed, with its imported text', () => {
    const block = /\n {2}- id: "greater-manchester-2023-05-staff-strength-5"[\s\S]*?(?=\n {2}- id: )/.exec(seedEntry)?.[0] ?? '';
    const c = correctionsOf(replaceOnce(seedEntry, block, ''));
    expect(c.removed).toEqual([
      { kind: 'finding', id: 'greater-manchester-2023-05-staff-strength-5', importedText: expect.stringMatching(/^PDUs are supported/) },
    ]);
  });

  it('holds every correction of the named catalogue at once', () => {
    const c = correctionsOf(correctedSeed());
    expect([c.findings.size, c.recommendations.size, c.inspections.size, c.body.length]).toEqual([1, 1, 1, 1]);
    expect(isCorrected(c)).toBe(true);
  });
});

describe('working out every letter’s corrections for the site', () => {
  it('stops with the file and what is wrong when an edited entry’s record is missing', () => {
    const entry = correctedSeed();
    const dir = contentWith(scratch, entry, null);
    expect(() => loadCorrections(dir, [letterOf(entry)])).toThrow(
      /greater-manchester-2023-05\.mdx:\d+: importedSha256: has been edited .* is missing/,
    );
  });

  it('stops when the record is not the text the entry names', () => {
    const entry = correctedSeed();
    const dir = contentWith(scratch, entry, seedImportRecord.replace('Dear Chris,', 'Dear Sir,'));
    expect(() => loadCorrections(dir, [letterOf(entry)])).toThrow(/is another text/);
  });
});
