/**
 * One image worker (started by src/cli/images.mjs): draws its share of the PNGs with resvg, using only the shipped
 * fonts, and writes each into the cache. Posts `{ error }` naming the image it could not draw, else `{ cpuMicroseconds }`,
 * the CPU time its thread spent drawing (a cost the machine's other work does not inflate, unlike wall time).
 *
 * resvg's images live in native memory that V8 does not count, so a loop of thousands of renders never looks to V8
 * like a reason to collect them (3 MB a card: gigabytes by the thousandth), and Node-API runs the finalizers that free
 * them only between turns of the event loop. So every few images the worker collects garbage itself and lets a turn pass.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import { writeWhole } from './images.mjs';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc');
const imagesBetweenCollections = 8;

const { fontFiles, fontFamily, jobs } = workerData;
const font = { fontFiles, loadSystemFonts: false, defaultFontFamily: fontFamily };
let current;
const cpuBefore = process.threadCpuUsage();
try {
  for (const [i, job] of jobs.entries()) {
    current = job.file;
    const fitTo = job.zoom === 1 ? { mode: 'original' } : { mode: 'zoom', value: job.zoom };
    writeWhole(job.cached, new Resvg(job.svg, { font, fitTo }).render().asPng());
    if (i % imagesBetweenCollections === imagesBetweenCollections - 1) {
      collectGarbage();
      await nextTurn();
    }
  }
  const cpu = process.threadCpuUsage(cpuBefore);
  parentPort.postMessage({ cpuMicroseconds: cpu.user + cpu.system });
} catch (error) {
  parentPort.postMessage({ error: `${current}: ${error instanceof Error ? error.message : String(error)}` });
}
