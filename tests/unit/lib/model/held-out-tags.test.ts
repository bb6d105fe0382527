/**
 * Issue 22, part 4: how the tagging rules hold up on letters they were not written from. Invented letters were
 * written and hand-tagged by people who never saw the rules (tests/fixtures/tags/): seven development sets, which the
 * rules may be tuned against (each of sets 2 and 4 to 7 was a held-out set, turned over once measured), and two
 * held-out letters, which they must never be tuned against and are only measured. On the present held-out letters
 * (held-out-4.ts, held-out-5.ts), measured once: 0.907 / 0.830 with the rules as they were before sentence rules
 * (`together`), 0.893 / 0.915 with them (issue 22 asks 0.9 / 0.85). The figures are printed; the floors below are
 * those measured when the rules were last changed, so a change that makes tagging worse fails.
 */
import { describe, expect, it } from 'vitest';
import { findingDomains, recommendationDomains } from '../../../../src/lib/model/domains';
import { heldOut4Findings, heldOut4Recommendations } from '../../../fixtures/tags/held-out-4';
import { heldOut5Findings, heldOut5Recommendations } from '../../../fixtures/tags/held-out-5';
import { developmentFindings, developmentRecommendations } from '../../../fixtures/tags/development';
import { development2Findings, development2Recommendations } from '../../../fixtures/tags/development-2';
import { development3Findings, development3Recommendations } from '../../../fixtures/tags/development-3';
import { development4Findings, development4Recommendations } from '../../../fixtures/tags/development-4';
import { development5Findings, development5Recommendations } from '../../../fixtures/tags/development-5';
import { development6Findings, development6Recommendations } from '../../../fixtures/tags/development-6';
import { development7Findings, development7Recommendations } from '../../../fixtures/tags/development-7';
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
  it('reports the held-out figures and stays at or above those measured when the rules were last changed (0.89, 0.91)', () => {
    const findings = [...heldOut4Findings, ...heldOut5Findings];
    const recommendations = [...heldOut4Recommendations, ...heldOut5Recommendations];
    const all = figures([...findings, ...recommendations]);
    console.log(
      `held-out (two letters): ${all.line}; findings ${figures(findings).line}; recommendations ${figures(recommendations).line}`,
    );
    for (const [name, set] of [
      ['Calder Reach', [...heldOut4Findings, ...heldOut4Recommendations]],
      ['Severnmoor', [...heldOut5Findings, ...heldOut5Recommendations]],
    ] as const)
      console.log(`held-out ${name}: ${figures(set).line}`);
    expect(all.precision, all.line).toBeGreaterThanOrEqual(0.89);
    expect(all.recall, all.line).toBeGreaterThanOrEqual(0.91);
  });

  it('reports the development figures, which the rules were tuned against (0.94, 0.97)', () => {
    const all = figures([
      ...developmentFindings,
      ...developmentRecommendations,
      ...development2Findings,
      ...development2Recommendations,
      ...development3Findings,
      ...development3Recommendations,
      ...development4Findings,
      ...development4Recommendations,
      ...development5Findings,
      ...development5Recommendations,
      ...development6Findings,
      ...development6Recommendations,
      ...development7Findings,
      ...development7Recommendations,
    ]);
    console.log(`development: ${all.line}`);
    expect(all.precision, all.line).toBeGreaterThanOrEqual(0.94);
    expect(all.recall, all.line).toBeGreaterThanOrEqual(0.97);
  });
});
