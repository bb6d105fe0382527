/**
 * What search covers, made from the site model (never read back out of built pages): one document for each letter,
 * finding, recommendation and PDU, with the URL, title and facets of its page, and the words it is matched by. What a
 * result may show (`paragraphs`) is only the item's own published words: a finding's or recommendation's text, a
 * letter's narrative paragraphs as the content check read them, a PDU page's opening sentences. Titles and section
 * headings help a document match and rank, and an abbreviation is matched in both forms (words.ts), but neither is
 * ever shown as the item's text.
 */
import type { NarrativeParagraph } from '../checking/body-narrative';
import type { SiteModel } from '../model/site-model';
import type { Place } from '../../schemas/place';
import { paths } from '../urls';
import { findingHeading, recommendationHeading } from '../words/labels';
import { placesSentence } from '../words/places';
import { pduOpening } from '../words/sentences';
import type { FacetKey } from './facet-keys';
import { findingEntry, letterEntry, pduEntry, recommendationEntry, type SearchEntry } from './facets';

/** One page as search files it. */
export interface SearchDocument {
  /** The page's path under the site's base path, without its leading slash: "recommendations/x/". */
  url: string;
  /** The page's h1, which a result is titled by. */
  title: string;
  /** The ISO date results are sorted by. */
  date: string;
  /** What a result says it is ("Recommendation"), where it stands ("Greater Manchester › Wigan"), its date as written. */
  kind: string;
  breadcrumb: string;
  shownDate: string;
  /** The facet values the search page filters by. */
  facets: Partial<Record<FacetKey, string[]>>;
  /** The item's own words, a paragraph each, as its page shows them: what an excerpt is cut from. */
  paragraphs: string[];
  /** Headings on the page (a letter's section titles): matched and ranked like headings, never shown as text. */
  headings: string[];
}

/** How much a word counts where it stands: in the title as much as Pagefind counted an h1, in a heading an h3. */
export const fieldWeight = { title: 7, heading: 5, text: 1 } as const;

/** A page's path under the base, without its leading slash. */
const under = (path: string) => path.replace(/^\//, '');

const document = (url: string, title: string, entry: SearchEntry, paragraphs: string[], headings: string[] = []): SearchDocument => ({
  url: under(url),
  title,
  date: entry.date,
  kind: entry.meta.kind,
  breadcrumb: entry.meta.breadcrumb,
  shownDate: entry.meta.date,
  facets: entry.filters,
  paragraphs: paragraphs.filter((p) => p.trim()),
  headings,
});

/** Everything the content check read of the letters that search needs: each letter's narrative, by letter id. */
export interface DocumentSources {
  narratives: ReadonlyMap<string, readonly NarrativeParagraph[]>;
  places: readonly Place[];
}

/**
 * Every document search covers, letters first, then findings, recommendations and PDUs, in the model's order. A
 * letter without a narrative from the content check is a mistake in the build, not a letter with no words.
 */
export function searchDocuments(model: SiteModel, sources: DocumentSources): SearchDocument[] {
  const letters = model.letters.map((l) => {
    const narrative = sources.narratives.get(l.letter.id);
    if (!narrative) throw new Error(`Search was given no narrative for letter ${l.letter.id}`);
    return document(
      paths.letter(l.letter.id),
      l.letter.title,
      letterEntry(l),
      narrative.map((p) => p.text),
      l.letter.sections.map((s) => s.title),
    );
  });
  const findings = model.findings.map((f) => document(paths.finding(f.finding.id), findingHeading(f), findingEntry(f), [f.finding.text]));
  const recommendations = model.recommendations.map((r) =>
    document(paths.recommendation(r.recommendation.id), recommendationHeading(r), recommendationEntry(r), [r.recommendation.text]),
  );
  const pdus = model.pdus.map((p) =>
    document(paths.pdu(p.id), `${p.name} PDU`, pduEntry(p), [pduOpening(p), placesSentence(p.id, sources.places) ?? '']),
  );
  return [...letters, ...findings, ...recommendations, ...pdus];
}
