/**
 * Nearest neighbours of short texts by cosine similarity of TF-IDF weighted terms, found through an inverted index
 * so the cost grows with the number of texts, not with the number of pairs.
 */

import { keepBest, type Neighbour, type TermDocument } from './ranking';
import { dot, invertedIndex, weighVectors, type Vector } from './vectors';

export type { Neighbour, TermDocument } from './ranking';

/** How neighbours are chosen. */
export interface NeighbourOptions {
  /** A pair scoring below this is not similar. */
  threshold: number;
  /** At most this many neighbours per document, most similar first. */
  limit: number;
  /**
   * At most this many documents are visited through any one term: the ones that term weighs most in. A term shared
   * by more documents than this (a common word in a large corpus) adds little to any score; capping its visits keeps
   * the work per document constant, so the whole stays linear in the number of documents. The candidates found so
   * are then scored exactly, so the cap can only miss a document none of whose rarer terms brought it in.
   */
  postingCap: number;
  /**
   * At most this many postings are visited for one document in all, its rarest terms first (the ones that weigh
   * most), so a long text costs no more than a short one. Candidates found so are scored exactly.
   */
  visitBudget: number;
}

/**
 * For each document, its most similar documents of other groups scoring at least the threshold, most similar first
 * (equal scores in document order). Pure and deterministic.
 */
export function nearestNeighbours(docs: readonly TermDocument[], options: NeighbourOptions): Neighbour[][] {
  const { vectors, df } = weighVectors(docs);
  const groupIds = new Map<string, number>();
  const groupOf = Int32Array.from(docs, (d) => groupIds.get(d.group) ?? groupIds.set(d.group, groupIds.size).size - 1);
  const postings = invertedIndex(vectors, df, options.postingCap);
  const scores = new Float64Array(docs.length);
  const touched: number[] = [];
  return vectors.map((v, i) => {
    const group = groupOf[i];
    let budget = options.visitBudget;
    for (const k of rarestFirst(v, df)) {
      const t = v.terms[k] ?? 0;
      // A term of this document alone pairs it with nothing.
      if ((df[t] ?? 0) < 2) continue;
      if (budget <= 0) break;
      const w = v.weights[k] ?? 0;
      const from = postings.start[t] ?? 0;
      const to = Math.min(postings.start[t + 1] ?? 0, from + budget);
      budget -= to - from;
      for (let p = from; p < to; p++) {
        const j = postings.docs[p] ?? i;
        if (j === i || groupOf[j] === group) continue;
        const before = scores[j] ?? 0;
        if (before === 0) touched.push(j);
        scores[j] = before + w * (postings.weights[p] ?? 0);
      }
    }
    // The best candidates by the scores gathered through the capped postings (a common term's contribution may be
    // missing), then each one's exact cosine, then the threshold and the limit.
    const candidates: Neighbour[] = [];
    for (const index of touched) {
      const score = scores[index] ?? 0;
      scores[index] = 0;
      keepBest(candidates, { index, score }, candidateCount(options.limit));
    }
    const best: Neighbour[] = [];
    for (const c of candidates) {
      // Rounding can carry the cosine of identical texts a hair past 1.
      const score = Math.min(1, dot(v, vectors[c.index] ?? v));
      if (score >= options.threshold) keepBest(best, { index: c.index, score }, options.limit);
    }
    touched.length = 0;
    return best;
  });
}

/** A vector's term positions, the rarest term first (equal counts in term order): sorted as numbers, df × 2^20 + position. */

function rarestFirst(v: Vector, df: Int32Array): Float64Array {
  const keys = Float64Array.from(v.terms, (t, k) => (df[t] ?? 0) * 1048576 + k);
  return keys.sort().map((key) => key % 1048576);
}

/** How many candidates are scored exactly for a limit of neighbours: enough that a capped common term cannot crowd one out. */
const candidateCount = (limit: number) => Math.max(20, 4 * limit);

/**
 * Groups of documents joined, directly or through one another, by a neighbour link in either direction (single-link
 * clustering over the links found): each group of two or more as document indices in ascending order, largest group first.
 */
export function linkedGroups(neighbours: readonly (readonly Neighbour[])[]): number[][] {
  const parent = Int32Array.from(neighbours, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    for (let up = parent[root] ?? root; up !== root; up = parent[root] ?? root) root = up;
    // Path compression: point every document on the way straight at the root.
    for (let at = i, up = parent[at] ?? at; at !== root; at = up, up = parent[at] ?? at) parent[at] = root;
    return root;
  };
  neighbours.forEach((list, i) => {
    for (const n of list) {
      const a = find(i);
      const b = find(n.index);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  });
  const groups = new Map<number, number[]>();
  neighbours.forEach((_, i) => {
    const r = find(i);
    const group = groups.get(r);
    if (group) group.push(i);
    else groups.set(r, [i]);
  });
  // Each group's indices are ascending (filled in order), so its first is its least.
  return [...groups.values()].filter((g) => g.length > 1).sort((a, b) => b.length - a.length || (a[0] ?? 0) - (b[0] ?? 0));
}
