import { describe, expect, it } from 'vitest';
import { retiredPaths, retiredRedirect } from '../../../../src/lib/publishing/redirects';
import type { RetiredId } from '../../../../src/schemas/registry';

const site = 'https://example.org';
const letterRedated: RetiredId = {
  kind: 'letters',
  id: 'north-east-2022-05',
  replacedBy: 'north-east-2022-06',
  reason: 'The letter was re-dated when the corrected copy was published.',
};
const findingMerged: RetiredId = {
  kind: 'findings',
  id: 'north-east-2022-06-leadership-strength-9',
  replacedBy: 'north-east-2022-06-leadership-strength-1',
  reason: 'Merged into another finding.',
};
const recommendationRenumbered: RetiredId = {
  kind: 'recommendations',
  id: 'wales-2024-10-southvale-9',
  replacedBy: 'wales-2024-10-southvale-3',
  reason: 'Renumbered.',
};
const retired = [letterRedated, findingMerged, recommendationRenumbered];

describe('retired id redirects', () => {
  it('sends a retired letter id to its successor letter’s page', () => {
    expect(retiredRedirect(letterRedated, site)).toEqual({
      to: '/letters/north-east-2022-06/',
      canonical: 'https://example.org/letters/north-east-2022-06/',
      title: 'This letter has moved',
      description: 'The letter north-east-2022-05 now lives at a new address: north-east-2022-06.',
      reason: 'The letter was re-dated when the corrected copy was published.',
      linkText: 'Go to the letter’s new page',
    });
  });

  it('sends retired finding and recommendation ids to the pages of their replacements, named by kind', () => {
    const finding = retiredRedirect(findingMerged, site);
    expect(finding.to).toBe('/findings/north-east-2022-06-leadership-strength-1/');
    expect(finding.canonical).toBe('https://example.org/findings/north-east-2022-06-leadership-strength-1/');
    expect(finding.title).toBe('This finding has moved');
    const recommendation = retiredRedirect(recommendationRenumbered, site);
    expect(recommendation.to).toBe('/recommendations/wales-2024-10-southvale-3/');
    expect(recommendation.title).toBe('This recommendation has moved');
    expect(recommendation.reason).toBe('Renumbered.');
  });

  it('makes a static path for each retired id of the asked kind only', () => {
    expect(retiredPaths(retired, 'letters')).toEqual([{ params: { id: 'north-east-2022-05' }, props: { retired: letterRedated } }]);
    expect(retiredPaths(retired, 'findings').map((p) => p.params.id)).toEqual(['north-east-2022-06-leadership-strength-9']);
    expect(retiredPaths([], 'recommendations')).toEqual([]);
  });
});
