/**
 * `npm run build`: builds the site into a scratch folder beside the output (Astro renders the pages while a worker
 * thread makes the search index from the site model: src/integrations/prep-worker-main.ts), draws the share cards and chart PNGs
 * (src/cli/images.mjs), and swaps it in only when the whole build succeeded, so a failed build leaves the
 * previous site intact. The content is checked first, inside the build (src/integrations/check-and-prepare.ts), and
 * the output is checked against every file the content implies (the search index and the images included) before
 * it is published. Plain JavaScript, so it starts at once.
 *
 * It prints one line per phase (content check, search index, Astro, images, whole-build check, published) and every
 * warning and error, not Astro's line per page: Astro logs as JSON lines, without its lines per page
 * (src/integrations/build-log.mjs), read here.
 *
 * Without the site's address the build is a preview (src/site.config.ts says what that changes). The address is
 * given as `--site <url>` (npm run build -- --site https://…) or PI_SITE; it is checked before anything else runs
 * (src/site-address.mjs), and handed to Astro as PI_SITE, which the site's settings read.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { startCompileCache } from './compile-cache.mjs';
import { drawImages } from './images.mjs';
import { recognisedLabel } from '../integrations/build-log.mjs';
import { siteOption, siteVariable } from '../site-address.mjs';

const option = siteOption(process.argv.slice(2), process.env[siteVariable]);
if (!option.ok) {
  console.error(`${option.message}\nNothing was built.`);
  process.exit(1);
}

const outName = process.env.PI_OUT_DIR ?? 'dist';
const outDir = resolve(outName);
const scratch = `${outDir}.building`;
// The content check writes here the list of files a whole build must produce (src/lib/publishing/routes.ts).
const expectedList = `${scratch}.expected.json`;
// …and here the PNGs drawn after Astro (share cards, chart images: src/cli/images.mjs).
const imageList = `${scratch}.images.json`;
// …and here the search index, made from the site model while Astro renders (src/lib/search/), moved in after Astro.
const searchIndex = `${scratch}.search-index`;
const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

rmSync(scratch, { recursive: true, force: true });
rmSync(expectedList, { force: true });
rmSync(imageList, { force: true });
rmSync(searchIndex, { recursive: true, force: true });

startCompileCache();

// PI_ASTRO_BIN lets the tests put a stand-in for Astro that stops early with exit 0.
const astro = process.env.PI_ASTRO_BIN ?? join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
/**
 * Node's flags for Astro's process. Every page passes through a few ArrayBuffers (its body, as rendered, handed to the
 * search thread and written), and by default V8 starts a full garbage collection whenever such memory outside its
 * heap grows by some tens of megabytes: at 1,000 letters, a full marking of the 600 MB heap every few seconds, about
 * 27 s of CPU on the second core, which Astro's main thread then waits for. Counted within the heap's own limit
 * instead, the build makes a third of those collections (npm run bench; 130 s to 105-117 s at 1,000 letters). The
 * flag is V8's; it is given to the Node the project pins (24), whose V8 is known to take it.
 */
const astroNodeFlags = Number(process.versions.node.split('.')[0]) === 24 ? ['--external-memory-accounted-in-global-limit'] : [];
const astroStarted = performance.now();
const astroRun = await runAstro(['build', ...option.args], {
  // Unset in a preview (an empty PI_SITE counts as unset), else the address as checked.
  [siteVariable]: option.site,
  PI_BUILD_LOG: '1',
  PI_OUT_DIR: scratch,
  PI_EXPECTED_FILES: expectedList,
  PI_IMAGE_JOBS: imageList,
  PI_SEARCH_INDEX: searchIndex,
});
if (astroRun.repeatedWarnings) console.warn(`(${plural(astroRun.repeatedWarnings, 'repeated warning')} not shown again)`);
const unchanged = () => (existsSync(outDir) ? `the previous site in ${outName}/ is unchanged` : 'nothing was written');
if (astroRun.status !== 0) {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(expectedList, { force: true });
  rmSync(imageList, { force: true });
  rmSync(searchIndex, { recursive: true, force: true });
  if (astroRun.lastRoute) console.error(`The last page Astro started before it stopped: ${astroRun.lastRoute}`);
  console.error(`The build failed; ${unchanged()}.`);
  process.exit(astroRun.status ?? 1);
}
const pagesBuilt = countPages(scratch);
console.log(`Astro: ${plural(pagesBuilt, 'page')} in ${seconds(astroStarted)}`);
// The log filter reads Astro's page lines by their wording (build-log.mjs): say so when it no longer can.
if (pagesBuilt && !astroRun.pageLinesRecognised)
  console.warn(
    "Warning: the build log recognised none of Astro's page lines (has Astro changed how it logs a page?): a failed build could not name the page it stopped on; see src/integrations/build-log.mjs",
  );
// The search index goes where the pages went; if the build made none, the whole-build check names its files.
if (existsSync(searchIndex)) renameSync(searchIndex, join(scratch, 'search-index'));

