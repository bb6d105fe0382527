/**
 * The image step's task (run by src/cli/images.mjs in a tinypool pool of child processes): draws a batch of PNGs with
 * resvg, using only the shipped fonts, and writes each into the cache. Returns the CPU time the batch took, in µs (a
 * cost the machine's other work does not inflate, unlike wall time); throws naming the image it could not draw.
 *
 * resvg's images live in native memory that V8 does not count, so a loop of thousands of renders never looks to V8
 * like a reason to collect them (3 MB a card: gigabytes by the thousandth), and Node-API runs the finalizers that free
 * them only between turns of the event loop. So every few images the task collects garbage itself (the pool starts its
 * processes with --expose-gc: images.mjs) and lets a turn pass.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Resvg } from '@resvg/resvg-js';
import { writeWhole } from '../lib/cache-files.ts';

const imagesBetweenCollections = 8;

/** Draws `jobs` ({ file, svg, zoom, cached }) into the cache. */
export default async function drawBatch({ fontFiles, fontFamily, jobs }) {
  const collectGarbage = globalThis.gc;
  if (typeof collectGarbage !== 'function')
    throw new Error('the image task needs --expose-gc (src/cli/images.mjs starts its pool with it)');
  const font = { fontFiles, loadSystemFonts: false, defaultFontFamily: fontFamily };
  const cpuBefore = process.cpuUsage();
  for (const [i, job] of jobs.entries()) {
    try {
      const fitTo = job.zoom === 1 ? { mode: 'original' } : { mode: 'zoom', value: job.zoom };
      writeWhole(job.cached, new Resvg(job.svg, { font, fitTo }).render().asPng());
    } catch (error) {
      throw new Error(`${job.file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    if (i % imagesBetweenCollections === imagesBetweenCollections - 1) {
      collectGarbage();
      await nextTurn();
    }
  }
  const cpu = process.cpuUsage(cpuBefore);
  return cpu.user + cpu.system;
}
