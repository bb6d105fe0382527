/**
 * "Has this been recommended before?": for every recommendation, the most similar recommendations made under other
 * PDUs or in other letters; for every finding, the most similar findings of other letters; and the groups of
 * recommendations that recur. Computed once per build from the site model (src/data/site.ts memoises it).
 */
import { createHash } from 'node:crypto';
import type { Acronym } from '../../schemas/acronym';
import { linkedGroups, nearestNeighbours, type Neighbour } from './neighbours';
import { termReader } from './terms';
import type { FindingRecord, RecommendationRecord, SiteModel } from '../model/site-model';
import { must } from '../must';

/**
 * The least cosine similarity at which two texts are called similar. Chosen with the hand-made pairs of
 * tests/unit/lib/similarity/hand-made-pairs.test.ts, scored among the seed's own 28 recommendations, with words read
 * as search reads them (src/lib/search/words.ts, Porter stems): the same request made under another PDU in other words
 * scores 0.24 and above against its original; unrelated requests score 0.05 at most even when they share the letters'
 * common words ("staff", "risk of harm"). Between them lie the seed's requests that recur in other words under another
 * PDU, one concern asked for again: resourcing (Tameside 9 and Wigan 9, 0.185), keeping people safe (Tameside 4 and
 * Wigan 1, 0.150), the quality of risk of harm work and the training for it (Manchester North 1 and Tameside 7, 0.136:
 * Porter reads "planning" and "plan" as one term, which seven of the 28 hold, so the "plan" they share weighs little).
 * Staff asking "has this been recommended before?" want those too. Just under them lie requests that only share a
 * theme: court work and interventions for risk of harm (Manchester North 1 and Wigan 5, 0.122), staffing capacity and
 * staff development (Manchester North 9 and Wigan 2, 0.105). So 0.13 takes in the recurring requests while leaving
 * those apart and staying well clear of the unrelated pairs. It also takes in, once a later letter asks again, a PDU's
 * own two asks to equip practitioners to keep people safe and to protect the public (Tameside 4 and 10, 0.139, never
 * paired within one letter): one concern too.
 */
export const similarityThreshold = 0.13;
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
 * The neighbours behind the site's similarities, by position in the model's recommendations and findings: plain data,
 * so the build's preparation thread can work them out while Astro bundles and hand them to the pages
 * (src/integrations/prep-worker-main.ts).
 */
export interface SimilarityLinks {
  /** What they were worked out from: a digest of every item's id, text and group, in order, and of the acronyms. */
  digest: string;
  /** Each recommendation's neighbours, in the order of the model's recommendations. */
  recommendations: Neighbour[][];
  /** Each finding's neighbours, in the order of the model's findings. */
  findings: Neighbour[][];
}

/** Recommendations are paired across PDUs and letters, never with their siblings (the same PDU's in the same letter). */
const recommendationGroup = (r: RecommendationRecord) => `${r.letter.letter.id}\u0000${r.pdu.id}`;
/** Findings are paired across letters only. */
const findingGroup = (f: FindingRecord) => f.letter.letter.id;

/**
 * The digest of what the similarities are worked out from: every recommendation's and finding's id, text and group,
 * in the model's order, the acronyms and the options. Links with another digest belong to other texts.
 */
export function similarityDigest(model: SiteModel, acronyms: readonly Acronym[]): string {
  const hash = createHash('sha256').update(JSON.stringify({ acronyms, options }));
  for (const r of model.recommendations)
    hash.update(`r\u0001${r.recommendation.id}\u0001${recommendationGroup(r)}\u0001${r.recommendation.text}\u0002`);
  for (const f of model.findings) hash.update(`f\u0001${f.finding.id}\u0001${findingGroup(f)}\u0001${f.finding.text}\u0002`);
  return hash.digest('hex');
}

/**
 * Works out the neighbours of every recommendation and finding. Findings are paired across letters in any section: a
 * regional letter's findings are one body's account of one inspection, while the same concern is often filed under
 * another section by another letter (staffing under Leadership in one, under Staff in the next).
 */
export function similarityLinks(model: SiteModel, acronyms: readonly Acronym[]): SimilarityLinks {
  const reader = termReader(acronyms);
  return {
    digest: similarityDigest(model, acronyms),
    recommendations: nearestNeighbours(
      model.recommendations.map((r) => ({ terms: reader.terms(r.recommendation.text), group: recommendationGroup(r) })),
      options,
    ),
    findings: nearestNeighbours(
      model.findings.map((f) => ({ terms: reader.terms(f.finding.text), group: findingGroup(f) })),
      options,
    ),
  };
}

/**
 * Works out the site's similarities, from links already worked out for exactly these texts when given (the build's
 * preparation thread hands them over), otherwise afresh: links whose digest differs from the model's are not used.
 */
export function siteSimilarity(model: SiteModel, acronyms: readonly Acronym[], given?: SimilarityLinks): SiteSimilarity {
  const links = given && given.digest === similarityDigest(model, acronyms) ? given : similarityLinks(model, acronyms);
  const recs = model.recommendations;
  const resolve = <T>(items: readonly T[], found: Neighbour[] | undefined) =>
    must(found, 'the neighbours of an item').map((n) => ({ record: item(items, n.index), score: n.score }));
  return {
    recommendations: new Map(recs.map((r, i) => [r.recommendation.id, resolve(recs, links.recommendations[i])])),
    findings: new Map(model.findings.map((f, i) => [f.finding.id, resolve(model.findings, links.findings[i])])),
    recurring: recurringGroups(recs, links.recommendations),
  };
}

/**
 * Just the groups of recurring recommendations, as siteSimilarity makes them from the same links: what the build's
 * list of expected files needs to know how many pages the recurring recommendations take.
 */
export function recurringRecommendations(model: SiteModel, links: SimilarityLinks): RecurringGroup[] {
  if (links.recommendations.length !== model.recommendations.length) {
    throw new Error(
      `The similarity links cover ${links.recommendations.length} recommendations, the model ${model.recommendations.length}`,
    );
  }
  return recurringGroups(model.recommendations, links.recommendations);
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
