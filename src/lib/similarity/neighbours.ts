/**
 * Nearest neighbours of short texts by cosine similarity of TF-IDF weighted terms, found through an inverted index
 * so the cost grows with the number of texts, not with the number of pairs.
 */

/** A text to compare, as its terms. Texts of the same group (a PDU's recommendations in one letter) are never paired. */
export interface TermDocument {
  terms: readonly string[];
  group: string;
}

/** Another document and how similar it is: the cosine of the two weighted term vectors, 0 to 1. */
export interface Neighbour {
  index: number;
  score: number;
}

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

/** A document's vector: term ids and their weights, unit length. */
interface Vector {
  terms: Int32Array;
  weights: Float64Array;
}

/**
 * Term weight: (1 + ln tf) × ln(1 + N / df), so a term in every document still weighs a little and a rare one much
 * more; each vector scaled to unit length, so a dot product is a cosine. Terms become numbers, for the inner loop.
 */
function weighVectors(docs: readonly TermDocument[]): { vectors: Vector[]; df: Int32Array } {
  const ids = new Map<string, number>();
  // Each document's term ids, ascending, repeats together.
  const sorted = docs.map((d) => {
    const terms = new Int32Array(d.terms.length);
    d.terms.forEach((term, k) => {
      let id = ids.get(term);
      if (id === undefined) ids.set(term, (id = ids.size));
      terms[k] = id;
    });
    return terms.sort();
  });
  const df = new Int32Array(ids.size);
  for (const terms of sorted)
    terms.forEach((id, k) => {
      if (k === 0 || terms[k - 1] !== id) df[id] = (df[id] ?? 0) + 1;
    });
  const n = docs.length;
  const vectors = sorted.map((all) => {
    const distinct = all.filter((id, k) => k === 0 || all[k - 1] !== id);
    const weights = new Float64Array(distinct.length);
    let norm = 0;
    for (let k = 0, run = 0; k < distinct.length; k++) {
      const id = distinct[k] ?? 0;
      let tf = 0;
      while (all[run] === id) {
        tf++;
        run++;
      }
      const w = (1 + Math.log(tf)) * Math.log(1 + n / (df[id] ?? 1));
      weights[k] = w;
      norm += w * w;
    }
    const length = Math.sqrt(norm) || 1;
    for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] ?? 0) / length;
    return { terms: distinct, weights };
  });
  return { vectors, df };
}

/**
 * The inverted index: for each term, the documents that term weighs most in, most first (equal weights in document
 * order), at most the cap of them: `docs` and `weights` from `start[t]` to `start[t + 1]`. No search visits more.
 */
interface Postings {
  start: Int32Array;
  docs: Int32Array;
  weights: Float64Array;
}

function invertedIndex(vectors: readonly Vector[], df: Int32Array, cap: number): Postings {
  const start = new Int32Array(df.length + 1);
  for (let t = 0; t < df.length; t++) start[t + 1] = (start[t] ?? 0) + Math.min(cap, df[t] ?? 0);
  const kept = Array.from({ length: df.length }, (): Neighbour[] => []);
  // Documents in ascending order, so a later one outranks a kept one only by weighing more: once a term's list is
  // full, most documents are turned away by one comparison.
  vectors.forEach((v, index) => {
    v.terms.forEach((t, k) => {
      const list = kept[t];
      if (list) keepBest(list, { index, score: v.weights[k] ?? 0 }, cap);
    });
  });
  const docs = new Int32Array(start[df.length] ?? 0);
  const weights = new Float64Array(docs.length);
  kept.forEach((list, t) => {
    const from = start[t] ?? 0;
    list.forEach((p, k) => {
      docs[from + k] = p.index;
      weights[from + k] = p.score;
    });
  });
  return { start, docs, weights };
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

const outranks = (a: Neighbour, b: Neighbour) => a.score > b.score || (a.score === b.score && a.index < b.index);

/** Puts a neighbour into a list kept in rank order and at most `size` long. */
function keepBest(list: Neighbour[], n: Neighbour, size: number): void {
  const last = list.at(-1);
  if (list.length === size && last && !outranks(n, last)) return;
  let at = list.length;
  for (let previous = list[at - 1]; previous && outranks(n, previous); previous = list[at - 1]) at--;
  list.splice(at, 0, n);
  if (list.length > size) list.pop();
}

/** The dot product of two unit vectors (their cosine), merging their ascending term ids. */
function dot(a: Vector, b: Vector): number {
  let sum = 0;
  for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length;) {
    const x = a.terms[i] ?? 0;
    const y = b.terms[j] ?? 0;
    if (x === y) sum += (a.weights[i++] ?? 0) * (b.weights[j++] ?? 0);
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

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
