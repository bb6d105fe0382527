import type { AstroIntegration } from 'astro';
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/publishing/security';

/**
 * Writes `_headers` (security headers for hosts that read it, with framing allowed for embed pages only) into the built
 * site; a preview's (no site address) also asks search engines not to index any file.
 */
export function headersIntegration(base: string, options: { preview?: boolean } = {}): AstroIntegration {
  return {
    name: 'probation-inspections:headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        // Every top-level folder and file of the output, and those the build script adds after Astro (the search
        // index, the share cards), so each gets the policy from exactly one rule.
        const topLevel = [
          ...readdirSync(out, { withFileTypes: true }).map((e) => (e.isDirectory() ? `${e.name}/` : e.name)),
          'search-index/',
          'cards/',
        ];
        writeFileSync(`${out}/_headers`, headersFile(base, topLevel, options));
      },
    },
  };
}
