import type { SiteModel } from '../model/site-model';
import type { Acronym } from '../../schemas/acronym';
import { normaliseWord, wordSpans } from '../language/reading';

/** Text besides the model that search indexes: the letters' narrative (MDX bodies) and the acronym list. */
export interface VocabularySources {
  bodies: readonly string[];
  acronyms: readonly Acronym[];
}

/** How many words the search page's vocabulary keeps: enough for every word the letters use more than once. */
export const vocabularySize = 6000;

/** A word the vocabulary keeps, in its normal form: letters only, three or more of them. */
export const vocabularyWord = /^\p{L}{3,}$/u;

/** A text's words as the vocabulary keeps them: read and normalised as search reads them (src/lib/search/words.ts), unstemmed. */
export function vocabularyWords(text: string): string[] {
  const words: string[] = [];
  for (const span of wordSpans(text)) {
    const word = normaliseWord(text.slice(span.start, span.end));
    if (vocabularyWord.test(word)) words.push(word);
  }
  return words;
}

/**
 * The words search can suggest for a word the letters never use: every word of three or more letters in the
 * findings, recommendations, the letters' narrative (components and comments left out), PDU and region names and
 * both forms of each acronym, read as search reads words and in the form it compares them in before stemming (lower
 * case, no accents, no possessive or apostrophes), most frequent first, ties in alphabetical order so the file is the
 * same on every build. A word search indexes is never "corrected" into another (src/lib/search/suggest.ts).
 */
export function searchVocabulary(model: SiteModel, sources: VocabularySources): string[] {
  const counts = new Map<string, number>();
  const add = (text: string) => {
    for (const word of vocabularyWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
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
