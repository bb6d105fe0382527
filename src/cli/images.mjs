/**
 * The build's image step (run by src/cli/build.mjs after Astro and before the whole-build check): draws every PNG the
 * content check listed (share cards, chart images; src/integrations/write-image-list.ts) with resvg, on worker threads, one
 * per core. The SVG text fully determines a PNG (the fonts are shipped in the repository and system fonts are never
 * loaded), so each PNG is kept in a cache under a hash of its SVG, the fonts and the renderer's version, and an
 * unchanged card is never drawn again: it is copied from the cache into the output (a copy-on-write clone where the file
 * system can make one). Never a hard link: a file in dist/ that is also the cache's could be changed through either.
 */
import { createHash } from 'node:crypto';
import { constants, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

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
  const pruned = pruneCache(cacheDir, new Set(keyed.map((job) => job.cached)));
  const seconds = (performance.now() - started) / 1000;
  const cpu = missing.length ? `, ${(cpuMicroseconds / 1000 / missing.length).toFixed(1)} ms of CPU each` : '';
  return `Images: ${keyed.length} PNGs (${missing.length} drawn in ${drawSeconds.toFixed(1)} s${cpu}, ${keyed.length - missing.length} from the cache${pruned ? `, ${pruned} no longer used removed from it` : ''}) in ${seconds.toFixed(1)} s`;
}

/**
 * Removes from the cache every PNG this build did not use, as the content check's and the MDX caches keep only what
 * the last build read: the cache holds one build's images, never a history of every card ever drawn. Returns how many
 * files it removed.
 */
function pruneCache(cacheDir, used) {
  if (!existsSync(cacheDir)) return 0;
  let removed = 0;
  for (const dir of readdirSync(cacheDir)) {
    const folder = join(cacheDir, dir);
    for (const name of readdirSync(folder)) {
      const file = join(folder, name);
      if (used.has(file)) continue;
      rmSync(file, { force: true });
      removed += 1;
    }
  }
  return removed;
}

/** Draws the jobs into the cache on one worker thread per core (at most one per job); returns the CPU time they took, in µs. */
function drawOnWorkers(jobs, fontFiles, fontFamily) {
  const count = Math.max(1, Math.min(availableParallelism(), jobs.length));
  const shares = Array.from({ length: count }, (_, i) => jobs.filter((_, j) => j % count === i));
  const spent = Promise.all(
    shares.map(
      (share) =>
        new Promise((done, fail) => {
          const worker = new Worker(new URL('./images-worker.mjs', import.meta.url), {
            workerData: { fontFiles, fontFamily, jobs: share.map(({ file, svg, zoom, cached }) => ({ file, svg, zoom, cached })) },
          });
          worker.once('message', (message) => (message.error ? fail(new Error(message.error)) : done(message.cpuMicroseconds)));
          worker.once('error', fail);
          worker.once('exit', (code) => (code === 0 ? done(0) : fail(new Error(`an image worker stopped with exit code ${code}`))));
        }),
    ),
  );
  return spent.then((each) => each.reduce((sum, us) => sum + us, 0));
}

/** Writes a file whole or not at all (a rename), so a build stopped midway never leaves half a PNG in the cache. */
export function writeWhole(file, bytes) {
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.part`;
  try {
    writeFileSync(partial, bytes);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
}
