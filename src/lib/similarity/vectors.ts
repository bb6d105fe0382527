/**
 * Term vectors and the inverted index the neighbour search walks: TF-IDF weights over numbered terms, in typed
 * arrays, so the search's inner loop touches no strings.
 */
import { keepBest, type Neighbour, type TermDocument } from './ranking';

/** A document's vector: term ids and their weights, unit length. */
export interface Vector {
  terms: Int32Array;
  weights: Float64Array;
}

/**
 * Term weight: (1 + ln tf) × ln(1 + N / df), so a term in every document still weighs a little and a rare one much
 * more; each vector scaled to unit length, so a dot product is a cosine. Terms become numbers, for the inner loop.
 */
export function weighVectors(docs: readonly TermDocument[]): { vectors: Vector[]; df: Int32Array } {
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
export interface Postings {
  start: Int32Array;
  docs: Int32Array;
  weights: Float64Array;
}

export function invertedIndex(vectors: readonly Vector[], df: Int32Array, cap: number): Postings {
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

/** The dot product of two unit vectors (their cosine), merging their ascending term ids. */
export function dot(a: Vector, b: Vector): number {
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
