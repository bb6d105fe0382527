import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TestSpecification, Vitest } from 'vitest/node';
import LongestFirst from '../sequencer';
import { root } from '../support';

/** A test file of a project as the sequencer sees it (the parts it and Vitest's own order read). */
const spec = (project: string, groupOrder: number, file: string) =>
  ({
    moduleId: join(root, file),
    project: { name: project, config: { sequence: { groupOrder }, isolate: false } },
  }) as unknown as TestSpecification;

/** The sequencer over a Vitest whose cache holds the given durations (ms), by file. */
const sequencer = (cached: Record<string, number>, failed: readonly string[] = []) =>
  new LongestFirst({
    config: { root },
    cache: {
      getTestSpecificationResult: (s: TestSpecification) => {
        const file = s.moduleId.slice(root.length);
        const duration = cached[file];
        return duration === undefined ? undefined : { duration, failed: failed.includes(file) };
      },
    },
  } as unknown as Vitest);

const names = (files: TestSpecification[]) => files.map((f) => `${f.project.name} ${f.moduleId.slice(root.length)}`);

const files = [
  spec('unit', 0, 'tests/unit/lib/urls.test.ts'),
  spec('unit', 0, 'tests/unit/importer/variants.test.ts'),
  spec('e2e', 1, 'tests/e2e/links.test.ts'),
  spec('e2e', 1, 'tests/e2e/dev-server.test.ts'),
  spec('e2e', 1, 'tests/e2e/every-page-type.test.ts'),
  spec('components', 1, 'tests/unit/components/cite-this.test.ts'),
];

describe('the order test files start in', () => {
  it('keeps Vitest’s order of groups and projects, and starts the longest recorded files of each project first, on a fresh clone', async () => {
    // Recorded against the files' sizes (by which Vitest orders files it has not timed): the smallest files took longest.
    const durations = { 'tests/e2e/links.test.ts': 9, 'tests/e2e/dev-server.test.ts': 7, 'tests/unit/lib/urls.test.ts': 5 };
    expect(names(await sequencer({}).sort(files, durations))).toEqual([
      'unit tests/unit/lib/urls.test.ts',
      'unit tests/unit/importer/variants.test.ts',
      'components tests/unit/components/cite-this.test.ts',
      'e2e tests/e2e/links.test.ts',
      'e2e tests/e2e/dev-server.test.ts',
      'e2e tests/e2e/every-page-type.test.ts',
    ]);
  });

  it('prefers the durations Vitest cached to the recorded ones', async () => {
    const cached = { 'tests/e2e/links.test.ts': 20_000 };
    const order = names(await sequencer(cached).sort(files, { 'tests/e2e/every-page-type.test.ts': 11 }));
    expect(order.filter((n) => n.startsWith('e2e'))).toEqual([
      'e2e tests/e2e/links.test.ts',
      'e2e tests/e2e/every-page-type.test.ts',
      'e2e tests/e2e/dev-server.test.ts',
    ]);
  });

  it('leaves Vitest’s own order when Vitest has timed every file: a file that failed last time first, then the longest', async () => {
    const cached = Object.fromEntries(files.map((f, i) => [f.moduleId.slice(root.length), (i + 1) * 1000]));
    const order = names(await sequencer(cached, ['tests/e2e/links.test.ts']).sort(files, { 'tests/e2e/dev-server.test.ts': 99 }));
    expect(order.filter((n) => n.startsWith('e2e'))).toEqual([
      'e2e tests/e2e/links.test.ts',
      'e2e tests/e2e/every-page-type.test.ts',
      'e2e tests/e2e/dev-server.test.ts',
    ]);
  });
});
