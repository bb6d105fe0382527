/**
 * The site's one notion of a word, the same at build time and in the browser, for search, the recommendations
 * explorer's keyword box, similarity, the search vocabulary and its suggestions.
 *
 * A word is a run of Unicode letters and digits, apostrophes inside it included ("probation’s"). It is compared in
 * lower case, without accents, without a final possessive "’s" and without its other apostrophes ("don’t" → "dont"),
 * then stemmed with the Porter algorithm (the `stemmer` package), so "victims", "victim’s" and "victim" meet, as do "assessed" and "assessing". A
 * hyphen parts words, and a document also holds the joined form ("multi-agency" is found by "multi", "agency" and
 * "multiagency"). An abbreviation is read in both forms (content/reference/acronyms.json): a text saying "BBR" also
 * holds the terms of "Building Better Relationships", and the other way round, for matching only: what a reader is
 * shown is always the text's own words.
 */
import { stemmer } from 'stemmer';
import type { Acronym } from '../../schemas/acronym';

/** An abbreviation's two forms, all that matching needs of it (the search index carries these to the browser). */
export type AcronymForms = Pick<Acronym, 'short' | 'expansion'>;

/** One word of a text: where it starts and ends, and the term it is filed under. */
export interface WordSpan {
  start: number;
  end: number;
  term: string;
}

