import type { FindingRecord, RecommendationRecord } from '../model/site-model';
import { formatDate } from './format';
import { addresseeByName, kindNoun } from './vocabulary';

/** Who a recommendation is addressed to, by name: "Tameside PDU", "Greater Manchester region", "HM Prison and Probation Service". */
export function addresseeName(r: RecommendationRecord): string {
  return addresseeByName(r.recommendation.addressee, { pdu: r.inspection.name, region: r.letter.region.name });
}

type Finding = FindingRecord['finding'];
/** Each finding's place in its list, worked out once per letter (the findings of a letter, as the model holds them). */
const numbersByFindings = new WeakMap<readonly Finding[], Map<Finding, number>>();

/** The place of each finding of a letter in its list (its section's findings of one kind), from 1, in one pass. */
function findingNumbers(findings: readonly Finding[]): Map<Finding, number> {
  let numbers = numbersByFindings.get(findings);
  if (!numbers) {
    numbers = new Map();
    const counts = new Map<string, number>();
    for (const g of findings) {
      const list = `${g.section}\n${g.kind}`;
      const n = (counts.get(list) ?? 0) + 1;
      counts.set(list, n);
      if (!numbers.has(g)) numbers.set(g, n);
    }
    numbersByFindings.set(findings, numbers);
  }
  return numbers;
}

/**
 * A finding's place in its list (its section's key strengths or areas for improvement), from 1; 0 when its letter does
 * not hold it. Every page of a finding and each of its citations asks, so a letter's findings are numbered once.
 */
export function findingNumber(f: FindingRecord): number {
  return findingNumbers(f.letter.letter.findings).get(f.finding) ?? 0;
}

/** A finding's short title: "Staff: area for improvement 2". */
export function findingTitle(f: FindingRecord): string {
  return `${f.section.title}: ${kindNoun(f.finding.kind)} ${findingNumber(f)}`;
}

/** A recommendation's short title: "Tameside recommendation 8". */
export function recommendationTitle(r: RecommendationRecord): string {
  return `${r.inspection.name} recommendation ${r.recommendation.number}`;
}

/** "Letter of 25 May 2023". */
export function letterShortTitle(date: string): string {
  return `Letter of ${formatDate(date)}`;
}

/** Shortens text to about n characters at a word boundary, with an ellipsis. */
export function excerpt(text: string, n = 160): string {
  if (text.length <= n) return text;
  const cut = text.slice(0, n);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), n - 20)).replace(/[,;:.\s]+$/, '')}…`;
}

/** The link to a letter's original: "Read the original on the inspectorate’s website", saying "(PDF)" when it is one. */
export function originalLinkText(pdf: boolean): string {
  return `Read the original on the inspectorate’s website${pdf ? ' (PDF)' : ''}`;
}

/** What a letter's pages say when the letter records no address for its original (the site never guesses one). */
export const originalNotRecorded = 'The address of the original on the inspectorate’s website is not recorded here.';
