import type { Framework, Standard } from '../../schemas/framework';
import type { FindingKind } from '../../schemas/finding';
import type { Letter } from '../../schemas/letter';
import type { PduInspection } from '../../schemas/pdu-inspection';
import type { Rating } from '../../schemas/rating';
import type { CopyRecipient } from '../../schemas/person';
import type { Region } from '../../schemas/region';
import { formatMonth } from '../language/format';
import { listNames } from '../language/vocabulary';

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

/**
 * A row of a PDU's ratings table: a domain heading row or a standard with its rating. A standard not rated has no
 * rating and is marked `notRated`; when the letter left its row out altogether (as the Greater Manchester letter
 * does for Manchester North's 2.1) it is also marked `added`: the row and its "Not rated" are this site's.
 */
export type RatingsRow =
  | { type: 'domain'; number: string; name: string }
  | { type: 'standard'; id: string; name: string; rating?: Rating; notRated: boolean; added: boolean };

/** Annexe two for one PDU: what its accessible table shows. */
export interface RatingsTable {
  pdu: PduInspection;
  fieldwork: string;
  /** The rows above the standards, in the order the inspectorate's Annexe two prints them: the score, then the overall rating. */
  summary: ('score' | 'overall')[];
  rows: RatingsRow[];
  /** The standards not rated, in framework order. */
  notRated: { id: string; name: string }[];
  /** Says which rows this site added because their standard was not rated; absent when every standard was rated. */
  note?: string;
}

/**
 * The standards of one domain in the order the letter printed their ratings (a PDU's ratings keep their printed
 * order), each standard not rated placed where the framework puts it, after the standard before it.
 */
function printedOrder(standards: readonly Standard[], ratings: PduInspection['ratings']): Standard[] {
  const printed = Object.keys(ratings);
  const rated = standards.filter((s) => s.id in ratings).sort((a, b) => printed.indexOf(a.id) - printed.indexOf(b.id));
  const out = [...rated];
  standards.forEach((s, i) => {
    if (s.id in ratings) return;
    const before = standards
      .slice(0, i)
      .reverse()
      .find((p) => out.includes(p));
    out.splice(before ? out.indexOf(before) + 1 : 0, 0, s);
  });
  return out;
}

/** The note under a PDU's ratings table naming the rows this site added for standards the letter neither rated nor listed: "Added by this site: …". */
export function notRatedNote(standards: readonly { id: string; name: string }[]): string | undefined {
  if (!standards.length) return undefined;
  const names = listNames(standards.map((s) => `${s.id} ${s.name}`));
  return standards.length === 1
    ? `Added by this site: the letter gives no rating for ${names}, so this table shows it as not rated.`
    : `Added by this site: the letter gives no rating for ${names}, so this table shows them as not rated.`;
}

/**
 * One PDU's ratings table, laid out by the framework's domains with the standards in the letter's printed order,
 * so that standards not rated show as such (and are said to be the site's addition).
 */
export function ratingsTable(pdu: PduInspection, framework: Framework): RatingsTable {
  const notRated = framework.domains.flatMap((d) => d.standards).filter((s) => !(s.id in pdu.ratings));
  // A standard the letter listed without a rating is printed as the letter has it; only the others are the site's addition.
  const added = notRated.filter((s) => !pdu.annex?.listedUnrated.includes(s.id));
  const note = notRatedNote(added);
  return {
    pdu,
    fieldwork: formatMonth(pdu.fieldworkStarted),
    summary: pdu.annex?.first === 'overall' ? ['overall', 'score'] : ['score', 'overall'],
    rows: framework.domains.flatMap((d): RatingsRow[] => [
      { type: 'domain', number: d.number, name: d.name },
      ...printedOrder(d.standards, pdu.ratings).map((s) => {
        const rating = pdu.ratings[s.id];
        return {
          type: 'standard' as const,
          id: s.id,
          name: s.name,
          ...(rating ? { rating } : {}),
          notRated: !(s.id in pdu.ratings),
          added: added.includes(s),
        };
      }),
    ]),
    notRated: notRated.map((s) => ({ id: s.id, name: s.name })),
    ...(note ? { note } : {}),
  };
}

/** Every PDU's ratings table in a letter (Annexe two). */
export function ratingsTables(letter: Letter, framework: Framework): RatingsTable[] {
  return letter.pdus.map((pdu) => ratingsTable(pdu, framework));
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
