/**
 * "Did you mean…" for a search: each word of the query that search does not find in the site's vocabulary is
 * replaced by the nearest word it does hold (Damerau–Levenshtein distance: one edit for words of up to five letters,
 * two for longer ones; among equally near words, the more frequent), and the corrected query is offered only when
 * something changed. Query and vocabulary are read with the site's one notion of a word (src/lib/search/words.ts) and
 * compared in one normal form; the vocabulary lists words most frequent first (src/lib/search/vocabulary.ts).
 */
import { vocabularyWord } from './search-vocabulary';
import { normaliseWord, termOf, wordSpans } from '../language/reading';

/** The terms of a vocabulary's words, worked out once per vocabulary (the page loads it once). */
const vocabularyTerms = new WeakMap<readonly string[], ReadonlySet<string>>();

function termsOfVocabulary(vocabulary: readonly string[]): ReadonlySet<string> {
  let terms = vocabularyTerms.get(vocabulary);
  if (!terms) {
    terms = new Set(vocabulary.map(termOf));
    vocabularyTerms.set(vocabulary, terms);
  }
  return terms;
}

/**
 * The query with each word search would not find replaced by the nearest vocabulary word, the rest as typed (quotes,
 * punctuation, spacing); undefined when no word changed. A word whose term (stemmed, as search files it) is a
 * vocabulary word's term is found, and left alone ("waitings" and "waiting"). A word with a digit, or of fewer than
 * three letters, is never corrected.
 */
export function suggestQuery(query: string, vocabulary: readonly string[]): string | undefined {
  const terms = termsOfVocabulary(vocabulary);
  let suggested = '';
  let from = 0;
  let changed = false;
  for (const span of wordSpans(query)) {
    const word = normaliseWord(query.slice(span.start, span.end));
    if (!vocabularyWord.test(word) || terms.has(span.term)) continue;
    const best = nearest(word, vocabulary);
    if (best === undefined) continue;
    suggested += query.slice(from, span.start) + best;
    from = span.end;
    changed = true;
  }
  return changed ? suggested + query.slice(from) : undefined;
}

/** The vocabulary word nearest a word within its edit limit, the more frequent of equally near ones. */
function nearest(word: string, vocabulary: readonly string[]): string | undefined {
  const limit = word.length <= 5 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of vocabulary) {
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const d = editDistance(word, candidate, limit);
    // The vocabulary is most frequent first, so the first word at the least distance wins.
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 1) break;
    }
  }
  return best;
}

/** Damerau–Levenshtein (optimal string alignment) distance, or limit + 1 once it is surely beyond the limit. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prevPrev[j - 2] ?? 0) + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? 0;
}
