import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import type { PrepReply, PrepRequest } from '../../../src/integrations/prep-worker-main';
import { similarityLinks } from '../../../src/lib/model/similar';
import { buildSiteModel } from '../../../src/lib/model/site-model';
import { lettersIn, reference, root } from '../../support';

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs the build's preparation thread for some letters of the committed content, in a scratch folder. */
async function prepare(letters = lettersIn(), withImages = true): Promise<{ reply: PrepReply; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'prep-worker-'));
  scratch.push(dir);
  const request: PrepRequest = {
    letters,
    contentDir: join(root, 'content'),
    site: 'https://inspections.example.org',
    expectedList: join(dir, 'expected.json'),
    ...(withImages ? { imageJobs: join(dir, 'images.json') } : {}),
  };
  const worker = new Worker(new URL('../../../src/integrations/prep-worker.mjs', import.meta.url), { workerData: request });
  try {
    const reply = await new Promise<PrepReply>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    return { reply, dir };
  } finally {
    await worker.terminate();
  }
}

describe('the preparation thread of the build', () => {
  it('writes the lists of expected files and PNGs, and hands over every card, chart file and similarity link', async () => {
    const { reply, dir } = await prepare();
    if (reply.type !== 'done') throw new Error(reply.message);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as string[];
    expect(expected).toContain('letters/greater-manchester-2023-05/index.html');
    expect(expected).toContain('recommendations/recurring/index.html');
    const jobs = JSON.parse(readFileSync(join(dir, 'images.json'), 'utf8')) as { jobs: { file: string }[] };
    const cards = reply.prepared.images?.cards;
    expect(cards?.get('/cards/letters/greater-manchester-2023-05.png')?.alt).toMatch(
      /^Inspection letter · Greater Manchester region: Regional inspection letter: Greater Manchester\./,
    );
    expect(jobs.jobs.filter((j) => j.file.startsWith('cards/')).map((j) => j.file)).toHaveLength(cards?.size ?? -1);
    expect(reply.prepared.images?.chartSvgs.size).toBe(jobs.jobs.filter((j) => !j.file.startsWith('cards/')).length);
    // The links are those the pages would work out themselves, so the pages use them (their digests match).
    expect(reply.prepared.similarity).toEqual(similarityLinks(buildSiteModel(lettersIn(), reference), reference.acronyms));
  });

  it('leaves the images out when the build draws none', async () => {
    const { reply } = await prepare(lettersIn(), false);
    expect(reply.type === 'done' && reply.prepared.images).toBeUndefined();
  });

  it('answers which card the shipped font cannot draw, as the images step, instead of drawing it wrong', async () => {
    const [seed, ...rest] = lettersIn();
    if (!seed) throw new Error('no seed letter');
    const { reply } = await prepare([{ ...seed, title: `${seed.title} 中` }, ...rest]);
    expect(reply).toMatchObject({ type: 'failed', step: 'images' });
    expect(reply.type === 'failed' && reply.message).toMatch(/the card font has no glyph for "中"/);
  });
});
