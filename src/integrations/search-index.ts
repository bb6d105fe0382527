import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { setSearchSink } from '../lib/publishing/search-sink';
import { searchableHtml } from '../lib/publishing/search-terms';
import { loadReference } from '../lib/model/reference';
import { count } from '../lib/words/vocabulary';

/**
 * Builds the Pagefind search index during `astro build`: the index opens before Astro renders, takes each
 * indexed page from the middleware as it is rendered (Pagefind parses it in its own process, on another core),
 * and is written to `<out>/pagefind/` when every page is done. Any Pagefind error fails the build; the build
 * script then publishes nothing (src/cli/build.mjs), and it checks the index is there with every other file.
 * Each page is indexed with the acronyms it uses in both forms (content/reference/acronyms.json), so "BBR" finds a
 * page that says "Building Better Relationships", and the other way round; Pagefind is handed only the part of the
 * page it indexes (searchableHtml), which gives the same index for far less text sent to its process.
 */
export function searchIndexIntegration(contentDir: string): AstroIntegration {
  let index: pagefind.PagefindIndex | undefined;
  const pending: Promise<string[]>[] = [];
  let started = 0;
  return {
    name: 'probation-inspections:search-index',
    hooks: {
      'astro:build:start': async () => {
        started = performance.now();
        const created = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!created.index) throw new Error(`Search indexing could not start: ${created.errors.join('; ')}`);
        index = created.index;
        const open = index;
        const { acronyms } = loadReference(join(contentDir, 'reference'));
        setSearchSink({
          add: (file, html) =>
            pending.push(open.addHTMLFile({ sourcePath: file, content: searchableHtml(html, acronyms) }).then((r) => r.errors)),
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        setSearchSink(undefined);
        if (!index) return;
        try {
          const errors = (await Promise.all(pending)).flat();
          const outputPath = fileURLToPath(new URL('pagefind/', dir));
          const written = errors.length ? undefined : await index.writeFiles({ outputPath });
          errors.push(...(written?.errors ?? []));
          if (errors.length) throw new Error(`Search indexing failed: ${errors.join('; ')}`);
          const entry = JSON.parse(readFileSync(`${outputPath}pagefind-entry.json`, 'utf8')) as {
            languages: Record<string, { page_count: number }>;
          };
          const pages = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
          logger.info(`Search index: ${count(pages, 'page')} indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
