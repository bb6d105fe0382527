// The resolve hook the commands use, for the modules this process loads itself: the browser tests' global setup and
// what it imports (see nativeModules).
import '../src/cli/ts-resolve.mjs';
import { defineConfig } from 'vitest/config';
import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import LongestFirst from './sequencer.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Scratch folders (os.tmpdir(): the importer's and the content check's test folders, test builds' content) go to
 * memory where the machine has it: many tests copy and read small files, which on a virtual disk took several times
 * as long. Where there is no writable /dev/shm, the system's own temporary folder is used.
 */
const memoryTmp = (() => {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return undefined;
  }
})();
if (memoryTmp) process.env.TMPDIR = memoryTmp;

/**
 * The unit and browser tests run their modules as Node runs them, not through Vite's module runner: Node strips the
 * types, and src/cli/ts-resolve.mjs lets the modules import each other without extensions, as for the commands and the
 * build's worker thread. Nothing is transformed for them, and a failure's stack points into the file as written. Node's
 * compile cache stays off in these processes (ts-resolve.mjs says why); the builds and commands they start turn it on
 * themselves. As on a fresh clone (Vitest's module cache empty, the compile cache as `npm run build` leaves it), the
 * unit tests took 20.4–21.4 CPU-s this way, against 22.5–22.9 through the module runner; the browser tests took about
 * the same either way. The component tests keep Vite's (vitest.components.config.ts): they import .astro files through
 * Astro's plugins.
 */
const nativeModules = {
  experimental: { viteModuleRunner: false },
  execArgv: ['--import', join(root, 'src/cli/ts-resolve.mjs')],
};

export default defineConfig({
  root,
  test: {
    // Deterministic runs: one time zone, no network.
    env: { TZ: 'Europe/London', ...(memoryTmp ? { TMPDIR: memoryTmp } : {}) },
    reporters: ['default', './tests/summary-reporter.ts'],
    // Longest files first, from Vitest's cached durations or, on a fresh clone, tests/sequencer.ts's figures.
    sequence: { sequencer: LongestFirst },
    projects: [
      './tests/vitest.components.config.ts',
      {
        extends: true,
        test: {
          name: 'unit',
          ...nativeModules,
          include: ['tests/unit/**/*.test.ts'],
          // The component tests need Astro's Vite plugins to import .astro files: their own project (vitest.components.config.ts).
          exclude: ['tests/unit/components/**'],
          // One worker per core, each keeping its modules from one test file to the next (isolate: false):
          // a test that mocks a module or changes a global must undo it.
          maxWorkers: '100%',
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          ...nativeModules,
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['./tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // After the unit tests (which share the two cores with the background jobs global-setup.ts starts), two
          // files at a time, in workers that keep their modules between files: much of a browser test is waiting
          // (for the page, the network going quiet, the search index), so two files keep both cores busier than one. Within a
          // file, browser tests run side by side on the one shared Chromium (describe.concurrent).
          maxWorkers: 2,
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
