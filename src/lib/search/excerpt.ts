/**
 * A result's excerpt: about thirty words of its text around the best match, escaped, with `<mark>` around each word
 * the query matched (the search page keeps only those tags).
 */
import { wordSpans, type QueryWord } from './words';

/** Words shown before the first match. */
const leadIn = 5;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Whether a term answers a query word: the same term, or for the prefix word, a term starting with it. */
const answers = (term: string, words: readonly QueryWord[]) => words.some((w) => w.term === term || (w.prefix && term.startsWith(w.term)));

/**
 * The window of `length` words holding the most different query words (then the most matches, then the earliest),
 * as HTML: text escaped, matched words in `<mark>`. With no match it is the text's first words.
 */
export function excerpt(text: string, words: readonly QueryWord[], length = 30): string {
  const spans = wordSpans(text);
  if (!spans.length) return escapeHtml(text.slice(0, 200));
  const hits = spans.map((s) => answers(s.term, words));
  // Slide a window of `length` words along the text, keeping how often each matched term is in it.
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
  const shown = spans.slice(best, best + length);
  const first = shown[0];
  if (!first) return '';
  let html = '';
  let at = best === 0 ? 0 : first.start;
  shown.forEach((s, i) => {
    html += escapeHtml(text.slice(at, s.start));
    const word = escapeHtml(text.slice(s.start, s.end));
    html += hits[best + i] ? `<mark>${word}</mark>` : word;
    at = s.end;
  });
  return html;
}
