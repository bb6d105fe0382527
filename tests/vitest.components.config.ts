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
  },
} as Parameters<typeof getViteConfig>[0]);
