import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/publishing/security';

/** Writes `_headers` (security headers for hosts that read it) into the built site. */
export function headersIntegration(base: string): AstroIntegration {
  return {
    name: 'probation-inspections:headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(`${fileURLToPath(dir)}/_headers`, headersFile(base));
      },
    },
  };
}
