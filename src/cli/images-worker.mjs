/**
 * One image worker (started by src/cli/images.mjs): draws its share of the PNGs with resvg, using only the shipped
 * fonts, and writes each into the cache. Posts `{ error }` naming the image it could not draw, else `{}`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import { writeWhole } from './images.mjs';

const { fontFiles, fontFamily, jobs } = workerData;
const font = { fontFiles, loadSystemFonts: false, defaultFontFamily: fontFamily };
let current;
try {
  for (const job of jobs) {
    current = job.file;
    const fitTo = job.zoom === 1 ? { mode: 'original' } : { mode: 'zoom', value: job.zoom };
    writeWhole(job.cached, new Resvg(job.svg, { font, fitTo }).render().asPng());
  }
  parentPort.postMessage({});
} catch (error) {
  parentPort.postMessage({ error: `${current}: ${error instanceof Error ? error.message : String(error)}` });
}
