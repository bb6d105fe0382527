import { describe, expect, it } from 'vitest';
import { bodyNarrative } from '../../../../src/lib/checking/checked-narratives';
import { splitEntry } from '../../../../src/lib/checking/letter-file';
import { buildSiteModel } from '../../../../src/lib/model/site-model';
import {
  inSentence,
  letterLink,
  mentionPlace,
  mentionsLead,
  narrativeLead,
  narrativeShown,
  sectionFindings,
  sectionOpens,
} from '../../../../src/lib/words/narrative-words';
import { seedEntry } from '../../../fixtures/entries/catalogue';
import { lettersIn, must, reference } from '../../../support';

const seed = must(lettersIn()[0], 'the seed letter');
const split = splitEntry(seedEntry);
if (!('body' in split)) throw new Error('the seed entry has no body');
const model = buildSiteModel([seed], reference, { narratives: new Map([[seed.id, bodyNarrative(split.body, seed)]]) });
const narrativeOf = (slug: string) => must(model.domains.find((d) => d.info.slug === slug)?.narrative[0], `what the seed says of ${slug}`);

describe('what a domain page says of the letters that write about it without a finding on it', () => {
  it('says plainly that no letter lists a finding on it, and how many write about it', () => {
    expect(narrativeLead('Unpaid work', 0, 1)).toBe(
      'No letter lists a key strength or area for improvement on unpaid work, but 1 letter writes about it in its narrative:',
    );
    expect(narrativeLead('2.3 Planning', 4, 2)).toBe('2 other letters list none on it, but write about it in their narrative:');
    expect(inSentence('Learning from Serious Further Offence investigations')).toBe('learning from Serious Further Offence investigations');
    expect(inSentence('SFO reviews')).toBe('SFO reviews');
  });

  it('links a letter’s section on it and says what it lists under it', () => {
    const on = narrativeOf('learning-from-serious-further-offence-investigations');
    const [section] = on.sections;
    expect(letterLink(on.letter)).toEqual({
      text: 'Regional inspection letter: Greater Manchester, 25 May 2023',
      path: '/letters/greater-manchester-2023-05/',
    });
    expect(sectionOpens(on.letter, must(section, 'the section'))).toEqual([
      'Its section ',
      {
        text: 'Learning from Serious Further Offence investigations',
        path: '/letters/greater-manchester-2023-05/#learning-from-serious-further-offence-investigations',
      },
      ' (7 paragraphs) opens:',
    ]);
    const label = 'Learning from Serious Further Offence investigations';
    expect(sectionFindings([], label)).toBe('The letter lists no key strengths or areas for improvement under it.');
    expect(sectionFindings([{ kind: 'strength' }, { kind: 'improvement' }], label)).toBe(
      'The letter lists 2 findings (1 key strength and 1 area for improvement) under it, none of them tagged with learning from Serious Further Offence investigations.',
    );
  });

  it('says a letter has no section on it where it only names it, linking each paragraph’s section', () => {
    const on = narrativeOf('unpaid-work');
    expect(mentionsLead('Unpaid work', on.mentions)).toBe(
      'The letter has no section on unpaid work. It names “unpaid work” in 3 paragraphs:',
    );
    expect(on.mentions.map((m) => mentionPlace(on.letter, m))).toEqual([
      { text: 'Staff', path: '/letters/greater-manchester-2023-05/#staff' },
      { text: 'Services and interventions', path: '/letters/greater-manchester-2023-05/#services-and-interventions' },
      { text: 'Services and interventions', path: '/letters/greater-manchester-2023-05/#services-and-interventions' },
    ]);
    expect(mentionPlace(on.letter, { section: undefined, sentence: 'x', named: 'unpaid work' })).toBe('Its opening');
  });

  it('names each set of words that named it once, as the letter first prints them', () => {
    const at = { section: undefined, sentence: 'x' };
    const mentions = [
      { ...at, named: 'Unpaid work' },
      { ...at, named: 'unpaid work' },
      { ...at, named: 'community payback' },
    ];
    expect(mentionsLead('Unpaid work', mentions)).toBe(
      'The letter has no section on unpaid work. It names “Unpaid work” and “community payback” in 3 paragraphs:',
    );
  });

  it('says when it shows only the latest letters', () => {
    expect(narrativeShown(10, 83)).toBe('The 10 latest of 83 letters are shown.');
    expect(narrativeShown(3, 3)).toBeUndefined();
  });
});
