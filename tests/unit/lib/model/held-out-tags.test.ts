/**
 * Issue 22, part 4: how the tagging rules hold up on letters they were not written from. Invented letters were
 * written and hand-tagged by people who never saw the rules (tests/fixtures/tags/): three development sets, which the
 * rules may be tuned against (the second was the first held-out set, measured once at 0.812 / 0.767 and then turned
 * over), and a held-out set, which they must never be tuned against and is only measured: 0.889 / 0.667 with the rules
 * as they were before any development set, 0.929 / 0.722 after two, 0.931 / 0.750 after a third (issue 22 asks
 * 0.9 / 0.85; the held-out set has now been measured twice). The figures are printed;
 * the floors below are those measured when the rules were last changed, so a change that makes tagging worse fails.
 */
import { describe, expect, it } from 'vitest';
import { findingDomains, recommendationDomains } from '../../../../src/lib/model/domains';
import { heldOutFindings, heldOutRecommendations } from '../../../fixtures/tags/held-out';
import { developmentFindings, developmentRecommendations } from '../../../fixtures/tags/development';
import { development2Findings, development2Recommendations } from '../../../fixtures/tags/development-2';
import { development3Findings, development3Recommendations } from '../../../fixtures/tags/development-3';
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
  it('reports the held-out figures and stays at or above those measured when the rules were last changed (0.93, 0.75)', () => {
    const all = score([...heldOutFindings, ...heldOutRecommendations]);
    console.log(`held-out: ${all.line}; findings ${score(heldOutFindings).line}; recommendations ${score(heldOutRecommendations).line}`);
    expect(all.precision, all.line).toBeGreaterThanOrEqual(0.93);
    expect(all.recall, all.line).toBeGreaterThanOrEqual(0.75);
  });

  it('reports the development figures, which the rules were tuned against (0.94, 0.98)', () => {
    const all = score([
      ...developmentFindings,
      ...developmentRecommendations,
      ...development2Findings,
      ...development2Recommendations,
      ...development3Findings,
      ...development3Recommendations,
    ]);
    console.log(`development: ${all.line}`);
    expect(all.precision, all.line).toBeGreaterThanOrEqual(0.94);
    expect(all.recall, all.line).toBeGreaterThanOrEqual(0.98);
  });
});
