/**
 * The one module that reads Astro's content store. Pages get the prepared, cross-checked site model
 * from here; everything it calls is pure (src/lib).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { join } from 'node:path';
import { loadReference, type Reference } from '../lib/model/reference';
import { loadRegistry, type Registry } from '../lib/model/registry';
import { loadLetterVersions } from '../lib/model/letter-versions';
import type { LetterVersions } from '../schemas/letter-versions';
import { buildSiteModel, type SiteModel } from '../lib/model/site-model';
import { bodyNarrative, checkedNarrative } from '../lib/checking/checked-narratives';
import { loadCorrections } from '../lib/corrections/letter-corrections';
import { noCorrections, type LetterCorrections } from '../lib/model/correction-types';
import { siteCharts, type ChartCatalogue } from '../lib/charts/catalogue';
import { siteSimilarity, type SiteSimilarity } from '../lib/similarity/similar';
import { siteConfig } from '../site.config';
import type { CardSummary } from '../lib/images/drawn-images';
import { prepared } from '../lib/build/prepared';
import { imageFonts } from '../lib/typesetting/fonts';
import { chartCredit, chartSvgs, siteCards } from '../lib/build/image-jobs';
import { explorerIndex, explorerPageSize, explorerRowsInOrder } from '../lib/publishing/explorer-files';
import { pageCount } from '../lib/url-state/pagination';
import type { ExplorerManifest, ExplorerShownRow, ExplorerYearFile } from '../lib/url-state/explorer-index';

/** The recommendations explorer's pages and index (see explorerPages). */
export interface ExplorerPages {
  /** Every recommendation as a row, newest first. */
  rows: ExplorerShownRow[];
  /** Rows on a full page, and how many pages there are. */
  pageSize: number;
  pages: number;
  /** The index the explorer's script loads on demand. */
  index: { manifest: ExplorerManifest; years: ExplorerYearFile[] };
}

/** A letter entry as the content layer gives it. */
export type LetterEntry = CollectionEntry<'letters'>;

interface Loaded {
  entries: LetterEntry[];
  reference: Reference;
  registry: Registry;
  versions: LetterVersions;
  model: SiteModel;
  charts: ChartCatalogue;
  corrections: ReadonlyMap<string, LetterCorrections>;
}

let cached: Promise<Loaded> | undefined;

async function load(): Promise<Loaded> {
  const entries = await getCollection('letters');
  const reference = loadReference(join(siteConfig.contentDir, 'reference'));
  const registry = loadRegistry(siteConfig.contentDir);
  // The content check made sure every letter's recorded version is its current text.
  const versions = loadLetterVersions(siteConfig.contentDir);
  // The content check ran before Astro read these entries (src/integrations/check-and-prepare.ts).
  const letters = entries.map((e) => e.data);
  entries.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.data.id.localeCompare(b.data.id));
  // Each letter's narrative, for the domain pages: as the content check read it in this build, else from its body.
  const narratives = new Map(entries.map((e) => [e.data.id, checkedNarrative(e.data.id) ?? bodyNarrative(e.body ?? '', e.data)]));
  // What each entry changed relative to its import record (the content check refused any record that would not do).
  const corrections = loadCorrections(siteConfig.contentDir, letters);
  const model = buildSiteModel(letters, reference, { narratives, corrections });
  return { entries, reference, registry, versions, model, charts: siteCharts(model), corrections };
}

const loaded = () => (cached ??= load());

/** Every letter entry (for rendering MDX bodies), newest first. */
export async function letterEntries(): Promise<LetterEntry[]> {
  return (await loaded()).entries;
}

/** The cross-linked model of the whole site. */
export async function siteModel(): Promise<SiteModel> {
  return (await loaded()).model;
}

/** The reference data (regions, frameworks, areas, tagging rules). */
export async function reference(): Promise<Reference> {
  return (await loaded()).reference;
}

/** The id registry, for redirect pages of retired ids. */
export async function registry(): Promise<Registry> {
  return (await loaded()).registry;
}

/** Every chart the site draws, filed by region, PDU and domain (each page shows its own; /data/charts/ serves their data). */
export async function charts(): Promise<ChartCatalogue> {
  return (await loaded()).charts;
}

/** Each letter's recorded version (content/letter-versions.json): the dates of the feeds' entries. */
export async function letterVersions(): Promise<LetterVersions> {
  return (await loaded()).versions;
}

/** What the editors changed in a letter relative to its import record (src/lib/corrections/); empty when nothing differs. */
export async function letterCorrections(id: string): Promise<LetterCorrections> {
  return (await loaded()).corrections.get(id) ?? noCorrections(id);
}

let similarity: Promise<SiteSimilarity> | undefined;

/**
 * Similar recommendations and findings, and the recurring recommendations: once per build, on first use, from the
 * links the build's preparation thread worked out when they are for exactly these texts.
 */
export function similar(): Promise<SiteSimilarity> {
  return (similarity ??= Promise.all([loaded(), prepared()]).then(([l, p]) =>
    siteSimilarity(l.model, l.reference.acronyms, p?.similarity),
  ));
}

let cards: Promise<ReadonlyMap<string, CardSummary>> | undefined;
let chartFiles: Promise<ReadonlyMap<string, string>> | undefined;

/** Every page's share card (its site path and alternative text), by the card's site path. */
export function shareCards(): Promise<ReadonlyMap<string, CardSummary>> {
  // In a build, the preparation thread drew them all for the PNG list: read those rather than draw them again.
  return (cards ??= (prepared() ?? Promise.resolve(undefined)).then(
    (p) => p?.images?.cards ?? loaded().then((l) => siteCards(l.model, imageFonts(), siteConfig.title)),
  ));
}

/** Every chart's standalone SVG file, by chart id. */
export function chartSvgFiles(): Promise<ReadonlyMap<string, string>> {
  return (chartFiles ??= (prepared() ?? Promise.resolve(undefined)).then(
    (p) =>
      p?.images?.chartSvgs ??
      loaded().then((l) => chartSvgs(l.charts.all, imageFonts(), chartCredit(siteConfig.title, siteConfig.site, siteConfig.base))),
  ));
}

/** A page's share card, for its Open Graph tags: the card's site path and its alternative text. */
export async function shareCard(path: string): Promise<{ path: string; alt: string }> {
  const card = (await shareCards()).get(path);
  if (!card) throw new Error(`No share card is drawn for ${path}`);
  return { path: card.path, alt: card.alt };
}

let explorer: Promise<ExplorerPages> | undefined;

/** The recommendations explorer's rows in their first order, split into pages, and its index: worked out once per build. */
export function explorerPages(): Promise<ExplorerPages> {
  return (explorer ??= loaded().then((l) => {
    const rows = explorerRowsInOrder(l.model.recommendations);
    const pageSize = explorerPageSize();
    return { rows, pageSize, pages: pageCount(rows.length, pageSize), index: explorerIndex(l.model.recommendations, l.reference.acronyms) };
  }));
}
