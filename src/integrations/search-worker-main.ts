/**
 * Runs in a worker thread during `npm run build`, on the other core: takes each indexed page's HTML as Astro renders
 * it, adds both forms of the acronyms it uses, reads its words and filters, and writes its fragment into
 * `<out>/search-index/` under a provisional name; when told to, it completes the index there (every file
 * gzip-compressed) and reports back. Any problem is reported as a message, never thrown past the thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Acronym } from '../schemas/acronym';
import { withSearchTerms } from '../lib/publishing/search-terms';
import { readPage } from '../lib/search/page-html';
import { SearchIndexBuilder } from '../lib/search/index-writer';
import { packFile, writeIndex, writePendingFragment } from './search-index-files';

/** What the thread is started with: the acronyms, and the folder to write the index to (`<out>/search-index/`). */
export interface WorkerData {
  acronyms: Acronym[];
  dir: string;
}
/** What the build sends: pages to index (a batch), or word that the last page has been sent. */
export type WorkerRequest = { type: 'pages'; pages: { file: string; html: Uint8Array }[] } | { type: 'finish' };
/** What the worker answers to "finish". */
export type WorkerReply = { type: 'done'; pages: number; files: number; writeSeconds: number } | { type: 'failed'; message: string };

const port = parentPort;
if (!port) throw new Error('search-worker-main.ts runs only as a worker thread.');
const { acronyms, dir } = workerData as WorkerData;
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
        const added = page && builder.add(url, page);
        // Written now, while Astro renders, so that the end only has to rename it.
        if (added) writePendingFragment(dir, added.page, added.fragment);
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
    const files = writeIndex(dir, index);
    reply = { type: 'done', pages: builder.size, files, writeSeconds: (performance.now() - started) / 1000 };
  } catch (error) {
    reply = { type: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
