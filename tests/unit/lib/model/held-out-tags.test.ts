/**
 * Issue 22, part 4: how the tagging rules hold up on letters they were not written from. Invented letters were
 * written and hand-tagged by people who never saw the rules (tests/fixtures/tags/): four development sets, which the
 * rules may be tuned against (the second and the fourth were held-out sets, each turned over once measured), and a
 * held-out set, which they must never be tuned against and is only measured. On the present held-out letter, measured
 * once: 0.831 / 0.678 with the rules as they were before any development set, 0.887 / 0.724 now (issue 22 asks
 * 0.9 / 0.85). The figures are printed; the floors below are those measured when the rules were last changed, so a
 * change that makes tagging worse fails.
 */
import { describe, expect, it } from 'vitest';
import { findingDomains, recommendationDomains } from '../../../../src/lib/model/domains';
import { heldOutFindings, heldOutRecommendations } from '../../../fixtures/tags/held-out';
import { developmentFindings, developmentRecommendations } from '../../../fixtures/tags/development';
import { development2Findings, development2Recommendations } from '../../../fixtures/tags/development-2';
import { development3Findings, development3Recommendations } from '../../../fixtures/tags/development-3';
import { development4Findings, development4Recommendations } from '../../../fixtures/tags/development-4';
import { reference } from '../../../support';

interface Item {
  text: string;
  section?: string;
  tags: Record<string, string>;
}

/** Precision and recall of the proposed tags against the hand-made ones. */
function score(items: readonly Item[]): { precision: number; recall: number; line: string } {
  let [right, wrong, missed] = [0, 0, 0];
  for (const item of items) {
    const proposed = item.section
      ? findingDomains(item.section, item.text, reference)
      : recommendationDomains(item.text, reference.recommendationRules);
    for (const d of proposed)
      if (d in item.tags) right++;
      else wrong++;
    for (const d of Object.keys(item.tags)) if (!proposed.includes(d)) missed++;
  }
  const precision = right / (right + wrong);
  const recall = right / (right + missed);
  return {
    precision,
    recall,
    line: `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${right} right, ${wrong} wrong, ${missed} missed)`,
  };
}

describe('domain tags on letters the rules were not written from', () => {
  it('reports the held-out figures and stays at or above those measured when the rules were last changed (0.88, 0.72)', () => {
    const all = score([...heldOutFindings, ...heldOutRecommendations]);
    console.log(`held-out: ${all.line}; findings ${score(heldOutFindings).line}; recommendations ${score(heldOutRecommendations).line}`);
    expect(all.precision, all.line).toBeGreaterThanOrEqual(0.88);
    expect(all.recall, all.line).toBeGreaterThanOrEqual(0.72);
  });

  it('reports the development figures, which the rules were tuned against (0.95, 0.98)', () => {
    const all = score([
      ...developmentFindings,
      ...developmentRecommendations,
      ...development2Findings,
      ...development2Recommendations,
      ...development3Findings,
      ...development3Recommendations,
      ...development4Findings,
      ...development4Recommendations,
    ]);
    console.log(`development: ${all.line}`);
    expect(all.precision, all.line).toBeGreaterThanOrEqual(0.95);
    expect(all.recall, all.line).toBeGreaterThanOrEqual(0.98);
  });
});