const wordPattern = /[\p{L}\p{N}]+(?:['’‘`][\p{L}\p{N}]+)*/gu;

/** A word as it is compared, before stemming: lower case, no accents, no possessive "’s", no apostrophes. */
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
    term = stemmer(normaliseWord(word));
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

/** The terms of a text, in order. */
export const termsOf = (text: string): string[] => wordSpans(text).map((s) => s.term);

/** Where a text uses an abbreviation: the words it spans (indexes into its word spans), and in which form. */
export interface AcronymUse {
  acronym: AcronymForms;
  form: 'short' | 'expansion';
  /** The first word and the word after the last, as indexes into the text's word spans. */
  from: number;
  to: number;
}

interface AcronymTerms {
  acronym: AcronymForms;
  /** The short form's term ("bbr"). */
  short: string;
  /** The expansion's terms, in order ("build", "better", "relationship"). */
  expansion: string[];
  /** The short form as printed, and with a plural "s": matched in that letter case only ("PO", not "po"). */
  printed: Set<string>;
  // (A possessive, "BBR’s", is read as the printed form: acronymUses drops the "’s".)
}

/** Each list's abbreviations, and those looked up by a word as printed (short form) or by a first term (expansion). */
interface AcronymTable {
  list: AcronymTerms[];
  byPrinted: Map<string, AcronymTerms[]>;
  byFirstTerm: Map<string, AcronymTerms[]>;
}

const acronymTables = new WeakMap<readonly AcronymForms[], AcronymTable>();

const listed = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const values = map.get(key);
  if (values) values.push(value);
  else map.set(key, [value]);
};

/** An abbreviation list's terms and lookup tables, worked out once per list. */
function acronymTable(acronyms: readonly AcronymForms[]): AcronymTable {
  let table = acronymTables.get(acronyms);
  if (!table) {
    const list = acronyms.map((acronym) => ({
      acronym,
      short: termOf(acronym.short),
      expansion: termsOf(acronym.expansion),
      printed: new Set([acronym.short, `${acronym.short}s`]),
    }));
    table = { list, byPrinted: new Map(), byFirstTerm: new Map() };
    for (const a of list) {
      for (const p of a.printed) listed(table.byPrinted, p, a);
      if (a.expansion[0]) listed(table.byFirstTerm, a.expansion[0], a);
    }
    acronymTables.set(acronyms, table);
  }
  return table;
}

/** Each abbreviation's terms, worked out once per list. */
export function termsOfAcronyms(acronyms: readonly AcronymForms[]): AcronymTerms[] {
  return acronymTable(acronyms).list;
}

/** Every place a text uses an abbreviation in either form, in order. */
export function acronymUses(text: string, spans: readonly WordSpan[], acronyms: readonly AcronymForms[]): AcronymUse[] {
  const uses: AcronymUse[] = [];
  const { byPrinted, byFirstTerm } = acronymTable(acronyms);
  spans.forEach((span, i) => {
    // As printed, or with a possessive ("BBR’s"), never in another letter case.
    for (const a of byPrinted.get(text.slice(span.start, span.end).replace(/['’‘`]s$/, '')) ?? [])
      uses.push({ acronym: a.acronym, form: 'short', from: i, to: i + 1 });
    for (const a of byFirstTerm.get(span.term) ?? []) {
      const n = a.expansion.length;
      if (a.expansion.every((t, k) => spans[i + k]?.term === t)) uses.push({ acronym: a.acronym, form: 'expansion', from: i, to: i + n });
    }
  });
  return uses;
}

/**
 * The term of a pair of neighbouring words, which a quoted phrase is matched by: "_unpaid work". Never a word's term:
 * the leading "_" (which no word holds) files every pair before the words, so a word's prefix ("work", the start of
 * "workload") never reaches the pairs that start with it ("_work plan"), and a search fetches no chunk of them.
 */
export const pairTerm = (a: string, b: string): string => `_${a} ${b}`;

/** Whether a term is a pair of words (pairTerm) rather than a word. */
export const isPairTerm = (term: string): boolean => term.startsWith('_');

const hyphen = /^[-‐‑]$/;
const joining = /^[\s\-‐‑]*$/;

/**
 * Every term a document is matched by, repeats kept: each word's term; after a hyphenated pair, their joined term;
 * each pair of neighbouring words (for quoted phrases); and for each abbreviation the text uses, the other form's
 * terms and pairs.
 */
export function documentTerms(text: string, acronyms: readonly AcronymForms[]): string[] {
  const spans = wordSpans(text);
  const terms: string[] = [];
  spans.forEach((s, i) => {
    terms.push(s.term);
    const prev = spans[i - 1];
    if (!prev) return;
    const gap = text.slice(prev.end, s.start);
    // A phrase's words stand together: a pair never spans a full stop, a comma or a bracket.
    if (joining.test(gap)) terms.push(pairTerm(prev.term, s.term));
    if (hyphen.test(gap)) terms.push(termOf(normaliseWord(text.slice(prev.start, prev.end)) + normaliseWord(text.slice(s.start, s.end))));
  });
  const list = termsOfAcronyms(acronyms);
  for (const use of acronymUses(text, spans, acronyms)) {
    const a = list.find((x) => x.acronym === use.acronym);
    if (!a) continue;
    if (use.form === 'expansion') terms.push(a.short);
    else {
      terms.push(...a.expansion);
      a.expansion.slice(1).forEach((t, k) => terms.push(pairTerm(a.expansion[k] ?? '', t)));
    }
  }
  return terms;
}

/** A query word as it is looked up: its term, and whether it may also match as the start of longer terms. */
export interface QueryWord {
  term: string;
  prefix: boolean;
  /** A prefix word as typed, normalised but not stemmed ("probati"), whose stem may be longer than the word's own. */
  typed?: string;
}

/**
 * The terms a word typed in part may be the start of, besides those starting with its own term: its stem can be longer
 * than the stem of the whole word ("probati" stems to itself, "probation" to "probat"), so the typed word's own starts,
 * down to three letters fewer (and at least four letters), are terms it may be the start of too.
 */
export function partialStems(word: QueryWord): string[] {
  if (!word.prefix || !word.typed) return [];
  const starts: string[] = [];
  for (let n = word.typed.length - 1; n >= Math.max(4, word.typed.length - 3); n--) starts.push(word.typed.slice(0, n));
  return starts.filter((t) => t !== word.term);
}

/** Whether a word term answers a prefix word: it starts with the word's term, or is one of its partial stems. */
export function startsLike(word: QueryWord, term: string): boolean {
  return !isPairTerm(term) && (term.startsWith(word.term) || partialStems(word).includes(term));
}

/** A query read into words. */
export interface ParsedQuery {
  /** Every word, each once. */
  words: QueryWord[];
  /** The quoted phrases of two or more words, each its terms in order: a document must hold each as written. */
  phrases: string[][];
  /** The pairs of neighbouring words as typed (pairTerm): a document holding them ranks higher. */
  pairs: string[];
}

/**
 * A query's words and quoted phrases. Every word must be in a document for it to match wholly; a phrase in double
 * quotes must be there as written (its words next to each other, in order). The last word, when it is unquoted, has
 * at least three letters and is not followed by a space, may also match as a prefix ("vict" finds "victim"); the
 * prefix is used only when no document holds the word itself (query.ts, `matchQuery`; the explorer likewise).
 */
export function parseQuery(query: string): ParsedQuery {
  const words: QueryWord[] = [];
  const phrases: string[][] = [];
  const sequence: string[] = [];
  const add = (term: string, prefix: boolean, typed: string) => {
    const known = words.find((w) => w.term === term);
    if (known) known.prefix ||= prefix;
    else words.push({ term, prefix });
    const word = known ?? words[words.length - 1];
    if (word && prefix) word.typed = typed;
  };
  // Quotes as typed: straight or curly; an unclosed quote runs to the end.
  const parts = query.split(/["“”]/);
  parts.forEach((part, i) => {
    const quoted = i % 2 === 1;
    const spans = wordSpans(part);
    if (quoted && spans.length > 1) phrases.push(spans.map((s) => s.term));
    spans.forEach((s, k) => {
      sequence.push(s.term);
      const last = i === parts.length - 1 && k === spans.length - 1;
      add(s.term, !quoted && last && s.term.length >= 3 && !/\s$/.test(query), normaliseWord(part.slice(s.start, s.end)));
    });
  });
  const pairs = [...new Set(sequence.slice(1).map((t, k) => pairTerm(sequence[k] ?? '', t)))];
  return { words, phrases, pairs };
}

/** The words of a query, each once (parseQuery without its phrases). */
export const queryWords = (query: string): QueryWord[] => parseQuery(query).words;

/**
 * Whether a set of a document's terms matches a query wholly: it holds every word (a prefix word: the word or, when
 * `prefixed` allows it, a term starting with it) and every phrase's neighbouring pairs. What the explorer's keyword box
 * keeps, and what search ranks first.
 */
export function holdsEveryWord(terms: ReadonlySet<string>, query: ParsedQuery, prefixed: (word: QueryWord) => boolean): boolean {
  return (
    query.words.every((w) => terms.has(w.term) || (prefixed(w) && [...terms].some((t) => startsLike(w, t)))) &&
    query.phrases.every((p) => p.slice(1).every((t, k) => terms.has(pairTerm(p[k] ?? '', t))))
  );
}
