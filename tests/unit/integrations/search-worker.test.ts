import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import type { WorkerReply, WorkerRequest } from '../../../src/integrations/search-worker-main';
import { pageHtml } from '../lib/search/helpers';

/** Runs the build's indexing thread over some pages and returns its answer to "finish". */
async function runWorker(pages: { file: string; html: string }[], dir: string): Promise<WorkerReply> {
  const worker = new Worker(new URL('../../../src/integrations/search-worker.mjs', import.meta.url), { workerData: { acronyms: [] } });
  try {
    for (const p of pages) worker.postMessage({ type: 'page', ...p } satisfies WorkerRequest);
    return await new Promise<WorkerReply>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage({ type: 'finish', dir } satisfies WorkerRequest);
    });
  } finally {
    await worker.terminate();
  }
}

const good = {
  url: 'findings/a/',
  date: '2023-05-25',
  kind: 'Key strength',
  filters: { kind: ['Key strength'] },
  heading: 'A',
  text: 'Staff',
};

const scratch: string[] = [];
/** A new scratch folder's search-index/ path (the folder is removed after the tests). */
const scratchIndexDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'search-worker-'));
  scratch.push(dir);
  return join(dir, 'search-index');
};
afterAll(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the indexing thread of the build', () => {
  it('writes the index of the pages it is given, leaving out a page with nothing marked for search', async () => {
    const dir = scratchIndexDir();
    const reply = await runWorker(
      [
        { file: 'findings/a/index.html', html: pageHtml(good) },
        { file: 'recommendations/recurring/index.html', html: '<html><body><h1>Recurring</h1></body></html>' },
      ],
      dir,
    );
    expect(reply).toMatchObject({ type: 'done', pages: 1 });
    expect(readdirSync(dir).sort()).toEqual(['docs.bin.gz', 'fragments', 'manifest.json.gz', 'words']);
  });

  it('answers with what is wrong, page by page, instead of writing an index it cannot vouch for', async () => {
    const dir = scratchIndexDir();
    const reply = await runWorker(
      [{ file: 'findings/b/index.html', html: pageHtml({ ...good, url: 'findings/b/', date: 'May 2023' }) }],
      dir,
    );
    expect(reply).toEqual({
      type: 'failed',
      message: 'Search cannot index these pages: findings/b/ lacks a sort date as YYYY-MM-DD (data-search-sort="date")',
    });
  });
});
