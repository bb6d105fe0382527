import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLetterFile } from '../../../../src/lib/checking/letter-file';
import { siteSimilarity, similarityThreshold } from '../../../../src/lib/similarity/similar';
import { buildSiteModel } from '../../../../src/lib/model/site-model';
import {
  noSimilar,
  recurringLead,
  recurringMemberDetails,
  recurringSummary,
  recurringSummaryCounted,
  repeatedWordings,
  sameWording,
  similarFindingDetails,
  similarityMethod,
  similarRecommendationDetails,
  wordingKey,
} from '../../../../src/lib/words/similar-words';
import type { RecurringGroup } from '../../../../src/lib/similarity/similar';
import { must, reference, root } from '../../../support';

const file = 'greater-manchester-2023-05.mdx';
const read = readLetterFile(file, readFileSync(`${root}content/letters/${file}`, 'utf8'), reference);
if (!read.ok) throw new Error(read.errors.join('\n'));
const model = buildSiteModel([read.letter], reference);
const found = siteSimilarity(model, reference.acronyms);
const rec = (id: string) =>
  must(
    model.recommendations.find((r) => r.recommendation.id === `greater-manchester-2023-05-${id}`),
    id,
  );

describe('the words about similar and recurring items', () => {
  it('give a similar recommendation’s region, date and addressee (its heading names the PDU)', () => {
    expect(similarRecommendationDetails(rec('wigan-9'))).toBe('Greater Manchester, 25 May 2023, to HM Prison and Probation Service');
    expect(similarRecommendationDetails(rec('tameside-8'))).toBe('Greater Manchester, 25 May 2023, to the Greater Manchester region');
    expect(similarRecommendationDetails(rec('tameside-3'))).toBe('Greater Manchester, 25 May 2023, to Tameside PDU');
    expect(recurringMemberDetails(rec('wigan-8'))).toBe('Greater Manchester, 25 May 2023, to HM Prison and Probation Service');
  });

  it('give a similar finding’s region and date (its heading names the section and kind)', () => {
    const finding = must(model.findings[0], 'the first finding');
    expect(similarFindingDetails(finding)).toBe('Greater Manchester, 25 May 2023');
  });

  it('call the seed’s groups related recommendations, never “made N times”, as no two of their members share their words', () => {
    const group = must(found.recurring[0], 'the seed’s largest recurring group');
    // Tameside 3 and 9, Wigan 8 and 9: four different wordings of one concern.
    expect(new Set(group.members.map((m) => m.recommendation.text)).size).toBe(4);
    expect(recurringSummary(group)).toBe('4 related recommendations from 2 PDUs (Tameside and Wigan).');
    expect(recurringSummaryCounted(group)).toBe('4 related recommendations from 2 PDUs.');
    for (const g of found.recurring) expect(recurringSummary(g)).not.toMatch(/made|times/i);
    expect(recurringLead(found.recurring)).toBe(
      '8 recommendations form 3 groups of related recommendations, each group spanning more than one PDU or letter, largest group first.',
    );
    expect(recurringLead(found.recurring.slice(0, 1))).toBe(
      '4 recommendations form 1 group of related recommendations, spanning more than one PDU or letter.',
    );
    expect(recurringLead([])).toBe('No recommendation is yet similar to one made under another PDU or in another letter.');
  });

  /** A group of the seed's first recommendation under other PDUs and letters, with the texts given (one member each). */
  const groupOf = (texts: string[], pdus: string[], letterCount: number): RecurringGroup => {
    const base = must(model.recommendations[0], 'a recommendation');
    const members = texts.map((text) => ({ ...base, recommendation: { ...base.recommendation, text } }));
    return { representative: must(members[0], 'a member'), members, pduNames: pdus, letterCount };
  };

  it('say “made N times” only for members in the same words, counting the letters when more than one', () => {
    const same = 'reduce waiting times for accredited programmes';
    expect(
      recurringSummary(groupOf([same, `${same}.`, 'Reduce  waiting times for accredited programmes'], ['Bury', 'Tameside', 'Wigan'], 3)),
    ).toBe('Made 3 times in the same words, under 3 PDUs (Bury, Tameside and Wigan) in 3 letters.');
    expect(recurringSummary(groupOf([same, same], ['Tameside'], 2))).toBe(
      'Made twice in the same words, under 1 PDU (Tameside) in 2 letters.',
    );
    const mixed = groupOf([same, same, same, 'improve court work', 'Improve court work.', 'reduce waiting times'], ['Bury', 'Wigan'], 2);
    expect(repeatedWordings(mixed)).toEqual([3, 2]);
    expect(recurringSummary(mixed)).toBe(
      '6 related recommendations from 2 PDUs (Bury and Wigan) in 2 letters. Made more than once in the same words: one wording 3 times and another twice.',
    );
    expect(recurringSummaryCounted(groupOf([same, same, 'other words'], ['Bury', 'Wigan'], 1))).toBe(
      '3 related recommendations from 2 PDUs. Made more than once in the same words: one wording twice.',
    );
  });

  it('define the same wording: identical after NFC, case folding, collapsing white space and trimming final punctuation', () => {
    // NFC: "é" as one character or as "e" and a combining accent.
    expect(sameWording('review caf\u00e9 provision', 'review cafe\u0301 provision')).toBe(true);
    // Case folding, including "ß" and "SS".
    expect(sameWording('Ensure STRASSE access', 'ensure straße access')).toBe(true);
    // White space: runs, line breaks, no-break spaces and the ends.
    expect(sameWording(' ensure  sufficient\nresource ', 'ensure sufficient\u00a0resource')).toBe(true);
    // Final punctuation, however much.
    expect(sameWording('ensure sufficient resource.', 'ensure sufficient resource')).toBe(true);
    expect(sameWording('ensure sufficient resource;”', 'ensure sufficient resource')).toBe(true);
    // Anything else is different wording: a word, punctuation inside, a hyphen, a quote mark.
    expect(sameWording('ensure sufficient resource', 'ensure sufficient resources')).toBe(false);
    expect(sameWording('ensure sufficient, resource', 'ensure sufficient resource')).toBe(false);
    expect(sameWording('re-offending', 'reoffending')).toBe(false);
    expect(sameWording('victim’s needs', "victim's needs")).toBe(false);
    expect(wordingKey('  Reduce waiting TIMES.  ')).toBe('reduce waiting times');
  });

  it('say what an empty list means, and state the threshold and the number of abbreviations actually used', () => {
    expect(noSimilar.recommendation).toBe('No similar recommendations in other letters or PDUs.');
    const method = similarityMethod(reference.acronyms.length).join(' ');
    expect(method).toContain(`at least ${similarityThreshold}`);
    expect(method).toContain(`a list of ${reference.acronyms.length} abbreviations`);
  });
});
