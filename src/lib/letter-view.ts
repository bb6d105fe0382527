import type { Framework } from '../schemas/framework';
import type { FindingKind } from '../schemas/finding';
import type { Letter } from '../schemas/letter';
import type { PduInspection } from '../schemas/pdu-inspection';
import type { Rating } from '../schemas/rating';
import type { Addressee } from '../schemas/recommendation';
import type { CopyRecipient } from '../schemas/person';
import type { Region } from '../schemas/region';
import { formatMonth } from './format';

/** A copy-list line as printed: "Name, Role, address". */
export function copyLine(c: CopyRecipient): string {
  return [c.name, c.role, c.email].filter(Boolean).join(', ');
}

/** The findings of one list, in printed order. */
export function findingsOf(letter: Letter, section: string, kind: FindingKind) {
  return letter.findings.filter((f) => f.section === section && f.kind === kind);
}

/** Annexe one as a reader sees it: per PDU, its runs of recommendations under each lead-in. */
export function recommendationsByPdu(letter: Letter) {
  return letter.pdus
    .map((pdu) => ({
      pdu,
      groups: letter.recommendationsAnnex.groups
        .filter((g) => g.pdu === pdu.id)
        .map((g) => ({
          ...g,
          items: letter.recommendations.filter((r) => r.pdu === g.pdu && r.addressee === g.addressee),
        })),
    }))
    .filter((p) => p.groups.length);
}

/** A row of a PDU's ratings table: a domain heading row or a standard with its rating (absent when not rated). */
export type RatingsRow =
  | { type: 'domain'; number: string; name: string }
  | { type: 'standard'; id: string; name: string; rating?: Rating };

/** Annexe two for one PDU: what its accessible table shows. */
export interface RatingsTable {
  pdu: PduInspection;
  fieldwork: string;
  score: string;
  rows: RatingsRow[];
}

/** One PDU's ratings table, laid out by the framework's standards, so standards not rated show as such. */
export function ratingsTable(pdu: PduInspection, framework: Framework): RatingsTable {
  return {
    pdu,
    fieldwork: formatMonth(pdu.fieldworkStarted),
    score: `${pdu.score.points}/${pdu.score.max}`,
    rows: framework.domains.flatMap((d): RatingsRow[] => [
      { type: 'domain', number: d.number, name: d.name },
      ...d.standards.map((s) => ({ type: 'standard' as const, id: s.id, name: s.name, rating: pdu.ratings[s.id] })),
    ]),
  };
}

/** Every PDU's ratings table in a letter (Annexe two). */
export function ratingsTables(letter: Letter, framework: Framework): RatingsTable[] {
  return letter.pdus.map((pdu) => ratingsTable(pdu, framework));
}

/** How each addressee is named in counts and labels. */
export const addresseeLabels: Readonly<Record<Addressee, string>> = {
  pdu: 'The PDU',
  region: 'The region',
  hmpps: 'HM Prison and Probation Service',
};

/** A heading for the recommendations to one addressee: "To the PDU", "To the region", "To HM Prison and Probation Service". */
export function addresseeHeading(addressee: Addressee): string {
  return addressee === 'hmpps' ? `To ${addresseeLabels.hmpps}` : `To ${addresseeLabels[addressee].toLowerCase()}`;
}

/** The region's reference entry; throws with the letter id when it is missing. */
export function regionOf(letter: Letter, regions: readonly Region[]): Region {
  const region = regions.find((r) => r.id === letter.region);
  if (!region) throw new Error(`${letter.id}: region: unknown region "${letter.region}"`);
  return region;
}

/** The letter's framework; throws with the letter id when it is missing. */
export function frameworkOf(letter: Letter, frameworks: readonly Framework[]): Framework {
  const framework = frameworks.find((f) => f.id === letter.framework);
  if (!framework) throw new Error(`${letter.id}: framework: unknown framework "${letter.framework}"`);
  return framework;
}
