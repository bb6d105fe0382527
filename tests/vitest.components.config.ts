/**
 * The component tests' project (tests/unit/components/): Astro's Vite configuration (getViteConfig), so a test can
 * import an .astro component and render it with the Container API. Part of `npm test` through tests/vitest.config.ts.
 *
 * Astro's own defaults, not the site's astro.config.mjs (configFile: false): what that file adds is for building the
 * site from its content (the content check, MDX, the sitemap, the headers, the build's log), and nothing a component
 * renders reads it but the base path, which is "/" either way unless PI_BASE is set. Vitest resolves every
 * project's configuration before any test starts, on one core: loading those integrations took a second of it.
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  {
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
  } as Parameters<typeof getViteConfig>[0],
  { configFile: false },
);
