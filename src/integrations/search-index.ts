import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { setSearchSink } from '../lib/publishing/search-sink';
import { loadReference } from '../lib/model/reference';
import { count } from '../lib/words/vocabulary';
import type { WorkerData, WorkerReply, WorkerRequest } from './search-worker-main';

/**
 * Builds the site's search index during `astro build`. A worker thread (src/integrations/search-worker.mjs) starts
 * before Astro renders; the middleware hands it each indexed page as it is rendered, so the words are read and
 * stemmed (and its fragment written) on the other core while Astro goes on rendering; when every page is done the
 * worker completes the index in `<out>/search-index/` (src/lib/search/index-format.ts). Any indexing problem fails the
 * build with what went wrong; the build script then publishes nothing (src/cli/build.mjs), and it checks the index is
 * there with every other file.
 * Each page is indexed with the acronyms it uses in both forms (content/reference/acronyms.json), so "BBR" finds a
 * page that says "Building Better Relationships", and the other way round.
 */
/** How many pages, or bytes of them, go to the indexing thread in one message. */
const batchPages = 64;
const batchBytes = 1 << 20;

/** Gathers pages and hands them on, `batchPages` or `batchBytes` at a time, and whatever is left when flushed. */
export function pageBatch(send: (pages: { file: string; html: Uint8Array }[]) => void) {
  let pages: { file: string; html: Uint8Array }[] = [];
  let bytes = 0;
  const flush = () => {
    if (!pages.length) return;
    const full = pages;
    pages = [];
    bytes = 0;
    send(full);
  };
  return {
    add(file: string, html: Uint8Array) {
      pages.push({ file, html });
      bytes += html.byteLength;
      if (pages.length >= batchPages || bytes >= batchBytes) flush();
    },
    flush,
  };
}

export function searchIndexIntegration(contentDir: string): AstroIntegration {
  let root: URL | undefined;
  let outDir: URL | undefined;
  let worker: Worker | undefined;
  let failure: Error | undefined;
  let started = 0;
  let batch: ReturnType<typeof pageBatch> | undefined;
  return {
    name: 'probation-inspections:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        // Where the pages are written (a static build's output); its fragments are written there as they come.
        outDir = config.outDir;
      },
      'astro:build:start': () => {
        started = performance.now();
        const { acronyms } = loadReference(join(contentDir, 'reference'));
        const script = new URL('src/integrations/search-worker.mjs', root ?? pathToFileURL(`${process.cwd()}/`));
        const dir = fileURLToPath(new URL('search-index/', outDir ?? pathToFileURL(`${process.cwd()}/dist/`)));
        const open = new Worker(script, { workerData: { acronyms, dir } satisfies WorkerData });
        open.on('error', (error) => (failure = error));
        // A build that stops before the last page must not be kept running by the thread; it is held again to finish.
        open.unref();
        worker = open;
        // Pages go to the thread in batches, their buffers moved, not copied (the middleware gives them up): each
        // message costs the main thread a fixed 50 to 250 µs whatever it carries, about 10 s at 1,000 letters one
        // page at a time.
        batch = pageBatch((pages) =>
          open.postMessage(
            { type: 'pages', pages } satisfies WorkerRequest,
            pages.map((p) => p.html.buffer as ArrayBuffer),
          ),
        );
        setSearchSink({ add: (file, html) => batch?.add(file, html) });
      },
      'astro:build:done': async ({ dir, logger }) => {
        setSearchSink(undefined);
        batch?.flush();
        batch = undefined;
        const open = worker;
        if (!open) return;
        try {
          if (failure) throw failure;
          // The fragments went where the pages go, as the build started; the index must be completed there.
          if (outDir && dir.href !== outDir.href) throw new Error(`the pages went to ${dir.href}, not ${outDir.href}`);
          const pagesDone = performance.now();
          open.ref();
          const reply = await new Promise<WorkerReply>((resolve, reject) => {
            open.once('message', resolve);
            open.once('error', reject);
            open.once('exit', (code) => reject(new Error(`the indexing thread stopped (exit code ${code})`)));
            open.postMessage({ type: 'finish' } satisfies WorkerRequest);
          });
          if (reply.type === 'failed') throw new Error(reply.message);
          const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
          // What indexing added to the build: the time from the last page to the written index (the thread catching up
          // with the pages still queued, then numbering the documents and writing the files).
          logger.info(
            `Search index: ${count(reply.pages, 'page')} indexed in ${seconds(started)} s (written ${seconds(pagesDone)} s after the last page, ${reply.writeSeconds.toFixed(1)} s of it numbering and writing)`,
          );
        } catch (error) {
          throw new Error(`Search indexing failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        } finally {
          await open.terminate();
          worker = undefined;
        }
      },
    },
  };
}
