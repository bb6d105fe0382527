import type { Addressee, RecommendationGroup } from '../schemas/recommendation';
import type { Region } from '../schemas/region';
import type { SeedProblem } from './errors';
import type { Ledger } from './ledger';
import type { SeedLine } from './lines';
import { lookalikeNote } from './lookalikes';

/** A recommendation as read, before it is given its permanent id. */
export interface DraftRecommendation {
  pdu: string;
  pduName: string;
  number: number;
  addressee: Addressee;
  text: string;
  line: number;
}

/** The PDU a heading such as "Tameside PDU" names, without the word "PDU". */
export function pduNameOf(heading: string): string {
  return heading.replace(/\s+(PDU|probation delivery unit)$/i, '').trim();
}

const same = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Reads who a lead-in such as "Greater Manchester Region should:" addresses: the PDU ("The PDU should:",
 * "Tameside PDU should:"), the letter's own region (by name or alias, or "The region should:") or
 * HM Prison and Probation Service. Anything else, including another region's name, is a problem.
 */
export function addresseeOf(leadIn: string, region: Region | undefined, pduName: string): { addressee: Addressee } | { problem: string } {
  const who = leadIn.replace(/\s+should:$/i, '').replace(/^the\s+/i, '');
  if (/^(HM Prison and Probation Service|His Majesty's Prison and Probation Service|HMPPS)$/i.test(who)) return { addressee: 'hmpps' };
  if (/^(PDU|probation delivery unit)$/i.test(who) || (same(pduNameOf(who), pduName) && /\b(PDU|probation delivery unit)$/i.test(who)))
    return { addressee: 'pdu' };
  if (/^region$/i.test(who)) return { addressee: 'region' };
  const named = /^(.+?)\s+region$/i.exec(who)?.[1];
  if (named && region && [region.name, ...(region.aliases ?? [])].some((n) => same(n, named))) return { addressee: 'region' };
  // No region read: that problem is already reported at the opening, and a lead-in naming one cannot be judged against it.
  if (named && !region) return { addressee: 'region' };
  if (named) {
    const note = lookalikeNote(named);
    return {
      problem: `"${leadIn}" addresses the region "${named}"${note ? ` (${note})` : ''}, but the letter is about ${region ? `${region.name}` : 'another region'}`,
    };
  }
  return {
    problem: `cannot tell who "${leadIn}" addresses; expected "The PDU should:", "<region> region should:" or "HM Prison and Probation Service should:"`,
  };
}

/**
 * Reads Annexe one: PDU headings (each a PDU that Annexe two rates), lead-ins ("The PDU should:") and
 * numbered recommendations. A line in lower case continues the recommendation before it; any other line
 * it cannot place is a problem naming the line.
 */
export function parseRecommendationsAnnex(
  lines: readonly SeedLine[],
  context: { pdus: readonly { id: string; name: string }[]; region: Region | undefined },
  ledger: Ledger,
  problems: SeedProblem[],
) {
  const groups: (RecommendationGroup & { pduName: string; line: number })[] = [];
  const recommendations: DraftRecommendation[] = [];
  let pdu: { id: string; name: string } | undefined;
  let group: (RecommendationGroup & { pduName: string }) | undefined;
  const knownPdus = context.pdus.map((p) => p.name).join(', ');
  /** After a lead-in it could not read, or one recommendation with none: its recommendations are not reported again, one by one. */
  let unattributed = false;

  for (const line of lines) {
    const { text, n } = line;
    const [, itemNumber, itemText] = /^(\d+)[.)]\s+(.+)$/.exec(text) ?? [];
    const heading = context.pdus.find((p) => same(p.name, pduNameOf(text)));
    const lastRecommendation = recommendations.at(-1);
    if (/should:$/i.test(text)) {
      const read = addresseeOf(text, context.region, pdu?.name ?? '');
      unattributed = !pdu || 'problem' in read;
      if (unattributed) group = undefined;
      if (!pdu) problems.push({ line: n, message: `"${text}" stands before any PDU heading in Annexe one` });
      else if ('problem' in read) problems.push({ line: n, message: read.problem });
      else {
        ledger.place(line, 'recommendation lead-in');
        group = { pdu: pdu.id, pduName: pdu.name, addressee: read.addressee, leadIn: text };
        groups.push({ ...group, line: n });
      }
    } else if (itemNumber && itemText) {
      if (!group) {
        if (!unattributed)
          problems.push({ line: n, message: `recommendation "${text.slice(0, 40)}…" has no lead-in ("The PDU should:") before it` });
        unattributed = true;
      } else {
        ledger.place(line, 'recommendation');
        recommendations.push({
          pdu: group.pdu,
          pduName: group.pduName,
          number: Number(itemNumber),
          addressee: group.addressee,
          text: itemText,
          line: n,
        });
      }
    } else if (/^\p{Ll}/u.test(text) && lastRecommendation && group) {
      ledger.place(line, 'recommendation');
      lastRecommendation.text = `${lastRecommendation.text} ${text}`;
    } else if (heading) {
      if (groups.some((g) => g.pdu === heading.id) || pdu?.id === heading.id)
        problems.push({ line: n, message: `"${text}": ${heading.name} is headed twice in Annexe one` });
      ledger.place(line, 'recommendation heading');
      pdu = heading;
      group = undefined;
      unattributed = false;
    } else if (/\bPDU$/i.test(text)) {
      const note = lookalikeNote(text);
      problems.push({
        line: n,
        message: `"${text}" names a PDU that Annexe two does not rate${note ? ` (${note})` : ''}; Annexe two rates ${knownPdus}`,
      });
    } else {
      problems.push({
        line: n,
        message: `cannot place "${text.slice(0, 60)}" in Annexe one: expected a PDU heading (${knownPdus}), a lead-in such as "The PDU should:" or a numbered recommendation`,
      });
    }
  }
  return { groups, recommendations };
}
