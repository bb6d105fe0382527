/**
 * Runs in a worker thread during `npm run build`, on the other core, while Astro syncs the content and bundles
 * (src/integrations/check-and-prepare.ts starts it once the content check has passed). From the checked letters it works
 * out and writes the list of files a whole build must produce, draws every share card for the list of PNGs, and works
 * out the similarities; it answers with what the pages read of them (src/lib/build/prepared.ts) and which pages the
 * sitemap lists, each dated (src/integrations/sitemap.ts). Then,
 * while Astro renders, it makes the search index from the same model (src/lib/search/) and says when it is written.
 * Any problem is answered as a message, never thrown past the thread.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { siteCharts } from '../lib/charts/catalogue';
import { loadReference, type Reference } from '../lib/model/reference';
import { loadRegistry } from '../lib/model/registry';
import { recurringRecommendations, similarityLinks } from '../lib/similarity/similar';
import { buildSiteModel, type SiteModel } from '../lib/model/site-model';
import type { NarrativeParagraph } from '../lib/checking/body-narrative';
import { writeSiteIndex } from '../lib/search/index-files';
import { datasets } from '../lib/publishing/open-data';
import type { Prepared } from '../lib/build/prepared';
import { outputFile, siteRoutes, sitemapPages, type SitemapPage } from '../lib/publishing/routes';
import { loadLetterVersions } from '../lib/model/letter-versions';
import type { Letter } from '../schemas/letter';
import { writeImageJobs } from './write-image-list';

/** What the thread is given. */
export interface PrepRequest {
  /** Every letter the content check passed. */
  letters: Letter[];
  /** The content folder (its reference data and id registry are read from it). */
  contentDir: string;
  /** The site's address. */
  site: string;
  /** Where the list of expected files goes. */
  expectedList: string;
  /** Where the list of PNGs goes, if the build draws them. */
  imageJobs?: string;
  /** Where the search index is written (a folder the build script moves into the output), and each letter's narrative. */
  search?: { dir: string; narratives: Map<string, NarrativeParagraph[]> };
}

/**
 * What it answers: first what the pages read (or what went wrong and in which step), then, once the search index is
 * written while Astro renders, how many documents it holds (or what went wrong).
 */
export type PrepReply =
  | { type: 'done'; prepared: Prepared; sitemap: SitemapPage[] }
  | { type: 'searched'; docs: number; files: number; seconds: number }
  | { type: 'failed'; step: 'images' | 'prepare' | 'search'; message: string };

const port = parentPort;
if (!port) throw new Error('prep-worker-main.ts runs only as a worker thread.');
const request = workerData as PrepRequest;
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

let reply: PrepReply;
let model: SiteModel | undefined;
let reference: Reference | undefined;
try {
  reference = loadReference(join(request.contentDir, 'reference'));
  model = buildSiteModel(request.letters, reference);
  const charts = siteCharts(model).all;
  const similarity = similarityLinks(model, reference.acronyms);
  const routes = siteRoutes(model, {
    charts,
    registry: loadRegistry(request.contentDir),
    datasetFiles: datasets(model, request.site).map((d) => d.file),
    recurringGroups: recurringRecommendations(model, similarity).length,
  });
  writeFileSync(request.expectedList, `${JSON.stringify(routes.map((r) => outputFile(r.path)))}\n`);
  const sitemap = sitemapPages(routes, loadLetterVersions(request.contentDir));
  if (request.imageJobs) {
    try {
      const images = writeImageJobs(request.imageJobs, model, charts, request.site);
      reply = { type: 'done', prepared: { similarity, images }, sitemap };
    } catch (error) {
      reply = { type: 'failed', step: 'images', message: message(error) };
    }
  } else reply = { type: 'done', prepared: { similarity }, sitemap };
} catch (error) {
  reply = { type: 'failed', step: 'prepare', message: message(error) };
}
port.postMessage(reply);

// The search index, from the same model, while Astro renders the pages (which need only the reply above).
if (reply.type === 'done' && request.search && model && reference) {
  const started = performance.now();
  try {
    const written = writeSiteIndex(request.search.dir, model, {
      narratives: request.search.narratives,
      places: reference.places,
      acronyms: reference.acronyms,
    });
    port.postMessage({ type: 'searched', ...written, seconds: (performance.now() - started) / 1000 } satisfies PrepReply);
  } catch (error) {
    port.postMessage({ type: 'failed', step: 'search', message: message(error) } satisfies PrepReply);
  }
}
