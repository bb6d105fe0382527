/**
 * The words the site writes about similar and recurring items: each listed item's line, a group's summary, the
 * empty-list sentences and the line saying how similarity is worked out. Pure, so the tests can check each is true.
 */
import type { RecurringGroup } from '../similarity/similar';
import { postingCap, similarityThreshold, similarLimit } from '../similarity/similar';
import type { FindingRecord, RecommendationRecord } from '../model/site-model';
import { formatDate } from '../language/format';
import { addresseeName } from './labels';
import { count, listNames } from '../language/vocabulary';

/**
 * A similar recommendation's details after its heading (which names its PDU): "Greater Manchester, 25 May 2023, to the
 * Greater Manchester region".
 */
export function similarRecommendationDetails(r: RecommendationRecord): string {
  return recurringMemberDetails(r);
}

/** "Tameside PDU", "the Greater Manchester region", "HM Prison and Probation Service": an addressee after "to". */
function addresseeTo(r: RecommendationRecord): string {
  return r.recommendation.addressee === 'region' ? `the ${addresseeName(r)}` : addresseeName(r);
}

/** A recurring group member's details after its heading: "Greater Manchester, 25 May 2023, to HM Prison and Probation Service". */
export function recurringMemberDetails(r: RecommendationRecord): string {
  return `${r.letter.region.name}, ${formatDate(r.letter.letter.date)}, to ${addresseeTo(r)}`;
}

/** A similar finding's details after its heading (which names its section and kind): "Greater Manchester, 25 May 2023". */
export function similarFindingDetails(f: FindingRecord): string {
  return `${f.letter.region.name}, ${formatDate(f.letter.letter.date)}`;
}

/** What a page with no similar item says. */
export const noSimilar = {
  recommendation: 'No similar recommendations in other letters or PDUs.',
  finding: 'No similar findings in other letters.',
} as const;

/** The line under a similar-items list, before its link to the explanation. */
export function similarHow(kind: 'recommendation' | 'finding'): string {
  const from = kind === 'recommendation' ? 'made under other PDUs or in other letters' : 'in other letters';
  return `Up to ${similarLimit} ${kind}s ${from} whose words and word pairs most resemble this one’s, most similar first, worked out from the texts alone.`;
}

/** The explanation of how similarity is worked out, sentence by sentence (the recurring page shows it). */
export function similarityMethod(acronymCount: number): string[] {
  return [
    'Each text is read as its words and its pairs of neighbouring words, in lower case and without punctuation. Words that say nothing about what is asked for (“the”, “should”, “ensure”, “PDU”, “region”, “probation”) are left out, and the forms of a word are read as one (“assessed”, “assessment”).',
    `Abbreviations and their full names are read as one word, from a list of ${count(acronymCount, 'abbreviation')} with where each is spelt out (“BBR” and “Building Better Relationships” match).`,
    'A word or pair weighs more the fewer texts use it (TF-IDF). Two texts’ similarity is the cosine of their weighted words, from 0 (nothing shared) to 1 (the same words).',
    `So that the work grows only in proportion to the number of texts, each text’s candidates are gathered through its rarest words first, at most ${postingCap} texts through any one word, and each candidate’s similarity is then worked out in full.`,
    `Texts scoring at least ${similarityThreshold} are called similar: the threshold was chosen with hand-made pairs, so that the same request reworded under another PDU is linked and unrelated requests are not. A recommendation is never compared with the others made under the same PDU in the same letter; a finding is compared only with findings of other letters.`,
  ];
}

/**
 * A text's wording, as "the same wording" compares it: Unicode NFC, case-folded (upper then lower case, so "ß" and
 * "SS" agree), every run of white space one space, the ends trimmed, and the punctuation and spaces at the end left
 * off ("Reduce waiting times." and "reduce  waiting times" are worded the same). Anything else, a quote mark, a
 * hyphen or a word, makes a different wording.
 */
export function wordingKey(text: string): string {
  return text
    .normalize('NFC')
    .toUpperCase()
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(/[\s\p{P}]+$/u, '')
    .trim();
}

/** Whether two texts are worded the same (see {@link wordingKey}). */
export function sameWording(a: string, b: string): boolean {
  return wordingKey(a) === wordingKey(b);
}

/** How many members share each wording that more than one member has, most first: [3, 2] for a wording made 3 times and another made twice. */
export function repeatedWordings(group: RecurringGroup): number[] {
  const counts = new Map<string, number>();
  for (const m of group.members) {
    const key = wordingKey(m.recommendation.text);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.values()].filter((n) => n > 1).sort((a, b) => b - a);
}

/** "2 PDUs (Tameside and Wigan)" or, counted, "72 PDUs"; then " in 3 letters" when more than one. */
function pdusAndLetters(group: RecurringGroup, named: boolean): string {
  const names = named ? ` (${listNames(group.pduNames)})` : '';
  const letters = group.letterCount > 1 ? ` in ${count(group.letterCount, 'letter')}` : '';
  return `${count(group.pduNames.length, 'PDU')}${names}${letters}`;
}

/** "3 times" or "twice". */
const times = (n: number) => (n === 2 ? 'twice' : `${n} times`);

/**
 * A recurring group's summary: what it is, and "made N times" only for a wording repeated word for word (see
 * {@link wordingKey}). "4 related recommendations from 2 PDUs (Tameside and Wigan)."; "Made 3 times in the same words,
 * under 3 PDUs (…) in 3 letters."; "5 related recommendations from 3 PDUs (…) in 2 letters. Made more than once in the
 * same words: one wording 3 times." A long group counts its PDUs rather than naming them (`named` false: the page
 * lists them).
 */
export function recurringSummary(group: RecurringGroup, named = true): string {
  const n = group.members.length;
  const repeated = repeatedWordings(group);
  if (repeated[0] === n) return `Made ${times(n)} in the same words, under ${pdusAndLetters(group, named)}.`;
  const what = `${count(n, 'related recommendation')} from ${pdusAndLetters(group, named)}.`;
  if (repeated.length === 0) return what;
  const wordings = repeated.map((k, i) => `${i === 0 ? 'one wording' : 'another'} ${times(k)}`);
  const same = `Made more than once in the same words: ${listNames(wordings)}.`;
  return `${what} ${same}`;
}

/**
 * The recurring page's lead: "8 recommendations form 3 groups of related recommendations, each group spanning more than
 * one PDU or letter, largest group first."
 */
export function recurringLead(groups: readonly RecurringGroup[]): string {
  if (groups.length === 0) return 'No recommendation is yet similar to one made under another PDU or in another letter.';
  const members = groups.reduce((n, g) => n + g.members.length, 0);
  if (groups.length === 1)
    return `${count(members, 'recommendation')} form 1 group of related recommendations, spanning more than one PDU or letter.`;
  return `${count(members, 'recommendation')} form ${count(groups.length, 'group')} of related recommendations, each group spanning more than one PDU or letter, largest group first.`;
}

/** Before a long group's listed members: "The 10 latest of 1000:". */
export function recurringMembersLead(shown: number, total: number): string {
  return `The ${shown} latest of ${total}:`;
}

/** Before the rest of a long group, counted by PDU: "The other 990, by the PDU they were made under:". */
export function recurringOthersLead(others: number): string {
  return `The other ${others}, by the PDU ${others === 1 ? 'it was' : 'they were'} made under:`;
}

/** A long group's summary, counting its PDUs rather than naming them (the page lists them): "1000 related recommendations from 72 PDUs in 1000 letters." */
export function recurringSummaryCounted(group: RecurringGroup): string {
  return recurringSummary(group, false);
}
