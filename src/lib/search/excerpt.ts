/**
 * A result's excerpt: about thirty words of the item's own text around the best match, never anything added for
 * matching. It is cut at word boundaries within one paragraph (so it is always a run of text the item's page shows),
 * with "…" wherever it is cut, escaped, and with `<mark>` around each word the query matched: the word itself, or,
 * where the match came through an abbreviation, the words the text actually uses ("Building Better Relationships" for
 * "BBR", "BBR" for "Building Better Relationships").
 */
import { escapeMarkup } from '../escape';
import {
  acronymUses,
  startsLike,
  type AcronymForms,
  termsOfAcronyms,
  wordSpans,
  type ParsedQuery,
  type QueryWord,
  type WordSpan,
} from '../language/reading';

/** Words shown before the first match. */
const leadIn = 5;

/** The mark of a cut. */
export const ellipsis = '…';

const escapeHtml = escapeMarkup;

/** Whether a term answers a query word: the same term, or for a prefix word, a term starting with it. */
const answers = (term: string, words: readonly QueryWord[]) => words.some((w) => w.term === term || (w.prefix && startsLike(w, term)));

/** Which words of a paragraph the query matched: its own words, and both forms of an abbreviation the query names. */
function matchedWords(text: string, spans: readonly WordSpan[], query: ParsedQuery, acronyms: readonly AcronymForms[]): boolean[] {
  const hits = spans.map((s) => answers(s.term, query.words));
  const terms = new Set(query.words.map((w) => w.term));
  const list = termsOfAcronyms(acronyms);
  for (const use of acronymUses(text, spans, acronyms)) {
    const a = list.find((x) => x.acronym === use.acronym);
    if (!a) continue;
    // "BBR" asked for: the expansion the text writes is what matched; the expansion asked for: the short form is.
    const asked = use.form === 'expansion' ? terms.has(a.short) : a.expansion.every((t) => terms.has(t));
    if (asked) for (let i = use.from; i < use.to; i++) hits[i] = true;
  }
  return hits;
}

/** The best window of `length` words in a paragraph: the most different matched terms, then the most matches, then the earliest. */
function bestWindow(spans: readonly WordSpan[], hits: readonly boolean[], length: number): { start: number; value: number } {
  let best = 0;
  let bestValue = -1;
  const inWindow = new Map<string, number>();
  let hitsIn = 0;
  const enter = (i: number, step: 1 | -1) => {
    if (!hits[i]) return;
    const term = spans[i]?.term ?? '';
    const n = (inWindow.get(term) ?? 0) + step;
    if (n) inWindow.set(term, n);
    else inWindow.delete(term);
    hitsIn += step;
  };
  for (let i = 0; i < Math.min(length, spans.length); i++) enter(i, 1);
  for (let start = 0; start < Math.max(1, spans.length - length + 1); start++) {
    if (start > 0) {
      enter(start - 1, -1);
      enter(start + length - 1, 1);
    }
    const value = inWindow.size * 1000 + hitsIn;
    if (value > bestValue) {
      best = start;
      bestValue = value;
    }
  }
  // Lead in with a few words before the first match, where the text has them.
  const firstHit = hits.indexOf(true, best);
  if (firstHit >= 0) best = Math.max(best, Math.min(firstHit - leadIn, spans.length - length));
  return { start: Math.max(0, best), value: bestValue };
}

/**
 * The excerpt of an item's paragraphs for a query, as HTML (text escaped, matched words in `<mark>`): the window of
 * `length` words holding the most different query words in any one paragraph, or with no match the first paragraph's
 * first words. Without its marks and ellipses it is always a substring of one paragraph.
 */
export function excerpt(paragraphs: readonly string[], query: ParsedQuery, acronyms: readonly AcronymForms[], length = 30): string {
  let chosen: { text: string; spans: WordSpan[]; hits: boolean[]; start: number } | undefined;
  let chosenValue = -1;
  for (const text of paragraphs) {
    const spans = wordSpans(text);
    if (!spans.length) continue;
    const hits = matchedWords(text, spans, query, acronyms);
    const { start, value } = bestWindow(spans, hits, length);
    if (value > chosenValue) {
      chosen = { text, spans, hits, start };
      chosenValue = value;
    }
  }
  if (!chosen) return '';
  const { text, spans, hits, start } = chosen;
  const shown = spans.slice(start, start + length);
  const first = shown[0];
  const last = shown[shown.length - 1];
  if (!first || !last) return '';
  // The text before the first word is kept only when it is the paragraph's start (an opening quote or bracket).
  let html = start === 0 ? escapeHtml(text.slice(0, first.start)) : ellipsis;
  let at = first.start;
  shown.forEach((s, i) => {
    html += escapeHtml(text.slice(at, s.start));
    const word = escapeHtml(text.slice(s.start, s.end));
    html += hits[start + i] ? `<mark>${word}</mark>` : word;
    at = s.end;
  });
  const rest = text.slice(last.end);
  // The paragraph's end is shown whole (its full stop, a closing quote); a cut ends at the word, then "…".
  html += start + length >= spans.length ? escapeHtml(rest) : ellipsis;
  return html;
}
