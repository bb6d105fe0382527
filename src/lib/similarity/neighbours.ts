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
   * the work per document constant, so the whole stays linear in the number of documents. Below the cap, scores are exact.
   */
  postingCap: number;
}

/** Term weight: (1 + ln tf) × ln(1 + N / df), so a term in every document still weighs a little and a rare one much more. */
function weighVectors(docs: readonly TermDocument[]): { vectors: Map<string, number>[]; df: Map<string, number> } {
  const df = new Map<string, number>();
  const counts = docs.map((d) => {
    const tf = new Map<string, number>();
    for (const t of d.terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    return tf;
  });
  const n = docs.length;
  const vectors = counts.map((tf) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, c] of tf) {
      const w = (1 + Math.log(c)) * Math.log(1 + n / (df.get(t) ?? 1));
      v.set(t, w);
      norm += w * w;
    }
    const length = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / length);
    return v;
  });
  return { vectors, df };
}

/**
 * For each document, its most similar documents of other groups scoring at least the threshold, most similar first
 * (equal scores in document order). Pure and deterministic.
 */
export function nearestNeighbours(docs: readonly TermDocument[], options: NeighbourOptions): Neighbour[][] {
  const { vectors, df } = weighVectors(docs);
  const groupIds = new Map<string, number>();
  const groupOf = Int32Array.from(docs, (d) => groupIds.get(d.group) ?? groupIds.set(d.group, groupIds.size).size - 1);
  // The inverted index: each term's documents, those it weighs most in first.
  const postings = new Map<string, Posting[]>();
  vectors.forEach((v, index) => {
    for (const [t, weight] of v) {
      const list = postings.get(t);
      if (list) list.push({ index, weight });
      else postings.set(t, [{ index, weight }]);
    }
  });
  for (const list of postings.values()) list.sort((a, b) => b.weight - a.weight || a.index - b.index);

  const scores = new Float64Array(docs.length);
  const touched: number[] = [];
  return vectors.map((v, i) => {
    const group = groupOf[i];
    for (const [t, w] of v) {
      // A term of this document alone pairs it with nothing.
      const list = (df.get(t) ?? 0) > 1 ? postings.get(t) : undefined;
      if (!list) continue;
      let visited = 0;
      for (const p of list) {
        if (visited++ === options.postingCap) break;
        if (p.index === i || groupOf[p.index] === group) continue;
        const before = scores[p.index] ?? 0;
        if (before === 0) touched.push(p.index);
        scores[p.index] = before + w * p.weight;
      }
    }
    const best: Neighbour[] = [];
    for (const index of touched) {
      // Rounding can carry the cosine of identical texts a hair past 1.
      const score = Math.min(1, scores[index] ?? 0);
      scores[index] = 0;
      if (score < options.threshold) continue;
      const last = best.at(-1);
      if (best.length === options.limit && last && !outranks(score, index, last)) continue;
      let at = best.length;
      for (let previous = best[at - 1]; previous && outranks(score, index, previous); previous = best[at - 1]) at--;
      best.splice(at, 0, { index, score });
      if (best.length > options.limit) best.pop();
    }
    touched.length = 0;
    return best;
  });
}

interface Posting {
  index: number;
  weight: number;
}

const outranks = (score: number, index: number, other: Neighbour) => score > other.score || (score === other.score && index < other.index);

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
