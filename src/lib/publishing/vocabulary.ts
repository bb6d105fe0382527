import type { SiteModel } from '../model/site-model';

/** How many words the search page's vocabulary keeps: enough for every word the letters use more than once. */
export const vocabularySize = 6000;

/**
 * The words search can suggest when a query finds nothing: every word of three or more letters in the findings,
 * recommendations, PDU and region names (lower case, letters only), most frequent first, ties in alphabetical
 * order so the file is the same on every build.
 */
export function searchVocabulary(model: SiteModel): string[] {
  const counts = new Map<string, number>();
  const add = (text: string) => {
    for (const word of text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .match(/[a-z]{3,}/g) ?? [])
      counts.set(word, (counts.get(word) ?? 0) + 1);
  };
  for (const f of model.findings) add(f.finding.text);
  for (const r of model.recommendations) add(r.recommendation.text);
  for (const p of model.pdus) add(p.name);
  for (const r of model.regions) add(r.region.name);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, vocabularySize)
    .map(([word]) => word);
}
