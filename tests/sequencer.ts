import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Seconds a test file took, by its path from the project's root. */
export type Durations = Record<string, number>;

/** How long each test file took in a timed run of `npm test` on two cores (written by `npm run test:durations`). */
export const durationsFile = fileURLToPath(new URL('durations.json', import.meta.url));

/** The durations `npm run test:durations` recorded, or none. */
const recordedDurations = (): Durations =>
  existsSync(durationsFile) ? (JSON.parse(readFileSync(durationsFile, 'utf8')) as Durations) : {};

/**
 * Vitest starts the files it has timed before longest first, from the durations it caches in node_modules/.vite, so
 * that no long file starts last and holds the run open. A fresh clone (CI) has no such cache, and Vitest then starts
 * the largest files first: short files with long waits (the dev server's, the bare Astro build's) began last and ended
 * the run (67-69 s, against 63-66 s in the order of a timed run). This sequencer takes Vitest's order where Vitest has
 * timed every file; otherwise, within each project, the files with a duration (Vitest's own, else tests/durations.json's)
 * start first, longest first, and the others follow in Vitest's order. A figure out of date costs only time.
 */
export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[], recorded: Durations = recordedDurations()): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const cache = this.ctx.cache;
    if (sorted.every((file) => cache.getTestSpecificationResult(file))) return sorted;
    const root = this.ctx.config.root;
    const seconds = (file: TestSpecification) => {
      const cached = cache.getTestSpecificationResult(file)?.duration;
      return cached === undefined ? recorded[relative(root, file.moduleId)] : cached / 1000;
    };
    // Vitest's order keeps each project's files together; the order changes only within a project.
    const project = (file: TestSpecification) => `${file.project.config.sequence.groupOrder}\0${file.project.name}`;
    const ranked = sorted.map((file, index) => ({ file, index, seconds: seconds(file) ?? -1 }));
    return ranked
      .sort((a, b) => (project(a.file) === project(b.file) ? b.seconds - a.seconds || a.index - b.index : a.index - b.index))
      .map(({ file }) => file);
  }
}
