import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyNarrative } from '../../../../src/lib/checking/checked-narratives';
import { checkContentDir } from '../../../../src/lib/checking/content-check';
import { splitEntry } from '../../../../src/lib/checking/letter-file';
import { seedEntry, seedFile } from '../../../fixtures/entries/catalogue';
import { lettersIn, must, seedText } from '../../../support';
import { contentDirWith } from './content-dir';

const scratch = mkdtempSync(join(tmpdir(), 'body-narrative-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const seed = must(lettersIn()[0], 'the seed letter');
const split = splitEntry(seedEntry);
if (!('body' in split)) throw new Error('the seed entry has no body');
const narrative = bodyNarrative(split.body, seed);
/**
 * The seed as published, every run of spaces and line ends folded to one space and its superscript footnote markers
 * left out: every paragraph of the narrative stands in it (the importer mends paragraphs a page break split).
 */
const seedWords = seedText.replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]/g, '').replace(/\s+/g, ' ');

describe('the narrative read from a letter’s checked body', () => {
  it('holds every paragraph of the seed’s body as the seed prints it, in order, and nothing else', () => {
    expect(narrative.length).toBe(30);
    for (const p of narrative) expect(seedWords.includes(p.text), p.text).toBe(true);
    const at = narrative.map((p) => seedWords.indexOf(p.text));
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(narrative[0]?.text).toMatch(/^Many thanks for the cooperation/);
    expect(narrative.at(-1)?.text).toMatch(/^Our recommendations from the inspected PDUs are set out in Annexe one\./);
  });

  it('files each paragraph under the section its heading starts, and the opening under none', () => {
    const bySection = (id: string | undefined) => narrative.filter((p) => p.section === id).length;
    // Counted from the seed: the paragraphs between each section heading and the next heading.
    expect(seed.sections.map((s) => [s.id, bySection(s.id)])).toEqual([
      ['leadership', 3],
      ['staff', 3],
      ['services-and-interventions', 5],
      ['information-and-facilities', 3],
      ['statutory-victim-work', 1],
      ['learning-from-serious-further-offence-investigations', 7],
      ['summary', 5],
    ]);
    // The two opening paragraphs and the one under "Regional observations:", which is no section.
    expect(narrative.filter((p) => !('section' in p)).map((p) => p.text.slice(0, 30))).toEqual([
      'Many thanks for the cooperatio',
      'We have now completed the insp',
      'At a regional level we have id',
    ]);
  });

  it('drops footnote markers, keeping the letter’s words around them', () => {
    const footnoted = must(
      narrative.find((p) => p.text.startsWith('Appropriate references')),
      'the paragraph with footnotes',
    );
    expect(footnoted.text).toBe(
      'Appropriate references were made to the Bendall and McSweeney cases within PSO and PQiP training to highlight key learning from those reviews. There was a strong focus on professional curiosity within training, and it was acknowledged that leaders needed to constantly maintain this message and the centrality of keeping other people safe at the forefront of probation practice.',
    );
  });

  it('keeps the words of emphasis and links, and ends a section at a heading of its level that is no section', () => {
    const body = [
      '### Staff',
      '',
      'Staffing was *very* low, as [the report](https://example.org/r) said.',
      '',
      '#### A sub-heading',
      '',
      '- A listed point.',
      '',
      '### Something else',
      '',
      'Not about staff.',
    ].join('\n');
    expect(bodyNarrative(body, { sections: [{ id: 'staff', title: 'Staff' }] })).toEqual([
      { section: 'staff', text: 'Staffing was very low, as the report said.' },
      { section: 'staff', text: 'A listed point.' },
      { text: 'Not about staff.' },
    ]);
  });

  it('is what the content check reads from the same parse, and keeps between builds', () => {
    const dir = contentDirWith(scratch, 'narrative', { [seedFile]: seedEntry });
    const cache = { dir: join(scratch, 'cache'), digest: 'test digest' };
    const fresh = checkContentDir(dir, { root: dir, cache });
    expect(fresh.letters[0]?.narrative).toEqual(narrative);
    expect(checkContentDir(dir, { root: dir, cache }).letters[0]?.narrative).toEqual(narrative);
  });
});
