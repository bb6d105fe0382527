/**
 * How search reads words, the same at build time and in the browser: a word is a run of Unicode letters and digits,
 * apostrophes inside it included ("probation’s"); it is compared in lower case, without accents, without a final
 * possessive "’s" and without its other apostrophes ("don’t" → "dont"), then stemmed (Porter). A hyphen parts words,
 * and the index also holds the joined form ("multi-agency" is found by "multi", "agency" and "multiagency").
 */
import { stem } from './stemmer';

/** One word of a text: where it starts and ends, and the term search files it under. */
export interface WordSpan {
  start: number;
  end: number;
  term: string;
}

const wordPattern = /[\p{L}\p{N}]+(?:['’‘`][\p{L}\p{N}]+)*/gu;

/** A word as search compares it, before stemming: lower case, no accents, no possessive "’s", no apostrophes. */
export function normaliseWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]s$/, '')
    .replace(/['’‘`]/g, '');
}

/** Terms already worked out, by word as written: a text repeats its words, and stemming is most of the work. */
const known = new Map<string, string>();
const knownLimit = 100_000;

/** The term a word is filed under: its normal form, stemmed. */
export function termOf(word: string): string {
  let term = known.get(word);
  if (term === undefined) {
    term = stem(normaliseWord(word));
    if (known.size >= knownLimit) known.clear();
    known.set(word, term);
  }
  return term;
}

/** Every word of a text, in order, with its place and term. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const m of text.matchAll(wordPattern)) {
    const term = termOf(m[0]);
    if (term) spans.push({ start: m.index, end: m.index + m[0].length, term });
  }
  return spans;
}

/** The terms a text is indexed under, in order: each word's term, and after a hyphenated pair, their joined term. */
export function indexTerms(text: string): string[] {
  const spans = wordSpans(text);
  const terms: string[] = [];
  spans.forEach((s, i) => {
    terms.push(s.term);
    const prev = spans[i - 1];
    if (prev && /^[-‐‑]$/.test(text.slice(prev.end, s.start))) {
      terms.push(termOf(normaliseWord(text.slice(prev.start, prev.end)) + normaliseWord(text.slice(s.start, s.end))));
    }
  });
  return terms;
}

/** A query word as search looks it up: its term, and whether it may also match as the start of longer terms. */
export interface QueryWord {
  term: string;
  prefix: boolean;
}

/**
 * The words of a query, each once: the last also matches as a prefix (typing "vict" finds "victim") when it has at
 * least three letters and the query does not end with a space.
 */
export function queryWords(query: string): QueryWord[] {
  const spans = wordSpans(query);
  const words: QueryWord[] = [];
  spans.forEach((s, i) => {
    const last = i === spans.length - 1;
    const prefix = last && s.term.length >= 3 && !/\s$/.test(query);
    const known = words.find((w) => w.term === s.term);
    if (known) {
      known.prefix ||= prefix;
      return;
    }
    words.push({ term: s.term, prefix });
  });
  return words;
}
