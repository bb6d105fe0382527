import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import type { WorkerData, WorkerReply, WorkerRequest } from '../../../src/integrations/search-worker-main';
import { pageHtml } from '../lib/search/helpers';

/** Runs the build's indexing thread over some pages (HTML as text, or as the bytes of the file) and returns its answer to "finish". */
async function runWorker(pages: { file: string; html: string | Uint8Array }[], dir: string): Promise<WorkerReply> {
  const worker = new Worker(new URL('../../../src/integrations/search-worker.mjs', import.meta.url), {
    workerData: { acronyms: [], dir } satisfies WorkerData,
  });
  try {
    const batch = pages.map(({ file, html }) => ({ file, html: typeof html === 'string' ? new TextEncoder().encode(html) : html }));
    worker.postMessage(
      { type: 'pages', pages: batch } satisfies WorkerRequest,
      batch.map((p) => p.html.buffer as ArrayBuffer),
    );
    return await new Promise<WorkerReply>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage({ type: 'finish' } satisfies WorkerRequest);
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

  it('refuses a page whose bytes are not UTF-8 rather than indexing replacement characters', async () => {
    const dir = scratchIndexDir();
    const latin1 = Uint8Array.from(pageHtml({ ...good, text: 'Caf\u00e9 staff' }), (c) => c.charCodeAt(0));
    const reply = await runWorker([{ file: 'findings/a/index.html', html: latin1 }], dir);
    expect(reply).toMatchObject({ type: 'failed' });
    expect(reply.type === 'failed' && reply.message).toMatch(/^findings\/a\/: .*(encoded|UTF-8|utf-8)/i);
  });
});
