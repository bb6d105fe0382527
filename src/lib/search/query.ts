/**
 * Answering a search from the index, in the browser (pure functions: the script fetches the files). Words are
 * ranked by BM25 with the length normalisation done at build time; documents holding every word of the query come
 * before those holding some. Filters keep a document when, in every facet with values chosen, it has one of them.
 */
import { facetOrder, type FacetKey } from '../url-state/search-facet-keys';
import { bm25, type DocFacets, type Postings } from './index-format';
import type { QueryWord } from './words';

/**
 * A prefix match counts for this share of an exact one, times the share of the term the prefix is, so "victim" itself
 * ranks above "victimisation" for "victim", and for "vict" too.
 */
const prefixShare = 0.8;

/** A document a query's words match: how many of the words it holds, and its BM25 score. */
export interface Match {
  doc: number;
  words: number;
  score: number;
}

/**
 * The documents holding any of the words, with their score: for each word the best of its terms (the word's own
 * term, and for a prefix word every term starting with it), weighted by the term's inverse document frequency.
 */
export function matchWords(words: readonly QueryWord[], postings: readonly Postings[], docCount: number): Map<number, Match> {
  const matches = new Map<number, Match>();
  for (const word of words) {
    const best = new Map<number, number>();
    for (const p of postings) {
      const exact = p.term === word.term;
      if (!exact && !(word.prefix && p.term.startsWith(word.term))) continue;
      const df = p.docs.length;
      const idf = Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
      const share = exact ? 1 : (prefixShare * word.term.length) / p.term.length;
      for (let i = 0; i < df; i++) {
        const doc = p.docs[i] ?? 0;
        const score = ((idf * (p.weights[i] ?? 0)) / 255) * (bm25.k1 + 1) * share;
        if (score > (best.get(doc) ?? 0)) best.set(doc, score);
      }
    }
    for (const [doc, score] of best) {
      const m = matches.get(doc);
      if (m) {
        m.words += 1;
        m.score += score;
      } else matches.set(doc, { doc, words: 1, score });
    }
  }
  return matches;
}

/** The chosen values of each facet, as the filters show them ("Recommendation", "2023"). */
export type Selection = Partial<Record<FacetKey, string[]>>;

/** For each facet with values chosen, which of its value sets have one of them (unknown values match nothing). */
function allowedSets(selection: Selection, values: Record<FacetKey, string[]>, facets: DocFacets): Map<FacetKey, Uint8Array> {
  const allowed = new Map<FacetKey, Uint8Array>();
  for (const { key } of facetOrder) {
    const chosen = selection[key];
    if (!chosen?.length) continue;
    const wanted = new Set(chosen.map((v) => values[key].indexOf(v)).filter((n) => n >= 0));
    allowed.set(
      key,
      Uint8Array.from(facets[key].sets, (set) => (set.some((v) => wanted.has(v)) ? 1 : 0)),
    );
  }
  return allowed;
}

/** The outcome of a search: matching documents in order, and per facet the count of each value. */
export interface SearchOutcome {
  docs: number[];
  counts: Record<FacetKey, Record<string, number>>;
}

/** How results are ordered: by score, or by date (documents are numbered newest first). */
export type Order = 'relevance' | 'newest' | 'oldest';

/**
 * Applies the filters to the documents the words matched (or to every document when there are no words), orders them,
 * and counts each facet's values as a reader expects: values of one facet are alternatives, so a facet's counts come
 * from the documents every other facet's filter keeps, whatever its own.
 */
export function runSearch(options: {
  matches: Map<number, Match> | undefined;
  docCount: number;
  facets: DocFacets;
  values: Record<FacetKey, string[]>;
  selection: Selection;
  order: Order;
}): SearchOutcome {
  const { matches, docCount, facets, values, selection, order } = options;
  const allowed = allowedSets(selection, values, facets);
  const keys = facetOrder.map((f) => f.key);
  const tallies = Object.fromEntries(keys.map((k) => [k, new Uint32Array(values[k].length)])) as Record<FacetKey, Uint32Array>;
  const kept: number[] = [];
  const count = (key: FacetKey, doc: number) => {
    const set = facets[key].sets[facets[key].ofDoc[doc] ?? 0] ?? [];
    const tally = tallies[key];
    for (const v of set) tally[v] = (tally[v] ?? 0) + 1;
  };
  const visit = (doc: number) => {
    let failed: FacetKey | undefined;
    let failures = 0;
    for (const [key, sets] of allowed) {
      if (sets[facets[key].ofDoc[doc] ?? 0]) continue;
      failed = key;
      if (++failures > 1) return;
    }
    if (failures === 1 && failed) {
      count(failed, doc);
      return;
    }
    kept.push(doc);
    for (const key of keys) count(key, doc);
  };
  if (matches) for (const doc of matches.keys()) visit(doc);
  else for (let doc = 0; doc < docCount; doc++) visit(doc);

  if (order === 'relevance' && matches) {
    kept.sort((a, b) => {
      const x = matches.get(a);
      const y = matches.get(b);
      return (y?.words ?? 0) - (x?.words ?? 0) || (y?.score ?? 0) - (x?.score ?? 0) || a - b;
    });
  } else if (order === 'oldest') kept.sort((a, b) => b - a);
  else kept.sort((a, b) => a - b);

  const counts = Object.fromEntries(
    keys.map((k) => [k, Object.fromEntries(values[k].flatMap((v, i) => ((tallies[k][i] ?? 0) > 0 ? [[v, tallies[k][i] ?? 0]] : [])))]),
  ) as Record<FacetKey, Record<string, number>>;
  return { docs: kept, counts };
}
