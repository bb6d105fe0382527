import { describe, expect, it } from 'vitest';
import { bodyNarrative } from '../../../../src/lib/checking/checked-narratives';
import { splitEntry } from '../../../../src/lib/checking/letter-file';
import { domainNamePattern } from '../../../../src/lib/model/narrative';
import { sentencesOf } from '../../../../src/lib/language/sentence-split';
import { buildSiteModel } from '../../../../src/lib/model/site-model';
import { seedEntry } from '../../../fixtures/entries/catalogue';
import { lettersIn, must, reference } from '../../../support';

const seed = must(lettersIn()[0], 'the seed letter');
const split = splitEntry(seedEntry);
if (!('body' in split)) throw new Error('the seed entry has no body');
const paragraphs = bodyNarrative(split.body, seed);
const model = buildSiteModel([seed], reference, { narratives: new Map([[seed.id, paragraphs]]) });
const domain = (slug: string) =>
  must(
    model.domains.find((d) => d.info.slug === slug),
    `the domain ${slug}`,
  );
/** The paragraphs of a section, counted straight from the narrative. */
const inSection = (id: string) => paragraphs.filter((p) => p.section === id);

describe('what a letter’s narrative says of a domain it lists no finding on', () => {
  it('links the seed’s section on serious further offence work, with its opening sentence, saying it lists no findings', () => {
    const sfo = domain('learning-from-serious-further-offence-investigations');
    expect(sfo.findings).toEqual([]);
    const [on] = sfo.narrative;
    expect(sfo.narrative).toHaveLength(1);
    expect(on?.letter.letter.id).toBe(seed.id);
    expect(on?.mentions).toEqual([]);
    expect(on?.sections).toEqual([
      {
        section: {
          id: 'learning-from-serious-further-offence-investigations',
          title: 'Learning from Serious Further Offence investigations',
        },
        opening: 'There was a clear commitment to achieve high standards in respect of Serious Further Offence (SFO) reviews.',
        paragraphs: inSection('learning-from-serious-further-offence-investigations').length,
        findings: seed.findings.filter((f) => f.section === 'learning-from-serious-further-offence-investigations').length,
      },
    ]);
    expect(on?.sections[0]?.paragraphs).toBe(7);
    expect(on?.sections[0]?.findings).toBe(0);
  });

  it('quotes each paragraph naming unpaid work, which has no section in the seed, with the sentence naming it', () => {
    const [on] = domain('unpaid-work').narrative;
    expect(on?.sections).toEqual([]);
    // Counted independently: the paragraphs whose words hold "unpaid work", any case.
    const naming = paragraphs.filter((p) => /\bunpaid work\b/i.test(p.text));
    expect(on?.mentions.map((m) => m.section?.id)).toEqual(naming.map((p) => p.section));
    expect(on?.mentions.map((m) => [m.section?.title, m.sentence, m.named])).toEqual([
      [
        'Staff',
        'The vacancy rate across the Greater Manchester region for probation officers (POs) was 24 per cent, PSOs 25 per cent, unpaid work staff 8 per cent, accredited programmes 14 per cent, and statutory victim work 25 per cent.',
        'unpaid work',
      ],
      [
        'Services and interventions',
        'The standard of standalone unpaid work cases was judged positively in PDU inspections.',
        'unpaid work',
      ],
      ['Services and interventions', 'Backlogs for unpaid work are not excessive.', 'unpaid work'],
    ]);
    for (const m of on?.mentions ?? []) expect(paragraphs.some((p) => p.text.includes(m.sentence))).toBe(true);
  });

  it('says nothing for a letter that lists findings on the domain, nor where its narrative never names it', () => {
    expect(domain('statutory-victim-work').findings.length).toBeGreaterThan(0);
    expect(domain('statutory-victim-work').narrative).toEqual([]);
    expect(domain('2-5-reviewing').findings).toEqual([]);
    expect(paragraphs.some((p) => /\breviewing\b/i.test(p.text))).toBe(false);
    expect(domain('2-5-reviewing').narrative).toEqual([]);
  });

  it('is empty without the letters’ narratives (the build’s preparation thread builds the model without them)', () => {
    expect(buildSiteModel([seed], reference).domains.every((d) => d.narrative.length === 0)).toBe(true);
  });
});

describe('a domain’s names in a letter', () => {
  it('match as whole words in any letter case, its aliases too', () => {
    const unpaid = must(
      reference.domains.find((d) => d.slug === 'unpaid-work'),
      'unpaid work',
    );
    const matches = (text: string) => {
      const pattern = domainNamePattern(unpaid);
      pattern.lastIndex = 0;
      return pattern.exec(text)?.[0];
    };
    expect(matches('Unpaid work was delivered.')).toBe('Unpaid work');
    expect(matches('unpaid  work staff')).toBe('unpaid  work');
    expect(matches('Community Payback projects')).toBe('Community Payback');
    expect(matches('unpaid workers and unpaid working hours')).toBeUndefined();
    expect(matches('prepaid unpaid-workforce')).toBeUndefined();
  });
});

describe('the sentences of a paragraph', () => {
  it('are split where the letter ends them, not after a title such as “Mr.”', () => {
    expect(sentencesOf('As of January 2023, staffing was low. It was 1.5 per cent. Mr. Smith said so.')).toEqual([
      'As of January 2023, staffing was low.',
      'It was 1.5 per cent.',
      'Mr. Smith said so.',
    ]);
  });
});
