import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import type { PrepReply, PrepRequest } from '../../../src/integrations/prep-worker-main';
import { similarityLinks } from '../../../src/lib/similarity/similar';
import { buildSiteModel } from '../../../src/lib/model/site-model';
import type { Prepared } from '../../../src/lib/build/prepared';
import { searchDocuments } from '../../../src/lib/search/documents';
import { lettersIn, narrativesIn, reference, root } from '../../support';

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** What the thread is asked besides the letters: whether it draws images, and where it writes the search index, if at all. */
interface Asked {
  withImages?: boolean;
  search?: (dir: string) => PrepRequest['search'];
}

/** Runs the build's preparation thread for some letters of the committed content, in a scratch folder, and collects every answer it gives. */
async function prepare(letters = lettersIn(), { withImages = true, search }: Asked = {}): Promise<{ replies: PrepReply[]; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'prep-worker-'));
  scratch.push(dir);
  const searchRequest = search?.(dir);
  const request: PrepRequest = {
    letters,
    contentDir: join(root, 'content'),
    site: 'https://inspections.example.org',
    expectedList: join(dir, 'expected.json'),
    ...(withImages ? { imageJobs: join(dir, 'images.json') } : {}),
    ...(searchRequest ? { search: searchRequest } : {}),
  };
  const worker = new Worker(new URL('../../../src/integrations/prep-worker.mjs', import.meta.url), { workerData: request });
  try {
    const replies = await new Promise<PrepReply[]>((resolve, reject) => {
      const got: PrepReply[] = [];
      worker.on('message', (reply: PrepReply) => got.push(reply));
      worker.once('error', reject);
      // The thread ends once it has nothing more to say: every answer it gives has come by then.
      worker.once('exit', () => resolve(got));
    });
    return { replies, dir };
  } finally {
    await worker.terminate();
  }
}

/** The first answer, which must say what the pages read. */
function prepared(replies: readonly PrepReply[]): Prepared {
  const [first] = replies;
  if (first?.type !== 'done') throw new Error(first?.type === 'failed' ? first.message : `the thread answered ${first?.type}`);
  return first.prepared;
}

describe('the preparation thread of the build', () => {
  it('writes the lists of expected files and PNGs, and hands over every card, chart file and similarity link', async () => {
    const { replies, dir } = await prepare();
    expect(replies).toHaveLength(1);
    const done = prepared(replies);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as string[];
    expect(expected).toContain('letters/greater-manchester-2023-05/index.html');
    expect(expected).toContain('recommendations/recurring/index.html');
    const jobs = JSON.parse(readFileSync(join(dir, 'images.json'), 'utf8')) as { jobs: { file: string }[] };
    const cards = done.images?.cards;
    expect(cards?.get('/cards/letters/greater-manchester-2023-05.png')?.alt).toMatch(
      /^Inspection letter · Greater Manchester region: Regional inspection letter: Greater Manchester\./,
    );
    expect(jobs.jobs.filter((j) => j.file.startsWith('cards/')).map((j) => j.file)).toHaveLength(cards?.size ?? -1);
    expect(done.images?.chartSvgs.size).toBe(jobs.jobs.filter((j) => !j.file.startsWith('cards/')).length);
    // The links are those the pages would work out themselves, so the pages use them (their digests match).
    expect(done.similarity).toEqual(similarityLinks(buildSiteModel(lettersIn(), reference), reference.acronyms));
  });

  it('leaves the images out when the build draws none', async () => {
    const { replies } = await prepare(lettersIn(), { withImages: false });
    expect(prepared(replies).images).toBeUndefined();
  });

  it('answers which card the shipped font cannot draw, as the images step, instead of drawing it wrong', async () => {
    const [seed, ...rest] = lettersIn();
    if (!seed) throw new Error('no seed letter');
    const { replies } = await prepare([{ ...seed, title: `${seed.title} 中` }, ...rest], {
      search: (dir) => ({ dir: join(dir, 'search-index'), narratives: narrativesIn() }),
    });
    expect(replies, 'no search index after a failed step').toHaveLength(1);
    const [reply] = replies;
    expect(reply).toMatchObject({ type: 'failed', step: 'images' });
    expect(reply?.type === 'failed' && reply.message).toMatch(/the card font has no glyph for "中"/);
  });

  it('then writes the search index from the same letters, and says how many documents and files it holds', async () => {
    const { replies, dir } = await prepare(lettersIn(), {
      withImages: false,
      search: (scratchDir) => ({ dir: join(scratchDir, 'search-index'), narratives: narrativesIn() }),
    });
    prepared(replies);
    const searched = replies[1];
    if (searched?.type !== 'searched') throw new Error(`the second answer is ${JSON.stringify(searched)}`);
    const model = buildSiteModel(lettersIn(), reference);
    expect(searched.docs).toBe(searchDocuments(model, { narratives: narrativesIn(), places: reference.places }).length);
    expect(searched.files).toBe(
      readdirSync(join(dir, 'search-index'), { recursive: true }).filter((f) => String(f).endsWith('.gz')).length,
    );
    expect(searched.seconds).toBeGreaterThan(0);
    expect(replies).toHaveLength(2);
  });

  it('answers what went wrong with the search index, as the search step, after what the pages read', async () => {
    const { replies, dir } = await prepare(lettersIn(), {
      withImages: false,
      search: (scratchDir) => ({ dir: join(scratchDir, 'search-index'), narratives: new Map() }),
    });
    prepared(replies);
    expect(replies[1]).toEqual({
      type: 'failed',
      step: 'search',
      message: 'Search was given no narrative for letter greater-manchester-2023-05',
    });
    expect(existsSync(join(dir, 'search-index'))).toBe(false);
  });
});
