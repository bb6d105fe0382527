/**
 * Issue 22, part 4: how the tagging rules hold up on letters they were not written from. Invented letters were
 * written and hand-tagged by people who never saw the rules (tests/fixtures/tags/, from held-out-brief.md there):
 * thirteen development sets, which the rules may be tuned against (sets 2 and 4 to 13 were held-out letters, each
 * turned over once measured), and four held-out letters, which they must never be tuned against and are only
 * measured. The rules were last changed before any of the four was written; measured once, the first pair
 * (held-out-10, -11) scored 0.896 / 0.919 and the second (held-out-12, -13) 0.904 / 0.926, the four together
 * 0.900 / 0.923 (0.885 / 0.858 with the rules as they were at the start of the session that added sentence rules).
 * Issue 22 asks 0.9 / 0.85. The figures are printed; the floors are those measured, so a change that makes tagging
 * worse fails.
 */
import { describe, expect, it } from 'vitest';
import { findingDomains, recommendationDomains } from '../../../../src/lib/model/domains';
import { heldOut10Findings, heldOut10Recommendations } from '../../../fixtures/tags/held-out-10';
import { heldOut11Findings, heldOut11Recommendations } from '../../../fixtures/tags/held-out-11';
import { heldOut12Findings, heldOut12Recommendations } from '../../../fixtures/tags/held-out-12';
import { heldOut13Findings, heldOut13Recommendations } from '../../../fixtures/tags/held-out-13';
import { developmentFindings, developmentRecommendations } from '../../../fixtures/tags/development';
import { development2Findings, development2Recommendations } from '../../../fixtures/tags/development-2';
import { development3Findings, development3Recommendations } from '../../../fixtures/tags/development-3';
import { development4Findings, development4Recommendations } from '../../../fixtures/tags/development-4';
import { development5Findings, development5Recommendations } from '../../../fixtures/tags/development-5';
import { development6Findings, development6Recommendations } from '../../../fixtures/tags/development-6';
import { development7Findings, development7Recommendations } from '../../../fixtures/tags/development-7';
import { development8Findings, development8Recommendations } from '../../../fixtures/tags/development-8';
import { development9Findings, development9Recommendations } from '../../../fixtures/tags/development-9';
import { development10Findings, development10Recommendations } from '../../../fixtures/tags/development-10';
import { development11Findings, development11Recommendations } from '../../../fixtures/tags/development-11';
import { development12Findings, development12Recommendations } from '../../../fixtures/tags/development-12';
import { development13Findings, development13Recommendations } from '../../../fixtures/tags/development-13';
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
  it('reports the held-out figures, at least the 0.9 precision and 0.85 recall issue 22 asks (0.90, 0.92 measured)', () => {
    const findings = [...heldOut10Findings, ...heldOut11Findings, ...heldOut12Findings, ...heldOut13Findings];
    const recommendations = [
      ...heldOut10Recommendations,
      ...heldOut11Recommendations,
      ...heldOut12Recommendations,
      ...heldOut13Recommendations,
    ];
    const all = figures([...findings, ...recommendations]);
    console.log(
      `held-out (four letters): ${all.line}; findings ${figures(findings).line}; recommendations ${figures(recommendations).line}`,
    );
    for (const [name, set] of [
      ['Mercia Vale', [...heldOut10Findings, ...heldOut10Recommendations]],
      ['Solent Downs', [...heldOut11Findings, ...heldOut11Recommendations]],
      ['Wealden Marches', [...heldOut12Findings, ...heldOut12Recommendations]],
      ['Clwyd Borders', [...heldOut13Findings, ...heldOut13Recommendations]],
    ] as const)
      console.log(`held-out ${name}: ${figures(set).line}`);
    expect(all.precision, all.line).toBeGreaterThanOrEqual(0.9);
    expect(all.recall, all.line).toBeGreaterThanOrEqual(0.92);
  });

  it('reports the development figures, which the rules were tuned against (0.95, 0.96)', () => {
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
      ...development8Findings,
      ...development8Recommendations,
      ...development9Findings,
      ...development9Recommendations,
      ...development10Findings,
      ...development10Recommendations,
      ...development11Findings,
      ...development11Recommendations,
      ...development12Findings,
      ...development12Recommendations,
      ...development13Findings,
      ...development13Recommendations,
    ]);
    console.log(`development: ${all.line}`);
    expect(all.precision, all.line).toBeGreaterThanOrEqual(0.95);
    expect(all.recall, all.line).toBeGreaterThanOrEqual(0.96);
  });
});
