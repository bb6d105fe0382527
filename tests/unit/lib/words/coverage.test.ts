import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '../../../../src/lib/model/site-model';
import { coverageSentences, homeDescription, listApart } from '../../../../src/lib/words/sentences';
import type { Letter } from '../../../../src/schemas/letter';
import { lettersIn, reference, root } from '../../../support';

/** The coverage counted straight from the letters' frontmatter and the reference regions, not through the model. */
function counted(letters: readonly Letter[]) {
  const pdus = new Set(letters.flatMap((l) => l.pdus.map((p) => p.id)));
  const withLetters = new Set(letters.map((l) => l.region));
  return {
    letters: letters.length,
    pdus: pdus.size,
    covered: reference.regions.filter((r) => withLetters.has(r.id)).map((r) => r.name),
    missing: reference.regions.filter((r) => !withLetters.has(r.id)).map((r) => r.name),
  };
}

describe('the home page’s coverage', () => {
  it('says the seed is 1 letter, 3 PDUs in 1 of the 12 regions, and names the 11 regions without a letter', () => {
    const seed = lettersIn();
    const c = counted(seed);
    expect([c.letters, c.pdus, c.covered.length, reference.regions.length]).toEqual([1, 3, 1, 12]);
    const sentences = coverageSentences(buildSiteModel(seed, reference));
    expect(sentences.covered).toBe('1 letter so far, covering 3 PDUs in 1 of the 12 probation regions (Greater Manchester).');
    expect(sentences.missing).toBe(
      'No letter yet for 11 regions: North East; North West; Yorkshire and the Humber; East Midlands; West Midlands; East of England; London; Kent, Surrey and Sussex; South West; South Central; and Wales.',
    );
    expect(c.missing).toHaveLength(11);
    for (const name of c.missing) expect(sentences.missing).toContain(name);
  });

  it('counts a PDU inspected in several letters once, and names the regions covered while there are few', () => {
    const corpus = lettersIn(`${root}tests/fixtures/corpus/letters`);
    const c = counted(corpus);
    // The corpus inspects Northtown three times, in two letters of one region and one of another.
    expect(corpus.flatMap((l) => l.pdus).length).toBeGreaterThan(c.pdus);
    const sentences = coverageSentences(buildSiteModel(corpus, reference));
    expect(sentences.covered).toBe(
      `${c.letters} letters so far, covering ${c.pdus} PDUs in ${c.covered.length} of the 12 probation regions (${c.covered.join(' and ')}).`,
    );
    expect(sentences.missing).toBe(`No letter yet for ${c.missing.length} regions: ${listApart(c.missing)}.`);
  });

  it('says so when every region has a letter, and when none has', () => {
    const [seed] = lettersIn();
    if (!seed) throw new Error('no seed letter');
    const everywhere = reference.regions.map((r) => ({ ...seed, id: `${r.id}-2023-05`, region: r.id }));
    // One letter per region, all inspecting the same three PDUs.
    expect(coverageSentences(buildSiteModel(everywhere, reference))).toEqual({
      covered: '12 letters so far, covering 3 PDUs in all 12 probation regions.',
    });
    expect(coverageSentences(buildSiteModel([], reference))).toEqual({
      covered: 'No letters yet: none of the 12 probation regions has one.',
    });
  });

  it('describes the home page by what it holds, for search engines and link previews', () => {
    expect(homeDescription(buildSiteModel(lettersIn(), reference))).toBe(
      'Ratings, findings and recommendations from HM Inspectorate of Probation’s inspection letters on probation services in England and Wales, cross-linked and citable. 1 letter so far, covering 3 PDUs in 1 of the 12 probation regions (Greater Manchester).',
    );
  });
});

describe('names listed in a sentence', () => {
  it('are kept apart by semicolons when one holds a comma or an “and”', () => {
    expect(listApart(['North East', 'Wales'])).toBe('North East and Wales');
    expect(listApart(['London', 'Kent, Surrey and Sussex', 'Wales'])).toBe('London; Kent, Surrey and Sussex; and Wales');
    expect(listApart(['Yorkshire and the Humber', 'Wales'])).toBe('Yorkshire and the Humber; and Wales');
    expect(listApart(['Wales'])).toBe('Wales');
  });
});
