import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Runs Pagefind over the built site at the end of every `astro build`, writing the search index to
 * <outDir>/pagefind/. Only elements marked data-pagefind-body are indexed (content, never navigation).
 */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'probation-inspections:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Only these pages carry indexed content; reading the others (lists, charts) would only cost time.
        const added = await index.addDirectory({ path: outDir, glob: '{letters,findings,recommendations,pdus}/*/index.html' });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Indexed ${added.page_count} pages for search into ${written.outputPath}`);
      },
    },
  };
}
