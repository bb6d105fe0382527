/**
 * The build's image step (run by src/cli/build.mjs after Astro and before the whole-build check): draws every PNG the
 * content check listed (share cards, chart images; src/integrations/write-image-list.ts) with resvg, on a pool of child
 * processes, one per core (tinypool). The SVG text fully determines a PNG (the fonts are shipped in the repository and system fonts are never
 * loaded), so each PNG is kept in a cache under a hash of its SVG, the fonts and the renderer's version, and an
 * unchanged card is never drawn again: it is copied from the cache into the output (a copy-on-write clone where the file
 * system can make one). Never a hard link: a file in dist/ that is also the cache's could be changed through either.
 */
import { createHash } from 'node:crypto';
import { constants, copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import Tinypool from 'tinypool';
import { pruneCache } from '../lib/cache-files.ts';

/** Where drawn PNGs are kept between builds: beside Astro's cache when PI_CACHE_DIR names one, else in node_modules/.cache. */
export function imageCacheDir(env = process.env) {
  return env.PI_CACHE_DIR ? resolve(env.PI_CACHE_DIR, 'images') : resolve('node_modules/.cache/probation-inspections/images');
}

/** What the cache key holds besides the SVG: the renderer's version and the font files' contents. */
function cacheSalt(fontFiles, fontFamily) {
  const hash = createHash('sha256');
  const require = createRequire(import.meta.url);
  hash.update(`resvg-js ${require('@resvg/resvg-js/package.json').version}\n${fontFamily}\n`);
  for (const file of fontFiles) hash.update(readFileSync(file));
  return hash.digest('hex');
}

/**
 * Draws the PNGs listed in `listFile` into `outDir`, from the cache where it can. Returns one line for the build's
 * log, with the counts and times the benchmark reads: "Images: 7046 PNGs (7046 drawn in 61.2 s, 16.1 ms of CPU each, 0
 * from the cache) in 62.0 s". Throws, naming the image, when one cannot be drawn.
 */
export async function drawImages(listFile, outDir, cacheDir = imageCacheDir()) {
  const started = performance.now();
  if (!existsSync(listFile)) return 'Images: none drawn (the content check wrote no list of images)';
  const { fontFiles, fontFamily, jobs } = JSON.parse(readFileSync(listFile, 'utf8'));
  const salt = cacheSalt(fontFiles, fontFamily);
  const keyed = jobs.map((job) => {
    const key = createHash('sha256').update(`${salt}\n${job.zoom}\n${job.svg}`).digest('hex');
    return { ...job, cached: join(cacheDir, key.slice(0, 2), `${key}.png`) };
  });
  const missing = [...new Map(keyed.filter((job) => !existsSync(job.cached)).map((job) => [job.cached, job])).values()];
  const drawStarted = performance.now();
  let cpuMicroseconds = 0;
  if (missing.length) {
    for (const dir of new Set(missing.map((job) => dirname(job.cached)))) mkdirSync(dir, { recursive: true });
    cpuMicroseconds = await drawOnWorkers(missing, fontFiles, fontFamily);
  }
  const drawSeconds = (performance.now() - drawStarted) / 1000;
  for (const dir of new Set(keyed.map((job) => dirname(join(outDir, job.file))))) mkdirSync(dir, { recursive: true });
  for (const job of keyed) {
    const out = join(outDir, job.file);
    copyFileSync(job.cached, out, constants.COPYFILE_FICLONE);
  }
  // The cache keeps only this build's images, never a history of every card ever drawn (as the other caches do).
  const used = new Set(keyed.map((job) => job.cached));
  const pruned = pruneCache(cacheDir, (file) => used.has(file));
  const seconds = (performance.now() - started) / 1000;
  const cpu = missing.length ? `, ${(cpuMicroseconds / 1000 / missing.length).toFixed(1)} ms of CPU each` : '';
  return `Images: ${keyed.length} PNGs (${missing.length} drawn in ${drawSeconds.toFixed(1)} s${cpu}, ${keyed.length - missing.length} from the cache${pruned ? `, ${pruned} no longer used removed from it` : ''}) in ${seconds.toFixed(1)} s`;
}

/** Jobs a pool task draws: enough to make a task's overhead small, few enough to share the work out evenly. */
const batchSize = 32;

/**
 * The V8 flags the image step's processes start with, and why: --expose-gc, so a task can collect the garbage that
 * holds resvg's native memory (images-worker.mjs says why V8 would not). A worker thread cannot take it (Node refuses
 * it in a Worker's execArgv), so the pool runs child processes. The build is correct without it; only its memory grows.
 */
export const imageProcessFlags = ['--expose-gc'];

/**
 * Draws the jobs into the cache on a pool of child processes, one per core (tinypool); returns the CPU time they
 * took, in µs. The first image that cannot be drawn stops the step, named.
 */
async function drawOnWorkers(jobs, fontFiles, fontFamily) {
  const pool = new Tinypool({
    filename: new URL('./images-worker.mjs', import.meta.url).href,
    runtime: 'child_process',
    execArgv: imageProcessFlags,
    maxThreads: Math.max(1, Math.min(availableParallelism(), Math.ceil(jobs.length / batchSize))),
    minThreads: 1,
  });
  try {
    const batches = [];
    for (let i = 0; i < jobs.length; i += batchSize)
      batches.push(jobs.slice(i, i + batchSize).map(({ file, svg, zoom, cached }) => ({ file, svg, zoom, cached })));
    const spent = await Promise.all(batches.map((batch) => pool.run({ fontFiles, fontFamily, jobs: batch })));
    return spent.reduce((sum, us) => sum + us, 0);
  } finally {
    await pool.destroy();
  }
}
