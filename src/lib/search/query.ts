/**
 * Answering a search from the index, in the browser (pure functions: the script fetches the files). Documents holding
 * every word of the query (and every quoted phrase) come first, then those holding some; within each, documents holding
 * the query's neighbouring words as typed come first, then by BM25 score (its length normalisation done at build time). Filters keep a document when, in every facet with values chosen, it has one of them.
 */
import { facetOrder, type FacetKey } from './facet-keys';
import { bm25, type DocFacets, type Postings } from './index-format';
import { isPairTerm, pairTerm, partialStems, startsLike, type ParsedQuery } from '../language/reading';

/**
 * A prefix match counts for this share of an exact one, times the share of the term the prefix is, so "victim" itself
 * ranks above "victimisation" for "vict".
 */
const prefixShare = 0.8;

/** A document a query's words match. */
export interface Match {
  doc: number;
  /** How many of the query's words it holds. */
  words: number;
  /** Whether it holds every word (and every quoted phrase, which every match holds). */
  whole: boolean;
  /** How many of the query's neighbouring word pairs it holds as written. */
  pairs: number;
  /** BM25 score. */
  score: number;
}

const phrasePairs = (phrase: readonly string[]) => phrase.slice(1).map((t, k) => pairTerm(phrase[k] ?? '', t));

/** The terms a query looks up: each word (a prefix word also as a prefix), each pair of neighbouring words and each phrase's pairs. */
export function neededTerms(query: ParsedQuery): { term: string; prefix: boolean }[] {
  const pairs = [...new Set([...query.pairs, ...query.phrases.flatMap(phrasePairs)])];
  const starts = query.words.flatMap(partialStems);
  return [...query.words, ...[...pairs, ...starts].map((term) => ({ term, prefix: false }))];
}

/**
 * Whether a query needs a term's postings: a word's own term; for a prefix word, every word term starting with it
 * (used only when no document holds the word itself); and every pair of neighbouring words.
 */
export function wantedTerm(query: ParsedQuery): (term: string) => boolean {
  const needed = neededTerms(query);
  const exact = new Set(needed.map((t) => t.term));
  const prefixes = needed.filter((t) => t.prefix).map((t) => t.term);
  // A prefix word's partial stems (partialStems) are among the exact terms: neededTerms lists each.
  return (term) => exact.has(term) || (!isPairTerm(term) && prefixes.some((p) => term.startsWith(p)));
}

const idf = (df: number, docCount: number) => Math.log(1 + (docCount - df + 0.5) / (df + 0.5));

/**
 * The documents a query matches, with their score: for each word the best of its terms (the word's own term or, when
 * no document holds it and the word may be a prefix, the terms starting with it), weighted by the term's inverse
 * document frequency. A document lacking a quoted phrase is no match at all.
 */
export function matchQuery(query: ParsedQuery, postings: readonly Postings[], docCount: number): Map<number, Match> {
  const byTerm = new Map(postings.map((p) => [p.term, p]));
  const matches = new Map<number, Match>();
  for (const word of query.words) {
    const own = byTerm.get(word.term);
    const terms = own ? [own] : word.prefix ? postings.filter((p) => startsLike(word, p.term)) : [];
    const best = new Map<number, number>();
    for (const p of terms) {
      const weight =
        idf(p.docs.length, docCount) *
        (p === own ? 1 : (prefixShare * Math.min(word.term.length, p.term.length)) / Math.max(word.term.length, p.term.length));
      p.docs.forEach((doc, i) => {
        const score = ((weight * (p.weights[i] ?? 0)) / 255) * (bm25.k1 + 1);
        if (score > (best.get(doc) ?? 0)) best.set(doc, score);
      });
    }
    for (const [doc, score] of best) {
      const m = matches.get(doc);
      if (m) {
        m.words += 1;
        m.score += score;
      } else matches.set(doc, { doc, words: 1, whole: false, pairs: 0, score });
    }
  }
  for (const pair of query.pairs)
    for (const doc of byTerm.get(pair)?.docs ?? []) {
      const m = matches.get(doc);
      if (m) m.pairs += 1;
    }
  const holding = (pair: string) => new Set(byTerm.get(pair)?.docs ?? []);
  const phraseSets = query.phrases.flatMap(phrasePairs).map(holding);
  for (const [doc, m] of matches) {
    if (!phraseSets.every((set) => set.has(doc))) matches.delete(doc);
    else m.whole = m.words === query.words.length;
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
  /** The documents in order: those holding every word first, then those holding some. */
  docs: number[];
  /** How many of `docs` (the first ones) hold every word. */
  whole: number;
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

  const rank = (doc: number) => (matches?.get(doc)?.whole === false ? 1 : 0);
  if (order === 'relevance' && matches) {
    kept.sort((a, b) => {
      const x = matches.get(a);
      const y = matches.get(b);
      return rank(a) - rank(b) || (y?.pairs ?? 0) - (x?.pairs ?? 0) || (y?.score ?? 0) - (x?.score ?? 0) || a - b;
    });
  } else if (order === 'oldest') kept.sort((a, b) => rank(a) - rank(b) || b - a);
  else kept.sort((a, b) => rank(a) - rank(b) || a - b);
  const whole = kept.filter((doc) => rank(doc) === 0).length;

  const counts = Object.fromEntries(
    keys.map((k) => [k, Object.fromEntries(values[k].flatMap((v, i) => ((tallies[k][i] ?? 0) > 0 ? [[v, tallies[k][i] ?? 0]] : [])))]),
  ) as Record<FacetKey, Record<string, number>>;
  return { docs: kept, whole, counts };
}
