/**
 * `npm run test:durations`: writes tests/durations.json, how long each test file took in the last run Vitest timed
 * on this machine (from its cache in node_modules/.vite/vitest/), in seconds. tests/sequencer.ts starts the longest
 * files first from these figures where Vitest has none of its own (a fresh clone: CI). Run it after `npm test` when
 * test files have been added or have grown much; figures out of date cost only time.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { durationsFile, type Durations } from './sequencer';

interface Results {
  projects: Record<string, { files: Record<string, { duration?: number; lastRun?: number }> }>;
}

const cacheDir = 'node_modules/.vite/vitest';
if (!existsSync(cacheDir)) throw new Error(`No test durations in ${cacheDir}: run npm test first.`);
const latest = new Map<string, { seconds: number; lastRun: number }>();
for (const dir of readdirSync(cacheDir)) {
  const file = join(cacheDir, dir, 'results.json');
  if (!existsSync(file)) continue;
  const results = JSON.parse(readFileSync(file, 'utf8')) as Results;
  for (const [project, { files }] of Object.entries(results.projects)) {
    // The projects of tests/vitest.config.ts; a run of another configuration times files differently.
    if (!['unit', 'components', 'e2e'].includes(project)) continue;
    for (const [path, { duration, lastRun = 0 }] of Object.entries(files)) {
      if (duration === undefined || !existsSync(path)) continue;
      const seen = latest.get(path);
      if (!seen || lastRun > seen.lastRun) latest.set(path, { seconds: Math.round(duration / 100) / 10, lastRun });
    }
  }
}
const durations: Durations = Object.fromEntries(
  [...latest].sort(([a], [b]) => a.localeCompare(b)).map(([path, { seconds }]) => [path, seconds]),
);
writeFileSync(durationsFile, `${JSON.stringify(durations, null, 2)}\n`);
console.log(`${durationsFile}: ${latest.size} test files`);