// The share cards and chart PNGs, drawn outside Astro on every core, from a cache keyed by their SVG.
// A child process's error arrives as a plain object (structured clone drops its class): keep its message.
const images = await drawImages(imageList, scratch).catch((error) =>
  error instanceof Error ? error : new Error(typeof error?.message === 'string' ? error.message : String(error)),
);
rmSync(imageList, { force: true });
if (images instanceof Error) {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(expectedList, { force: true });
  console.error(`Drawing the share cards and chart images failed: ${images.message}`);
  console.error(`The build failed; ${unchanged()}.`);
  process.exit(1);
}
console.log(images);

// Astro can exit 0 having stopped early: publish only a whole site, every file the content implies.
const expected = existsSync(expectedList) ? JSON.parse(readFileSync(expectedList, 'utf8')) : undefined;
rmSync(expectedList, { force: true });
const missing = expected
  ? expected.filter((file) => !existsSync(join(scratch, file)))
  : ['(the list of expected files: the content check did not run)'];
if (missing.length) {
  rmSync(scratch, { recursive: true, force: true });
  console.error(
    `The build is incomplete: ${missing.length} of ${expected?.length ?? '?'} expected files are missing, so it was not published; ${unchanged()}.`,
  );
  for (const file of missing.slice(0, 20)) console.error(`  missing: ${file}`);
  if (missing.length > 20) console.error(`  … and ${missing.length - 20} more`);
  process.exit(1);
}
// …and nothing the route table does not know: a page Astro built that the table (and so the sitemap and this check)
// does not list would be published unlisted and unchecked.
const listed = new Set(expected.map((file) => file.split(sep).join('/')));
const unlisted = readdirSync(scratch, { recursive: true })
  .map((file) => String(file).split(sep).join('/'))
  .filter((file) => file.endsWith('.html') && !listed.has(file));
if (unlisted.length) {
  rmSync(scratch, { recursive: true, force: true });
  console.error(
    `Astro built ${plural(unlisted.length, 'page')} the route table (src/lib/publishing/routes.ts) does not list, so the build was not published; ${unchanged()}.`,
  );
  for (const file of unlisted.slice(0, 20)) console.error(`  not in the route table: ${file}`);
  if (unlisted.length > 20) console.error(`  … and ${unlisted.length - 20} more`);
  process.exit(1);
}
console.log(`Whole-build check: all ${plural(expected.length, 'expected file')} present, and no page the route table does not list`);

const previous = `${outDir}.previous`;
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(scratch, outDir);
rmSync(previous, { recursive: true, force: true });
// The config reads PI_OUT_DIR, and `astro preview` takes --outDir: name the folder when it is not the default.
const preview = outDir === resolve('dist') ? 'npm run preview' : `npm run preview -- --outDir ${quoteForShell(outName)}`;
console.log(
  `${option.site ? `Published for ${option.site} to ${outName}/` : `Published a preview (no site address) to ${outName}/`} (${seconds(started)} in all). Preview it with: ${preview}`,
);

/**
 * Runs Astro with its log as JSON lines and prints what matters: every warning and error, the info lines of this
 * project's own integrations (labelled `probation-inspections:…`), and any line that is not Astro's JSON (a
 * stack trace, the content check's list of problems) as it came. The log names the page Astro last started just
 * before an error (src/integrations/build-log.mjs); it is kept, to name it if the build fails.
 */
function runAstro(args, env) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [...astroNodeFlags, astro, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    const seenWarnings = new Set();
    const state = { status: null, lastRoute: undefined, repeatedWarnings: 0, pageLinesRecognised: false };
    const read = (stream, print) => {
      const lines = createInterface({ input: stream, crlfDelay: Infinity });
      lines.on('line', (line) => {
        const entry = astroLogEntry(line);
        if (!entry) {
          print(line);
          return;
        }
        const message = entry.message.replace(/^\n+|\s+$/g, '');
        const label = typeof entry.label === 'string' ? entry.label.replace(/^probation-inspections:/, '') : '';
        const from = label && label !== 'SKIP_FORMAT' ? ` (${label})` : '';
        if (entry.label === recognisedLabel) state.pageLinesRecognised = true;
        else if (entry.level === 'error') console.error(`Error${from}: ${message}`);
        else if (entry.level === 'warn') {
          const key = `${label}\n${message}`;
          if (seenWarnings.has(key)) state.repeatedWarnings++;
          else console.warn(`Warning${from}: ${message}`);
          seenWarnings.add(key);
        } else if (entry.label?.startsWith?.('probation-inspections:')) console.log(message);
        else {
          const route = /^\s*[├└]─ (\S+)/.exec(message)?.[1];
          if (route) state.lastRoute = route;
        }
      });
      return new Promise((closed) => lines.on('close', closed));
    };
    const streams = Promise.all([read(child.stdout, console.log), read(child.stderr, console.error)]);
    child.on('close', async (code, signal) => {
      await streams;
      state.status = code ?? (signal ? 1 : 0);
      done(state);
    });
  });
}

/** One line of Astro's JSON log ({"message","label","level"}), or undefined for any other line. */
function astroLogEntry(line) {
  if (!line.startsWith('{')) return undefined;
  try {
    const entry = JSON.parse(line);
    return entry && typeof entry.message === 'string' && typeof entry.level === 'string' ? entry : undefined;
  } catch {
    return undefined;
  }
}

/** How many HTML pages a folder holds, at any depth. */
function countPages(dir) {
  return readdirSync(dir, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
}

function quoteForShell(path) {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
