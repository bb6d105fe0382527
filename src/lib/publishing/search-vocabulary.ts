import type { SiteModel } from '../model/site-model';
import type { Acronym } from '../../schemas/acronym';

/** Text besides the model that search indexes: the letters' narrative (MDX bodies) and the acronym list. */
export interface VocabularySources {
  bodies: readonly string[];
  acronyms: readonly Acronym[];
}

/** How many words the search page's vocabulary keeps: enough for every word the letters use more than once. */
export const vocabularySize = 6000;

/**
 * The words search can suggest for a word the letters never use: every word of three or more letters in the
 * findings, recommendations, the letters' narrative (components and comments left out), PDU and region names and
 * both forms of each acronym (lower case, letters only), most frequent first, ties in alphabetical order so the
 * file is the same on every build. A word search indexes is never "corrected" into another.
 */
export function searchVocabulary(model: SiteModel, sources: VocabularySources): string[] {
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
  for (const body of sources.bodies)
    add(
      body
        .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
        .replace(/<[^>]*>/g, ' ')
        .replace(/\]\([^)]*\)/g, ' '),
    );
  for (const a of sources.acronyms) add(`${a.short} ${a.expansion}`);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, vocabularySize)
    .map(([word]) => word);
}
