import { describe, expect, it } from 'vitest';
import { vocabularyWords } from '../../../../src/lib/search/search-vocabulary';
import { normaliseWord } from '../../../../src/lib/language/reading';

describe('the words of a text as the search vocabulary keeps them', () => {
  it('reads words as search does, in their normal form before stemming: lower case, no accents, possessives or apostrophes', () => {
    expect(vocabularyWords('The victims’ rôle and the PDU’s caseloads; don’t')).toEqual([
      'the',
      'victims',
      'role',
      'and',
      'the',
      'pdu',
      'caseloads',
      'dont',
    ]);
  });

  it('parts words at a hyphen and keeps only words of three or more letters, never a number or a word with a digit', () => {
    expect(vocabularyWords('multi-agency work in 2023 by a PO, x2 BBRs')).toEqual(['multi', 'agency', 'work', 'bbrs']);
  });

  it('keeps each word in the form a query word is compared in', () => {
    for (const word of vocabularyWords('Ensuring Probation’s QUALITY of café work')) expect(normaliseWord(word)).toBe(word);
  });
});
