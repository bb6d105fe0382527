/**
 * "Has this been recommended before?": for every recommendation, the most similar recommendations made under other
 * PDUs or in other letters; for every finding, the most similar findings of other letters; and the groups of
 * recommendations that recur. Computed once per build from the site model (src/data/site.ts memoises it).
 */
import type { Acronym } from '../../schemas/acronym';
import { linkedGroups, nearestNeighbours, type Neighbour } from '../similarity/neighbours';
import { termReader } from '../similarity/terms';
import type { FindingRecord, RecommendationRecord, SiteModel } from './site-model';
import { must } from '../must';

/**
 * The least cosine similarity at which two texts are called similar. Chosen with the hand-made pairs of
 * tests/unit/lib/similarity/hand-made-pairs.test.ts, scored among the seed's own 28 recommendations: the same request
 * made under another PDU in other words scores 0.24 and above against its original; unrelated requests score 0.04 at
 * most even when they share the letters' common words ("staff", "risk of harm"). Between them lie the seed's requests
 * that recur in other words under another PDU, one concern asked for again: resourcing (Tameside 9 and Wigan 9, 0.18),
 * keeping people safe (Tameside 4 and Wigan 1, 0.15), the quality of risk of harm work and the training for it
 * (Manchester North 1 and Tameside 7, 0.15). Staff asking "has this been recommended before?" want those too, so 0.14
 * takes them in while staying well clear of the unrelated pairs.
 */
export const similarityThreshold = 0.14;
/** At most this many similar items are listed on an item's page. */
export const similarLimit = 5;
/**
 * Documents visited through one term, and postings visited for one item in all, its rarest terms first (see
 * NeighbourOptions): they keep the work per item constant, so the whole grows linearly with the letters. A term
 * shared by more than 64 items is a common one; 1,024 visits reach past every rare term of a long finding.
 */
export const postingCap = 64;
export const visitBudget = 1024;

/** An item like another, with the cosine similarity of their texts (0 to 1). */
export interface SimilarLink<T> {
  record: T;
  score: number;
}

/** Recommendations that recur: made under two or more PDUs or letters, joined by similarity. */
export interface RecurringGroup {
  /** The member most similar to the others: the text the group is shown by. */
  representative: RecommendationRecord;
  /** Every member, newest letter first, then by PDU and number. */
  members: RecommendationRecord[];
  /** The distinct PDUs the members were made under, A to Z. */
  pduNames: string[];
  /** How many letters the members come from. */
  letterCount: number;
}

/** Everything the pages show about similarity. */
export interface SiteSimilarity {
  /** By recommendation id: up to five similar recommendations from other PDUs or letters, most similar first. */
  recommendations: ReadonlyMap<string, SimilarLink<RecommendationRecord>[]>;
  /** By finding id: up to five similar findings from other letters, most similar first. */
  findings: ReadonlyMap<string, SimilarLink<FindingRecord>[]>;
  /** Groups of recurring recommendations, largest first. */
  recurring: RecurringGroup[];
}

const options = { threshold: similarityThreshold, limit: similarLimit, postingCap, visitBudget };

/**
 * Works out the site's similarities. Recommendations are paired across PDUs and letters, never with their siblings
 * (the same PDU's in the same letter). Findings are paired across letters only, in any section: a regional letter's
 * findings are one body's account of one inspection, while the same concern is often filed under another section
 * by another letter (staffing under Leadership in one, under Staff in the next).
 */
export function siteSimilarity(model: SiteModel, acronyms: readonly Acronym[]): SiteSimilarity {
  const reader = termReader(acronyms);
  const recs = model.recommendations;
  const recLinks = recommendationNeighbours(recs, reader);
  const findLinks = nearestNeighbours(
    model.findings.map((f) => ({ terms: reader.terms(f.finding.text), group: f.letter.letter.id })),
    options,
  );
  const resolve = <T>(items: readonly T[], links: Neighbour[] | undefined) =>
    must(links, 'the neighbours of an item').map((n) => ({ record: item(items, n.index), score: n.score }));
  return {
    recommendations: new Map(recs.map((r, i) => [r.recommendation.id, resolve(recs, recLinks[i])])),
    findings: new Map(model.findings.map((f, i) => [f.finding.id, resolve(model.findings, findLinks[i])])),
    recurring: recurringGroups(recs, recLinks),
  };
}

/** Each recommendation's neighbours: never its siblings (the same PDU's in the same letter). */
const recommendationNeighbours = (recs: readonly RecommendationRecord[], reader: ReturnType<typeof termReader>) =>
  nearestNeighbours(
    recs.map((r) => ({ terms: reader.terms(r.recommendation.text), group: `${r.letter.letter.id}\u0000${r.pdu.id}` })),
    options,
  );

/**
 * Just the groups of recurring recommendations, as siteSimilarity makes them, without the findings' similarities: what
 * the build's list of expected files needs to know how many pages the recurring recommendations take.
 */
export function recurringRecommendations(model: SiteModel, acronyms: readonly Acronym[]): RecurringGroup[] {
  const reader = termReader(acronyms);
  const recs = model.recommendations;
  const recLinks = recommendationNeighbours(recs, reader);
  return recurringGroups(recs, recLinks);
}

/** The item at an index the neighbour search returned (always one of the items it was given). */
const item = <T>(items: readonly T[], index: number): T => must(items[index], `item ${index} of ${items.length}`);

const memberOrder = (a: RecommendationRecord, b: RecommendationRecord) =>
  b.letter.letter.date.localeCompare(a.letter.letter.date) ||
  a.letter.letter.id.localeCompare(b.letter.letter.id) ||
  a.pdu.name.localeCompare(b.pdu.name, 'en-GB') ||
  a.recommendation.number - b.recommendation.number;

function recurringGroups(recs: readonly RecommendationRecord[], links: readonly Neighbour[][]): RecurringGroup[] {
  return linkedGroups(links)
    .map((indices) => {
      const inGroup = new Set(indices);
      // The representative: the member with the most similarity to the rest of its group (first in order on a tie).
      const centrality = (i: number) => (links[i] ?? []).reduce((sum, n) => sum + (inGroup.has(n.index) ? n.score : 0), 0);
      const ranked = indices.map((i) => ({ i, c: centrality(i) }));
      const best = ranked.reduce((a, b) => (b.c > a.c ? b : a));
      const members = indices.map((i) => item(recs, i)).sort(memberOrder);
      return {
        representative: item(recs, best.i),
        members,
        pduNames: [...new Set(members.map((m) => m.pdu.name))].sort((a, b) => a.localeCompare(b, 'en-GB')),
        letterCount: new Set(members.map((m) => m.letter.letter.id)).size,
      };
    })
    .sort(
      (a, b) =>
        b.members.length - a.members.length ||
        b.pduNames.length - a.pduNames.length ||
        a.representative.recommendation.id.localeCompare(b.representative.recommendation.id),
    );
}
