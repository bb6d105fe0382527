/**
 * The words the site writes about similar and recurring items: each listed item's line, a group's summary, the
 * empty-list sentences and the line saying how similarity is worked out. Pure, so the tests can check each is true.
 */
import type { RecurringGroup } from '../model/similar';
import { postingCap, similarityThreshold, similarLimit } from '../model/similar';
import type { FindingRecord, RecommendationRecord } from '../model/site-model';
import { formatDate } from './format';
import { addresseeName } from './labels';
import { count, kindLabel, listNames } from './vocabulary';

/** A similar recommendation's details after its text: "Tameside PDU, Greater Manchester, 25 May 2023, to the Greater Manchester region". */
export function similarRecommendationDetails(r: RecommendationRecord): string {
  return `${r.inspection.name} PDU, ${r.letter.region.name}, ${formatDate(r.letter.letter.date)}, to ${addresseeTo(r)}`;
}

/** "Tameside PDU", "the Greater Manchester region", "HM Prison and Probation Service": an addressee after "to". */
function addresseeTo(r: RecommendationRecord): string {
  return r.recommendation.addressee === 'region' ? `the ${addresseeName(r)}` : addresseeName(r);
}

/** A recurring group member's details after its title: "Greater Manchester, 25 May 2023, to HM Prison and Probation Service". */
export function recurringMemberDetails(r: RecommendationRecord): string {
  return `${r.letter.region.name}, ${formatDate(r.letter.letter.date)}, to ${addresseeTo(r)}`;
}

/** A similar finding's details after its text: "Key strength, Staff, Greater Manchester, 25 May 2023". */
export function similarFindingDetails(f: FindingRecord): string {
  return `${kindLabel(f.finding.kind)}, ${f.section.title}, ${f.letter.region.name}, ${formatDate(f.letter.letter.date)}`;
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

/** A recurring group's summary: "Made 4 times, under Tameside and Wigan PDUs, in 1 letter." */
export function recurringSummary(group: RecurringGroup): string {
  const pdus = group.pduNames.length === 1 ? `${group.pduNames[0]} PDU` : `${listNames(group.pduNames)} PDUs`;
  return `Made ${group.members.length} times, under ${pdus}, in ${count(group.letterCount, 'letter')}.`;
}

/** The recurring page's lead: "2 groups of recommendations recur across PDUs or letters, 9 recommendations in all." */
export function recurringLead(groups: readonly RecurringGroup[]): string {
  if (groups.length === 0) return 'No recommendation has yet been made again under another PDU or in another letter.';
  const members = groups.reduce((n, g) => n + g.members.length, 0);
  const verb = groups.length === 1 ? 'recurs' : 'recur';
  return `${count(groups.length, 'group')} of recommendations ${verb} across PDUs or letters, ${count(members, 'recommendation')} in all, largest group first.`;
}

/** Before a long group's listed members: "The 10 latest of 1000:". */
export function recurringMembersLead(shown: number, total: number): string {
  return `The ${shown} latest of ${total}:`;
}

/** Before the rest of a long group, counted by PDU: "The other 990, by the PDU they were made under:". */
export function recurringOthersLead(others: number): string {
  return `The other ${others}, by the PDU ${others === 1 ? 'it was' : 'they were'} made under:`;
}

/** A long group's summary, counting its PDUs rather than naming them (the page lists them): "Made 1000 times, under 72 PDUs, in 1000 letters." */
export function recurringSummaryCounted(group: RecurringGroup): string {
  return `Made ${group.members.length} times, under ${count(group.pduNames.length, 'PDU')}, in ${count(group.letterCount, 'letter')}.`;
}
