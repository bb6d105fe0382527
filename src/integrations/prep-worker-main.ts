/**
 * Runs in a worker thread during `npm run build`, on the other core, while Astro syncs the content and bundles
 * (src/integrations/content-check.ts starts it once the content check has passed). From the checked letters it works
 * out and writes the list of files a whole build must produce, draws every share card for the list of PNGs, and
 * works out the similarities; it answers with what the pages read of them (src/lib/publishing/prepared.ts). Any
 * problem is answered as a message, never thrown past the thread.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { siteCharts } from '../lib/charts/catalogue';
import { loadReference } from '../lib/model/reference';
import { loadRegistry } from '../lib/model/registry';
import { recurringRecommendations, similarityLinks } from '../lib/model/similar';
import { buildSiteModel } from '../lib/model/site-model';
import { datasets } from '../lib/publishing/open-data';
import type { Prepared } from '../lib/publishing/prepared';
import { expectedFiles } from '../lib/publishing/routes';
import type { Letter } from '../schemas/letter';
import { writeImageJobs } from './image-jobs';

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
}

/** What it answers: what the pages read, or what went wrong and in which step. */
export type PrepReply = { type: 'done'; prepared: Prepared } | { type: 'failed'; step: 'images' | 'prepare'; message: string };

const port = parentPort;
if (!port) throw new Error('prep-worker-main.ts runs only as a worker thread.');
const request = workerData as PrepRequest;
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

let reply: PrepReply;
try {
  const reference = loadReference(join(request.contentDir, 'reference'));
  const model = buildSiteModel(request.letters, reference);
  const charts = siteCharts(model).all;
  const similarity = similarityLinks(model, reference.acronyms);
  const files = expectedFiles(
    model,
    charts,
    loadRegistry(request.contentDir),
    datasets(model, request.site).map((d) => d.file),
    recurringRecommendations(model, similarity).length,
  );
  writeFileSync(request.expectedList, `${JSON.stringify(files)}\n`);
  if (request.imageJobs) {
    try {
      reply = { type: 'done', prepared: { similarity, images: writeImageJobs(request.imageJobs, model, charts, request.site) } };
    } catch (error) {
      reply = { type: 'failed', step: 'images', message: message(error) };
    }
  } else reply = { type: 'done', prepared: { similarity } };
} catch (error) {
  reply = { type: 'failed', step: 'prepare', message: message(error) };
}
port.postMessage(reply);
