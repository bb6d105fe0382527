/**
 * `npm run bench`: builds synthetic corpora of N letters (1, 10 and 100; add --with-1000 for 1,000)
 * and, in the same run, a bare Astro site with the same number of trivial pages as the floor.
 * Each corpus is built twice, cold (empty caches: every share card and chart PNG is drawn, every letter checked and
 * its MDX compiled) and warm (all from the caches the first build left); the time per page is the warm build's, and
 * the image step's cost is printed for both. The largest size
 * is then built warm again, in turn with its floor, three times in all (--repeat k), and compared by median wall time.
 * Prints pages, wall time, time per page, peak memory, dist size, HTML bytes and client JavaScript
 * per page type, the search index and the bytes one search fetches, the import time of synthetic
 * 2, 5 and 20 MB letters (tests/bench/import.ts), the similarity computation's time in process at each N and at
 * 100 and 1,000 (tests/bench/similarity.ts), Lighthouse's performance score for the search page with a query, the
 * explorer and a letter at the smallest N (tests/bench/lighthouse.ts), and whether each target is met.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../e2e/support/chromium';
import { serveStatic } from '../e2e/support/server';
import { must } from '../../src/lib/must';
import { writeSyntheticCorpus } from './corpus';
import { benchPdfImport, pdfImportBenchTable } from './pdf-import';
import { benchImport, importBenchTable, importBenchTargets } from './import';
import { benchSimilarity, similarityBenchTable, similarityBenchTargets } from './similarity';
import { lighthousePaths, lighthouseScores, lighthouseTable, type LighthouseScore } from './lighthouse';
import { bytesUnder, clientJsBytes, files, median, pageType, timed } from './measure';
import {
  searchAssetsLine,
  searchAssetsTotal,
  searchIndexShape,
  searchIndexShapeLine,
  tallySearchAsset,
  type SearchAssetBytes,
  type SearchIndexShape,
} from './search-assets';

const root = join(import.meta.dirname, '../..');
const work = join(root, '.tmp/bench');
const sizes = process.argv.includes('--with-1000') ? [1, 10, 100, 1000] : [1, 10, 100];
/** How many times the largest size and its floor are built, in turn (`--repeat k`; 3 by default). */
const repeatAt = process.argv.indexOf('--repeat');
const repeats = repeatAt === -1 ? 3 : Math.max(1, Number(process.argv[repeatAt + 1]) || 1);
/**
 * Node's compile cache for every build the benchmark runs, ours and the floor's alike: its own folder, emptied before
 * each cold build (a host's CI starts from a fresh node_modules, where `npm run build` keeps it), so a cold figure
 * includes filling it and the floor loads Astro as our warm builds do.
 */
const compileCache = join(work, 'node-compile-cache');
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV)$/.test(k))),
  NODE_COMPILE_CACHE: compileCache,
};
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;

/** The image step of one build (src/cli/images.mjs): PNGs in all, how many it drew, in how long and with how much CPU each, the step's time. */
interface ImageStep {
  pngs: number;
  drawn: number;
  drawSeconds: number;
  cpuMs?: number;
  seconds: number;
}

/** Reads the build's "Images: 110 PNGs (110 drawn in 1.7 s, 15.2 ms of CPU each, 0 from the cache) in 1.8 s" line. */
function imageStep(output: string): ImageStep {
  const m = /^Images: (\d+) PNGs \((\d+) drawn in ([\d.]+) s(?:, ([\d.]+) ms of CPU each)?, \d+ from the cache\) in ([\d.]+) s$/m.exec(
    output,
  );
  if (!m) throw new Error(`The build printed no image step line:\n${output.slice(-2000)}`);
  return {
    pngs: Number(m[1]),
    drawn: Number(m[2]),
    drawSeconds: Number(m[3]),
    ...(m[4] ? { cpuMs: Number(m[4]) } : {}),
    seconds: Number(m[5]),
  };
}

/** What the explorer index weighs: the manifest, the largest year file and all files, raw and gzip-compressed (as served). */
interface ExplorerIndexSize {
  files: number;
  manifest: number;
  manifestGz: number;
  largestYear: number;
  largestYearGz: number;
  allGz: number;
}

