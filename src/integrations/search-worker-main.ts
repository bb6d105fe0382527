/**
 * Runs in a worker thread during `npm run build`, on the other core: takes each indexed page's HTML as Astro renders
 * it, adds both forms of the acronyms it uses, reads its words and filters, and when told to, writes the index into
 * `<out>/search-index/` (every file gzip-compressed) and reports back. Any problem is reported as a message, never
 * thrown past the thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Acronym } from '../schemas/acronym';
import { withSearchTerms } from '../lib/publishing/search-terms';
import { readPage } from '../lib/search/page-html';
import { SearchIndexBuilder } from '../lib/search/index-writer';
import { packFile, writeIndex } from './search-index-files';

/** What the build sends: a page to index, or the folder to write the index to. */
export type WorkerRequest = { type: 'pages'; pages: { file: string; html: Uint8Array }[] } | { type: 'finish'; dir: string };
/** What the worker answers to "finish". */
export type WorkerReply = { type: 'done'; pages: number; files: number; writeSeconds: number } | { type: 'failed'; message: string };

const port = parentPort;
if (!port) throw new Error('search-worker-main.ts runs only as a worker thread.');
const { acronyms } = workerData as { acronyms: Acronym[] };
const builder = new SearchIndexBuilder({ pack: packFile });
const problems: string[] = [];
// Astro writes pages as UTF-8; a byte that is not fails the page rather than being replaced.
const utf8 = new TextDecoder('utf-8', { fatal: true });

port.on('message', (request: WorkerRequest) => {
  if (request.type === 'pages') {
    for (const { file, html } of request.pages) {
      const url = file.replace(/index\.html$/, '');
      try {
        const page = readPage(withSearchTerms(utf8.decode(html), acronyms));
        // A page of an indexed type with nothing marked for search (the recurring recommendations) is left out.
        if (page) builder.add(url, page);
      } catch (error) {
        problems.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return;
  }
  let reply: WorkerReply;
  try {
    if (problems.length) throw new Error(problems.join('; '));
    const started = performance.now();
    // finish() names every page search refused; with none refused and none given, there is nothing to search.
    const index = builder.finish();
    if (!builder.size) throw new Error('no page was given to index');
    const files = writeIndex(request.dir, index);
    reply = { type: 'done', pages: builder.size, files, writeSeconds: (performance.now() - started) / 1000 };
  } catch (error) {
    reply = { type: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
