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
import { score } from './tag-score';

interface Item {
  id: string;
  text: string;
  section?: string;
  tags: Record<string, string>;
}

/** The tagger's figures on hand-tagged items (a finding has its section, a recommendation none), as one line. */
function figures(items: readonly Item[]): { precision: number; recall: number; line: string } {
  // Sets share ids ("leadership-strength-1"): each item is keyed by its place in the list given.
  const keyed = items.map((item, i) => ({ ...item, id: `${i}:${item.id}` }));
  const proposed = keyed.map((item) => ({
    id: item.id,
    proposed: item.section
      ? findingDomains(item.section, item.text, reference)
      : recommendationDomains(item.text, reference.recommendationRules),
  }));
  const s = score(proposed, keyed);
  return {
    precision: s.precision,
    recall: s.recall,
    line: `precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)} (${s.truePositives} right, ${s.falsePositives.length} wrong, ${s.misses.length} missed)`,
  };
}

describe('domain tags on letters the rules were not written from', () => {
  it('reports the held-out figures and stays at or above those measured when the rules were last changed (0.88, 0.72)', () => {
    const all = figures([...heldOutFindings, ...heldOutRecommendations]);
    console.log(
      `held-out: ${all.line}; findings ${figures(heldOutFindings).line}; recommendations ${figures(heldOutRecommendations).line}`,
    );
    expect(all.precision, all.line).toBeGreaterThanOrEqual(0.88);
    expect(all.recall, all.line).toBeGreaterThanOrEqual(0.72);
  });

  it('reports the development figures, which the rules were tuned against (0.95, 0.98)', () => {
    const all = figures([
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
