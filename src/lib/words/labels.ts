import type { FindingRecord, RecommendationRecord } from '../model/site-model';
import { formatDate } from '../language/format';
import { addresseeByName, kindNoun } from '../language/vocabulary';

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

/** A finding's label: its section, kind and place in its list, "Staff, area for improvement 2" (share cards show it above the text). */
export function findingTitle(f: FindingRecord): string {
  return `${f.section.title}, ${kindNoun(f.finding.kind)} ${findingNumber(f)}`;
}

/** A recommendation's label: its PDU and number, "Tameside recommendation 8" (share cards show it above the text). */
export function recommendationTitle(r: RecommendationRecord): string {
  return `${r.inspection.name} recommendation ${r.recommendation.number}`;
}

/**
 * How many characters of an item's own words a heading shows after its label: enough to say what the item is about,
 * short enough for a page title, a search result's title or a reference's title (the full text is always beside it).
 */
export const headingWords = 60;

/**
 * A finding as a heading says it: the label, then the start of its own words, "Staff, area for improvement 2: Some
 * workloads were high and difficult to manage…" (see {@link excerpt}). Its page's h1 and title, so also the search
 * result's title and the citation's; and each list entry.
 */
export function findingHeading(f: FindingRecord, words = headingWords): string {
  return `${findingTitle(f)}: ${excerpt(f.finding.text, words)}`;
}

/** A recommendation as a heading says it: "Wigan recommendation 1: improve the quality of work to assess, plan for…" (see {@link findingHeading}). */
export function recommendationHeading(r: RecommendationRecord, words = headingWords): string {
  return `${recommendationTitle(r)}: ${excerpt(r.recommendation.text, words)}`;
}

/** "Letter of 25 May 2023". */
export function letterShortTitle(date: string): string {
  return `Letter of ${formatDate(date)}`;
}

/** A space a line may break at: any white space but the no-break ones (U+00A0, U+2007, U+202F), which join what they separate. */
const breakable = /[^\S\u00a0\u2007\u202f]/u;
/**
 * What is trimmed before the ellipsis of a cut text: spaces, the punctuation that ends a clause or sentence, dashes, and an
 * opening bracket or quote left without its words (a closing quote or an apostrophe belongs to the word before it).
 */
const dangling = /[\s,;:.!?\-\u2010-\u2015([{“‘«]+$/u;

/** The end of a sentence: a full stop, question or exclamation mark (and any closing quote or bracket), then a space. */
const sentenceEnd = /[.!?][’”"')\]]*(?=[^\S\u00a0\u2007\u202f])/gu;

/**
 * The start of a text, in its own words: the whole text when it is at most `max` characters long; otherwise the
 * longest run of whole words that fits in `max` characters (never a part of a word: a first word longer than `max` is
 * kept whole), stopping instead at the end of a sentence that falls in the second half of that run, with the spaces,
 * dashes and clause or sentence punctuation at its end trimmed, then "…". Nothing is added but the ellipsis, and only to
 * a text that was cut.
 */
export function excerpt(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cutAt = (i: number) => text.slice(0, i).replace(dangling, '');
  let kept = '';
  // The last break within max that leaves some words; failing that (a first word longer than max), the first after it.
  for (let i = Math.min(max, text.length - 1); i > 0 && !kept; i--) if (breakable.test(text.charAt(i))) kept = cutAt(i);
  for (let i = max + 1; i < text.length && !kept; i++) if (breakable.test(text.charAt(i))) kept = cutAt(i);
  if (!kept) return text;
  // A whole first sentence reads better than it and the first words of the next.
  const ends = [...kept.matchAll(sentenceEnd)].map((m) => m.index + m[0].length).filter((end) => end >= max / 2);
  const sentence = ends.length ? cutAt(ends[ends.length - 1] ?? 0) : '';
  return `${sentence || kept}…`;
}

/** The link to a letter's original: "Read the original on the inspectorate’s website", saying "(PDF)" when it is one. */
export function originalLinkText(pdf: boolean): string {
  return `Read the original on the inspectorate’s website${pdf ? ' (PDF)' : ''}`;
}

/** What a letter's pages say when the letter records no address for its original (the site never guesses one). */
export const originalNotRecorded = 'The address of the original on the inspectorate’s website is not recorded here.';
