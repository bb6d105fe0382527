import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLetterFile } from '../../../../src/lib/checking/letter-file';
import { siteSimilarity, similarityThreshold } from '../../../../src/lib/model/similar';
import { buildSiteModel } from '../../../../src/lib/model/site-model';
import {
  noSimilar,
  recurringLead,
  recurringMemberDetails,
  recurringSummary,
  similarFindingDetails,
  similarityMethod,
  similarRecommendationDetails,
} from '../../../../src/lib/words/similar-words';
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
  it('give a similar recommendation’s PDU, region, date and addressee', () => {
    expect(similarRecommendationDetails(rec('wigan-9'))).toBe(
      'Wigan PDU, Greater Manchester, 25 May 2023, to HM Prison and Probation Service',
    );
    expect(similarRecommendationDetails(rec('tameside-8'))).toBe(
      'Tameside PDU, Greater Manchester, 25 May 2023, to the Greater Manchester region',
    );
    expect(similarRecommendationDetails(rec('tameside-3'))).toBe('Tameside PDU, Greater Manchester, 25 May 2023, to Tameside PDU');
    expect(recurringMemberDetails(rec('wigan-8'))).toBe('Greater Manchester, 25 May 2023, to HM Prison and Probation Service');
  });

  it('give a similar finding’s kind, section, region and date', () => {
    const finding = must(model.findings[0], 'the first finding');
    expect(similarFindingDetails(finding)).toBe('Key strength, Leadership, Greater Manchester, 25 May 2023');
  });

  it('count a recurring group’s members, PDUs and letters as they are', () => {
    const group = must(found.recurring[0], 'the seed’s recurring group');
    expect(recurringSummary(group)).toBe('Made 4 times, under Tameside and Wigan PDUs, in 1 letter.');
    expect(recurringLead(found.recurring)).toBe(
      '3 groups of recommendations recur across PDUs or letters, 8 recommendations in all, largest group first.',
    );
    expect(recurringLead(found.recurring.slice(0, 1))).toBe(
      '1 group of recommendations recurs across PDUs or letters, 4 recommendations in all, largest group first.',
    );
    expect(recurringLead([])).toBe('No recommendation has yet been made again under another PDU or in another letter.');
  });

  it('say what an empty list means, and state the threshold and the number of abbreviations actually used', () => {
    expect(noSimilar.recommendation).toBe('No similar recommendations in other letters or PDUs.');
    const method = similarityMethod(reference.acronyms.length).join(' ');
    expect(method).toContain(`at least ${similarityThreshold}`);
    expect(method).toContain(`a list of ${reference.acronyms.length} abbreviations`);
  });
});
