import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { validateContentDir } from '../lib/validate-content';

/**
 * Checks the content before Astro reads it: every problem on one line (file, field or line, what is
 * wrong), then the build stops with no stack trace. Astro's own schema check would stop at the first
 * bad entry with a stack trace; this reports them all, readably.
 */
export function contentCheckIntegration(contentDir: string): AstroIntegration {
  return {
    name: 'probation-inspections:content-check',
    hooks: {
      'astro:config:setup': async ({ command }) => {
        if (command !== 'build') return;
        const problems = await validateContentDir(resolve(contentDir));
        if (!problems.length) return;
        console.error(`\nThe content has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}; nothing was built:`);
        for (const p of problems) console.error(p);
        process.exit(1);
      },
    },
  };
}