function explorerIndexSize(dist: string): ExplorerIndexSize {
  const dir = join(dist, 'recommendations/explorer');
  const sizes = readdirSync(dir).map((f) => {
    const bytes = readFileSync(join(dir, f));
    return { file: f, raw: bytes.length, gz: gzipSync(bytes).length };
  });
  const manifest = must(
    sizes.find((s) => s.file === 'index.json'),
    'the explorer manifest',
  );
  const years = sizes.filter((s) => s !== manifest);
  const largest = years.reduce((a, b) => (b.gz > a.gz ? b : a), { file: '', raw: 0, gz: 0 });
  return {
    files: sizes.length,
    manifest: manifest.raw,
    manifestGz: manifest.gz,
    largestYear: largest.raw,
    largestYearGz: largest.gz,
    allGz: sizes.reduce((n, s) => n + s.gz, 0),
  };
}

interface Run {
  n: number;
  pages: number;
  /** The warm build's wall time (every share card and chart PNG from the cache): the time the per-page target reads. */
  seconds: number;
  /** The first build's wall time, with an empty image cache. */
  coldSeconds: number;
  coldImages: ImageStep;
  warmImages: ImageStep;
  peakBytes: number;
  distBytes: number;
  html: Record<string, { median: number; max: number; count: number }>;
  js: Record<string, number>;
  searchIndexBytes: number;
  /** The explorer index (/recommendations/explorer/): its manifest and year files, as stored and gzip-compressed. */
  explorerIndex: ExplorerIndexSize;
  /** The search index: documents, terms, and the size of its manifest, doc records, word chunks and fragments. */
  searchIndex: SearchIndexShape;
  searchBytes: number;
  /** What the one search fetched, by kind of asset. */
  searchAssets: SearchAssetBytes;
  floor: { pages: number; seconds: number; peakBytes: number };
}

/** Builds a corpus already built, again: warm, for the repeated timings. */
const warmBuilds = new Map<number, () => Promise<number>>();

async function buildOurs(n: number): Promise<Omit<Run, 'floor' | 'searchBytes' | 'searchAssets'> & { dist: string }> {
  const dir = join(work, `n${n}`);
  rmSync(dir, { recursive: true, force: true });
  writeSyntheticCorpus(n, join(dir, 'content'));
  const dist = join(dir, 'dist');
  // Built twice: cold (empty caches, so every share card and chart PNG is drawn and every module compiled) and warm
  // (all from the caches, as on every build after the first where the content did not change).
  const buildOnce = async () => {
    const build = await timed(process.execPath, [join(root, 'src/cli/build.mjs')], {
      cwd: root,
      env: { ...env, PI_CONTENT_DIR: join(dir, 'content'), PI_OUT_DIR: dist, PI_CACHE_DIR: join(dir, 'cache') },
    });
    if (!build.ok) throw new Error(`The build of ${n} letters failed:\n${build.output.slice(-3000)}`);
    return build;
  };
  rmSync(compileCache, { recursive: true, force: true });
  const cold = await buildOnce();
  const build = await buildOnce();
  warmBuilds.set(n, async () => (await buildOnce()).seconds);
  const pages = files(dist).filter((f) => f.endsWith('.html') && !f.startsWith('search-index/'));
  const html: Run['html'] = {};
  const js: Run['js'] = {};
  const byType = new Map<string, number[]>();
  for (const page of pages) {
    const text = readFileSync(join(dist, page), 'utf8');
    const type = pageType(page);
    byType.set(type, [...(byType.get(type) ?? []), Buffer.byteLength(text)]);
    js[type] = Math.max(js[type] ?? 0, clientJsBytes(dist, text));
  }
  for (const [type, values] of byType) html[type] = { median: median(values), max: Math.max(...values), count: values.length };
  return {
    n,
    pages: pages.length,
    seconds: build.seconds,
    coldSeconds: cold.seconds,
    coldImages: imageStep(cold.output),
    warmImages: imageStep(build.output),
    peakBytes: build.peakBytes,
    distBytes: bytesUnder(dist),
    html,
    js,
    searchIndexBytes: bytesUnder(join(dist, 'search-index')),
    explorerIndex: explorerIndexSize(dist),
    searchIndex: searchIndexShape(join(dist, 'search-index')),
    dist,
  };
}

