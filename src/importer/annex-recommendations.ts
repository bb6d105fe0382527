import type { Addressee, RecommendationGroup } from '../schemas/recommendation';
import { slugify } from '../lib/ids';
import type { SeedProblem } from './errors';
import type { SeedLine } from './lines';

/** A recommendation as read, before it is given its permanent id. */
export interface DraftRecommendation {
  pdu: string;
  pduName: string;
  number: number;
  addressee: Addressee;
  text: string;
  line: number;
}

/** Reads who a lead-in such as "Greater Manchester Region should:" addresses. */
export function addresseeOf(leadIn: string): Addressee | undefined {
  if (/prison and probation service|\bHMPPS\b/i.test(leadIn)) return 'hmpps';
  if (/\bregion\b/i.test(leadIn)) return 'region';
  if (/\bPDU\b|probation delivery unit/i.test(leadIn)) return 'pdu';
  return undefined;
}

/** The PDU a heading such as "Tameside PDU" names, without the word "PDU". */
export function pduNameOf(heading: string): string {
  return heading.replace(/\s+(PDU|probation delivery unit)$/i, '').trim();
}

/**
 * Reads Annexe one: PDU headings, lead-ins ("The PDU should:") and numbered recommendations.
 * Blank lines inside a numbered list are ignored; a line in lower case continues the recommendation before it.
 */
export function parseRecommendationsAnnex(lines: readonly SeedLine[], problems: SeedProblem[]) {
  const groups: (RecommendationGroup & { pduName: string })[] = [];
  const recommendations: DraftRecommendation[] = [];
  let pdu: { id: string; name: string } | undefined;
  let group: (RecommendationGroup & { pduName: string }) | undefined;

  for (const { text, n } of lines) {
    const item = /^(\d+)[.)]\s+(.+)$/.exec(text);
    if (/should:$/i.test(text)) {
      const addressee = addresseeOf(text);
      if (!pdu) problems.push({ line: n, message: `"${text}" stands before any PDU heading in Annexe one` });
      else if (!addressee) problems.push({ line: n, message: `cannot tell who "${text}" addresses (expected the PDU, the region or HM Prison and Probation Service)` });
      else {
        group = { pdu: pdu.id, pduName: pdu.name, addressee, leadIn: text };
        groups.push(group);
      }
    } else if (item) {
      if (!group) problems.push({ line: n, message: `recommendation "${text.slice(0, 40)}…" has no lead-in ("The PDU should:") before it` });
      else recommendations.push({ pdu: group.pdu, pduName: group.pduName, number: Number(item[1]), addressee: group.addressee, text: item[2], line: n });
    } else if (/^[a-z]/.test(text) && recommendations.length) {
      const last = recommendations[recommendations.length - 1];
      last.text = `${last.text} ${text}`;
    } else if (text.split(/\s+/).length <= 8 && !/[.:;]$/.test(text)) {
      const name = pduNameOf(text);
      pdu = { id: slugify(name), name };
      group = undefined;
    } else {
      problems.push({ line: n, message: `cannot place "${text.slice(0, 60)}" in Annexe one` });
    }
  }
  return { groups, recommendations };
}
