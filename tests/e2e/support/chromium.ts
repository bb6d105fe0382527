import { existsSync } from 'node:fs';
import { aptInstall, canApt } from './apt';

/**
 * Chromium's headless shell: the same Chromium without the browser around the page (no window, no tab strip,
 * no profile services), which Playwright itself drives for headless runs. Debian packages it as
 * chromium-headless-shell. On two cores the difference counts: the e2e project took 69 s and 93 CPU-s driving the
 * full browser, 59 s and 77 CPU-s driving the shell, with the same tests passing.
 */
const headlessShells = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium-headless-shell'];
/** The full browser: Lighthouse measures a page as a person's Chromium loads it, and a machine may have only this. */
const fullBrowsers = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];

/**
 * Finds a Chromium to drive: $CHROMIUM_PATH; else Debian's headless shell (installed first where there is none and
 * apt-get can run as root), or, where it cannot be installed, a full Chromium at a usual system path. With
 * `{ full: true }` (Lighthouse), only a full browser: $CHROME_PATH, a usual path, else Debian's chromium installed the
 * same way. Throws one line saying how to get one when there is none.
 */
export function findChromium({ full = false }: { full?: boolean } = {}): string {
  const fromEnv = full ? process.env.CHROME_PATH : process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${full ? 'CHROME_PATH' : 'CHROMIUM_PATH'}=${fromEnv} does not exist`);
    return fromEnv;
  }
  const preferred = full ? fullBrowsers : headlessShells;
  const found = () => preferred.find((p) => existsSync(p));
  if (!found() && canApt())
    aptInstall(full ? 'chromium' : 'chromium-headless-shell', full ? 'Lighthouse in the benchmark' : 'the browser tests');
  const path = found() ?? (full ? undefined : fullBrowsers.find((p) => existsSync(p)));
  if (path) return path;
  throw new Error(
    `No Chromium for the ${full ? 'benchmark' : 'browser tests'}: install one (Debian: \`apt-get install ${full ? 'chromium' : 'chromium-headless-shell'}\`) or set ${full ? 'CHROME_PATH' : 'CHROMIUM_PATH'} to its executable.`,
  );
}

/**
 * Launch flags for a headless Chromium on a closed network, as root. The second group trims work a test run never
 * needs, which on two cores is time (the browser tests' Chromium CPU, measured on four of the heaviest files: 47 s to
 * 38 s): no GPU process (its software compositing runs in the browser process), one renderer for a site and its
 * frames rather than a process per site (the tests' pages are all their own), no features a fresh profile sets up
 * for a person (translation, casting, back-forward cache, paint holding), one garbage-collector thread a page, and
 * V8's baseline compiler as its top tier (--max-opt=1: no Maglev or TurboFan). A test's page lives for a second or two,
 * which optimizing compilers, working on background threads, never pay back: axe-core's runs in every-page-type.test.ts
 * took 4.8 CPU-s of the renderer with them and 3.0 without, in the same time; all the browser tests, 28 against 25.5.
 * (What the pages do is the same at every tier; `npm run bench`'s Lighthouse runs the full browser with its defaults.)
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',

  '--in-process-gpu',
  '--disable-extensions',
  '--disable-site-isolation-trials',
  '--disable-features=site-per-process,IsolateOrigins,PaintHolding,BackForwardCache,OptimizationHints,MediaRouter,Translate',
  '--js-flags=--single-threaded-gc --max-opt=1',
];