async function buildFloor(pages: number): Promise<Run['floor']> {
  const dir = join(work, `floor-${pages}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), "export default { outDir: './dist' };\n");
  writeFileSync(
    join(dir, 'src/pages/[n].astro'),
    `---\nexport function getStaticPaths() {\n  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i) } }));\n}\nconst { n } = Astro.params;\n---\n<html lang="en"><head><title>Page {n}</title></head><body><p>Page {n}</p></body></html>\n`,
  );
  const build = await timed(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, env });
  if (!build.ok) throw new Error(`The floor build failed:\n${build.output.slice(-3000)}`);
  return { pages, seconds: build.seconds, peakBytes: build.peakBytes };
}

/** The searches measured: a query, and a query with a filter and a sort (the first domain filter the page offers). */
const measuredSearches = ['search/?q=victim', 'search/?q=risk&domain=*&sort=newest'];

/**
 * Bytes the browser fetches for one search (the search page's scripts, the index files, the vocabulary) from a server
 * that gzips text as hosts do, loading the search page with a query and showing its results, for each measured search
 * in a fresh browser: the search that fetched the most, in all and by asset.
 */
export async function searchBytes(dist: string): Promise<{ bytes: number; assets: SearchAssetBytes; url: string }> {
  const server = await serveStatic(dist, '/', { compress: true });
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  let worst = { bytes: 0, assets: {} as SearchAssetBytes, url: '' };
  try {
    for (const search of measuredSearches) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const assets: SearchAssetBytes = {};
      const pending: Promise<void>[] = [];
      context.on('requestfinished', (request) => {
        pending.push(
          request.sizes().then((sizes) => tallySearchAsset(assets, request.url(), sizes.responseBodySize + sizes.responseHeadersSize)),
        );
      });
      let url = `${server.url}${search}`;
      if (url.includes('domain=*')) {
        // The first domain value the index offers, read from the built manifest.
        const manifest = JSON.parse(gunzipSync(readFileSync(join(dist, 'search-index/manifest.json.gz'))).toString('utf8')) as {
          facets: { domain: string[] };
        };
        url = url.replace('domain=*', `domain=${encodeURIComponent(manifest.facets.domain[0] ?? '')}`);
      }
      await page.goto(url);
      await page.waitForFunction(() => /\d+ results?/.test(document.querySelector('[data-status]')?.textContent ?? ''), null, {
        timeout: 120_000,
      });
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      await Promise.all(pending);
      await context.close();
      const bytes = searchAssetsTotal(assets);
      console.log(`  ${search.replace('domain=*', 'domain=…')}: ${kb(bytes)} · ${searchAssetsLine(assets)}`);
      if (bytes > worst.bytes) worst = { bytes, assets, url: search };
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return worst;
}

const runs: Run[] = [];
let lighthouse: LighthouseScore[] = [];
for (const n of sizes) {
  console.log(`\nBuilding ${n} synthetic ${n === 1 ? 'letter' : 'letters'}…`);
  const ours = await buildOurs(n);
  const search = await searchBytes(ours.dist);
  if (n === sizes[0]) {
    // Lighthouse on the smallest site, a letter shaped like the seed: the home page, the letter, its region, a PDU,
    // the explorer and the search page with a query.
    const letters = (
      JSON.parse(readFileSync(join(ours.dist, 'data/letters.json'), 'utf8')) as {
        letters: { id: string; region: string; pdus: { id: string }[] }[];
      }
    ).letters;
    const first = must(letters[0], 'a letter in data/letters.json');
    const site = { letter: first.id, region: first.region, pdu: must(first.pdus[0], `a PDU of ${first.id}`).id };
    lighthouse = await lighthouseScores(ours.dist, lighthousePaths(site));
    console.log(`Lighthouse performance and accessibility (N = ${n}):`);
    for (const line of lighthouseTable(lighthouse)) console.log(line);
  }
  console.log(`Building the floor: a bare Astro site of ${ours.pages} trivial pages…`);
  const floor = await buildFloor(ours.pages);
  // The machines are shared and noisy: at the size the targets are judged on, build ours and the floor in turn
  // several times and compare medians, so one disturbed build does not decide the ratio.
  const oursSeconds = [ours.seconds];
  const floorSeconds = [floor.seconds];
  for (let i = 1; i < (n === sizes.at(-1) ? repeats : 1); i++) {
    console.log(`Again (${i + 1} of ${repeats}): ours (warm), then the floor…`);
    oursSeconds.push(await must(warmBuilds.get(n), `the build of ${n} letters`)());
    floorSeconds.push((await buildFloor(ours.pages)).seconds);
  }
  if (oursSeconds.length > 1)
    console.log(
      `wall times: ours ${oursSeconds.map((t) => t.toFixed(1)).join(', ')} s; floor ${floorSeconds.map((t) => t.toFixed(1)).join(', ')} s (medians used)`,
    );
  const { dist: _dist, ...rest } = ours;
  runs.push({
    ...rest,
    seconds: median(oursSeconds),
    searchBytes: search.bytes,
    searchAssets: search.assets,
    floor: { ...floor, seconds: median(floorSeconds) },
  });
  const r = must(runs.at(-1), 'the run just measured');
  const perPage = (r.seconds / r.pages) * 1000;
  const floorPerPage = (r.floor.seconds / r.floor.pages) * 1000;
  console.log(`\n=== N = ${n} letters ===`);
  console.log(`pages built           ${r.pages}`);
  console.log(
    `wall time             ${r.seconds.toFixed(1)} s warm  (floor ${r.floor.seconds.toFixed(1)} s; cold, drawing every PNG: ${r.coldSeconds.toFixed(1)} s)`,
  );
  const perPng = (step: ImageStep) =>
    step.drawn
      ? `, ${((step.drawSeconds * 1000) / step.drawn).toFixed(1)} ms of wall time and ${step.cpuMs?.toFixed(1)} ms of CPU per PNG drawn`
      : '';
  console.log(
    `share cards + charts  ${r.coldImages.pngs} PNGs; cold ${r.coldImages.seconds.toFixed(1)} s (${r.coldImages.drawn} drawn${perPng(r.coldImages)}); warm ${r.warmImages.seconds.toFixed(1)} s (${r.warmImages.drawn} drawn, the rest from the cache)`,
  );
  console.log(
    `time per page         ${perPage.toFixed(2)} ms  (floor ${floorPerPage.toFixed(2)} ms; ours/floor ${(perPage / floorPerPage).toFixed(2)}×)`,
  );
  console.log(
    `peak memory           ${mb(r.peakBytes)}  (floor ${mb(floor.peakBytes)}; ours/floor ${(r.peakBytes / floor.peakBytes).toFixed(2)}×)`,
  );
  console.log(`dist size             ${mb(r.distBytes)}`);
  console.log(`search index          ${mb(r.searchIndexBytes)}`);
  console.log(`one search fetches    ${kb(r.searchBytes)}`);
  console.log(`  by asset (files)    ${searchAssetsLine(r.searchAssets)}`);
  console.log(`  the index holds     ${searchIndexShapeLine(r.searchIndex)}`);
  const ex = r.explorerIndex;
  console.log(
    `explorer index        ${ex.files} files; manifest ${kb(ex.manifest)} (${kb(ex.manifestGz)} gzip); largest year ${kb(ex.largestYear)} (${kb(ex.largestYearGz)} gzip); all ${kb(ex.allGz)} gzip`,
  );
  console.log('HTML per page type    median / largest (pages) · client JS');
  for (const [type, h] of Object.entries(r.html).sort())
    console.log(`  ${type.padEnd(22)}${kb(h.median).padStart(10)} / ${kb(h.max).padStart(10)} (${h.count}) · ${kb(r.js[type] ?? 0)}`);
}

console.log('\nImporting synthetic big letters (2, 5 and 20 MB)…');
const importBench = benchImport();
console.log('\n=== Import time ===');
for (const line of importBenchTable(importBench)) console.log(line);

console.log('\nImporting the seed from its PDF, and refusing a 300-page one…');
const pdfBench = await benchPdfImport();
console.log('\n=== PDF import ===');
for (const line of pdfImportBenchTable(pdfBench)) console.log(line);

// In process, so N = 1,000 is cheap enough to run every time: the target compares it with N = 100.
console.log('\nTiming the similarity computation on the synthetic corpora…');
const similarityBench = benchSimilarity([...new Set([...sizes, 100, 1000])].sort((a, b) => a - b));
console.log('\n=== Similar recommendations and findings (in process) ===');
for (const line of similarityBenchTable(similarityBench)) console.log(line);

const largest = must(runs.at(-1), 'a benchmark run');
const letterPages = must(largest.html.letter, `the letter pages at N = ${largest.n}`);
const at = (n: number) => runs.find((r) => r.n === n);
const n1000 = at(1000);
const n10 = at(10);
const perPage = (r: Run) => r.seconds / r.pages;
const floorPerPage = (r: Run) => r.floor.seconds / r.floor.pages;
const reading = ['letter', 'PDU', 'domain', 'finding', 'recommendation'];
/** The largest page of the explorer (its first page and the pages after, of one page type) at one N. */
const explorerPagesMax = (r: Run) => r.html['recommendations index']?.max ?? 0;
/** The largest HTML page of a run, and its page type. */
const largestPage = (r: Run) =>
  Object.entries(r.html).reduce((a, [type, h]) => (h.max > a.bytes ? { type, bytes: h.max } : a), { type: 'none', bytes: 0 });
const targets: [string, boolean | undefined, string][] = [
  [
    'a warm build draws no PNG (every share card and chart image from the cache)',
    largest.warmImages.drawn === 0,
    `${largest.warmImages.pngs} PNGs at N = ${largest.n}: ${largest.warmImages.drawn} drawn, image step ${largest.warmImages.seconds.toFixed(1)} s warm, ${largest.coldImages.seconds.toFixed(1)} s cold`,
  ],
  // Two lines: the per-page target the site has kept since the benchmark began (3 ×), and issue 11's aim (2.5 ×).
  [
    'a 300-page PDF is read and refused in linear time (≤ 3 × the letter PDF’s time per page)',
    pdfBench.reportSeconds / 300 <= (3 * pdfBench.pdfSeconds) / Math.max(1, pdfBench.letterPages),
    `${pdfBench.reportSeconds.toFixed(2)} s for 300 pages; the letter ${pdfBench.pdfSeconds.toFixed(2)} s for ${pdfBench.letterPages}`,
  ],
  [
    'time per page ≤ 3 × the floor (warm build)',
    perPage(largest) <= 3 * floorPerPage(largest),
    `${(perPage(largest) / floorPerPage(largest)).toFixed(2)}× at N = ${largest.n}`,
  ],
  [
    'time per page ≤ 2.5 × the floor (warm build)',
    perPage(largest) <= 2.5 * floorPerPage(largest),
    `${(perPage(largest) / floorPerPage(largest)).toFixed(2)}× at N = ${largest.n}`,
  ],
  [
    'per-page cost at N = 1,000 within 1.3 × of N = 10',
    n1000 && n10 ? perPage(n1000) <= 1.3 * perPage(n10) : undefined,
    n1000 && n10 ? `${(perPage(n1000) / perPage(n10)).toFixed(2)}×` : 'N = 1,000 not run (use --with-1000)',
  ],
  [
    'peak memory under 8 GiB at N = 1,000',
    n1000 ? n1000.peakBytes < 8 * 1024 ** 3 : undefined,
    n1000 ? mb(n1000.peakBytes) : `N = 1,000 not run; ${mb(largest.peakBytes)} at N = ${largest.n}`,
  ],
  [
    '0 bytes of client JavaScript on letter, PDU, domain, finding and recommendation pages',
    reading.every((t) => (largest.js[t] ?? 0) === 0),
    reading.map((t) => `${t} ${largest.js[t] ?? 0} B`).join(', '),
  ],
  ['letter page HTML under 150 KB', letterPages.max < 150 * 1024, `largest ${kb(letterPages.max)}`],
  [
    'explorer pages under 300 KB of HTML at N = 1,000',
    n1000 ? explorerPagesMax(n1000) < 300 * 1024 : undefined,
    `largest ${kb(explorerPagesMax(at(1000) ?? largest))} at N = ${(at(1000) ?? largest).n}`,
  ],
  [
    'each explorer index file under 300 KB compressed at N = 1,000 (loaded on demand; split by year)',
    n1000 ? Math.max(n1000.explorerIndex.manifestGz, n1000.explorerIndex.largestYearGz) < 300 * 1024 : undefined,
    `manifest ${kb((at(1000) ?? largest).explorerIndex.manifestGz)}, largest year ${kb((at(1000) ?? largest).explorerIndex.largestYearGz)} gzip at N = ${(at(1000) ?? largest).n}`,
  ],
  [
    'every HTML page under 300 KB at N = 1,000',
    n1000 ? largestPage(n1000).bytes < 300 * 1024 : undefined,
    n1000
      ? `largest: ${largestPage(n1000).type}, ${kb(largestPage(n1000).bytes)}`
      : `N = 1,000 not run; largest at N = ${largest.n}: ${largestPage(largest).type}, ${kb(largestPage(largest).bytes)}`,
  ],
  [
    'one search transfers under 300 KB at N = 1,000',
    n1000 ? n1000.searchBytes < 300 * 1024 : undefined,
    n1000 ? kb(n1000.searchBytes) : `N = 1,000 not run; ${kb(largest.searchBytes)} at N = ${largest.n}`,
  ],
  ...importBenchTargets(importBench),
  ...similarityBenchTargets(similarityBench),
  [
    'Lighthouse performance and accessibility 100 on the home, letter, region, PDU, explorer and search pages',
    lighthouse.length ? lighthouse.every((l) => l.score === 100 && l.accessibility === 100) : undefined,
    lighthouse.map((l) => `${l.path} ${l.score}/${l.accessibility}`).join(', '),
  ],
];
console.log('\n=== Targets ===');
for (const [name, met, detail] of targets)
  console.log(`${met === undefined ? 'NOT RUN' : met ? 'met    ' : 'MISSED '}  ${name}: ${detail}`);
writeFileSync(join(work, 'results.json'), JSON.stringify(runs, null, 2));
