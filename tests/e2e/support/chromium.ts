import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = () => existsSync('/usr/bin/apt-get');

/**
 * Finds a Chromium to drive: $CHROMIUM_PATH, then the usual system paths. Where there is none and
 * Debian's apt is usable as root, installs Debian's chromium first and says so; elsewhere throws one line saying how to get one.
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  if (hasApt() && isRoot()) {
    console.log("No Chromium found: installing Debian's chromium package with apt-get (once per machine)…");
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    'No Chromium for the browser tests: install one (Debian: `apt-get install chromium`) or set CHROMIUM_PATH to its executable.',
  );
}

/**
 * Launch flags for a headless Chromium on a closed network, as root. The second group trims work a test run never
 * needs, which on two cores is time (the browser tests' Chromium CPU, measured on four of the heaviest files: 47 s to
 * 38 s): no GPU process (its software compositing runs in the browser process), one renderer for a site and its
 * frames rather than a process per site (the tests' pages are all their own), no features a fresh profile sets up
 * for a person (translation, casting, back-forward cache, paint holding), and one garbage-collector thread a page.
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
  '--js-flags=--single-threaded-gc',
];
