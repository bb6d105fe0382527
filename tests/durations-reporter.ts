/**
 * `npm run test:durations`: runs every test, then writes tests/durations.json, how long each test file took, in
 * seconds (Vitest's own figure for a file: its tests and hooks). tests/sequencer.ts starts the longest files first
 * from these figures where Vitest has none of its own (a fresh clone: CI). Files the run did not reach keep their
 * figures; files that no longer exist lose them. Figures out of date cost only time.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Reporter, TestModule, Vitest } from 'vitest/node';
import { durationsFile, type Durations } from './sequencer.ts';

export default class DurationsReporter implements Reporter {
  private root = '';

  onInit(vitest: Vitest): void {
    this.root = vitest.config.root;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const recorded = existsSync(durationsFile) ? (JSON.parse(readFileSync(durationsFile, 'utf8')) as Durations) : {};
    for (const module of testModules) {
      if (module.state() === 'skipped' || module.state() === 'pending') continue;
      recorded[relative(this.root, module.moduleId)] = Math.round(module.diagnostic().duration / 100) / 10;
    }
    const kept = Object.entries(recorded)
      .filter(([path]) => existsSync(`${this.root}/${path}`))
      .sort(([a], [b]) => a.localeCompare(b));
    writeFileSync(durationsFile, `${JSON.stringify(Object.fromEntries(kept), null, 2)}\n`);
    console.log(`${relative(this.root, durationsFile)}: ${kept.length} test files`);
  }
}
