/**
 * "Did you mean…" for a search with no results: each word of the query that the site's vocabulary does not hold
 * is replaced by the nearest word it does hold (Damerau–Levenshtein distance: one edit for words of up to five
 * letters, two for longer ones; among equally near words, the more frequent), and the corrected query is offered
 * only when something changed. The vocabulary lists words most frequent first (src/lib/publishing/search-vocabulary.ts).
 */
export function suggestQuery(query: string, vocabulary: readonly string[]): string | undefined {
  const known = new Set(vocabulary);
  let changed = false;
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      if (!/^[a-z]+$/.test(word) || word.length < 3 || isKnown(word, known, vocabulary)) return word;
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
      if (best === undefined) return word;
      changed = true;
      return best;
    });
  return changed ? words.join(' ') : undefined;
}

/**
 * Whether search already reads a word: the vocabulary holds it, or a form of it that differs only by an ending of up
 * to three letters ("caseloads" and "caseload", "assess" and "assessed"), which search's stemming matches anyway.
 */
function isKnown(word: string, known: ReadonlySet<string>, vocabulary: readonly string[]): boolean {
  if (known.has(word)) return true;
  const close = (stem: string, longer: string) => stem.length >= 4 && longer.startsWith(stem) && longer.length - stem.length <= 3;
  return vocabulary.some((v) => close(v, word) || close(word, v));
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
