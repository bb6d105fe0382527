/**
 * The component tests' project (tests/unit/components/): Astro's Vite configuration (getViteConfig), so a test can
 * import an .astro component and render it with the Container API. Part of `npm test` through tests/vitest.config.ts.
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    name: 'components',
    include: ['tests/unit/components/**/*.test.ts'],
    env: { TZ: 'Europe/London' },
    testTimeout: 30_000,
    // Beside the browser tests (group 1, tests/vitest.config.ts, which a group's projects must match in maxWorkers and
    // isolate), which leave a core idle much of the time; after the unit tests, which keep both busy.
    sequence: { groupOrder: 1 },
    maxWorkers: 2,
    isolate: false,
  },
} as Parameters<typeof getViteConfig>[0]);
