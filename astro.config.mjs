// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import { siteConfig } from './src/site.config.ts';
import { rehypeLinkPdus } from './src/lib/publishing/rehype-link-pdus.ts';
import { remarkCorrections } from './src/lib/publishing/remark-corrections.ts';
import { headersIntegration } from './src/integrations/headers.ts';
import { checkedLetter, contentCheckIntegration, sitemapOfBuild } from './src/integrations/check-and-prepare.ts';
import { sitemapIntegration } from './src/integrations/sitemap.ts';
import { mdxFrontmatterPlugin } from './src/integrations/mdx-frontmatter.ts';
import { devServerIntegration } from './src/integrations/dev-server.ts';
import { siteUrlIntegration } from './src/integrations/site-url.ts';
import { mdxCacheIntegration } from './src/integrations/mdx-cache.ts';

/**
 * Astro marks the module it generates for each MDX letter with a `"use astro:head-inject"` directive, and Rolldown
 * warns, once per letter, that it may not keep it (a known, harmless Astro warning:
 * https://github.com/withastro/astro/issues/18087). Exactly that warning is silenced; every other is shown.
 * @param {{ code?: string, message?: string }} log
 */
const isHeadInjectDirectiveWarning = (log) =>
  log.code === 'MODULE_LEVEL_DIRECTIVE' && typeof log.message === 'string' && log.message.includes('"use astro:head-inject"');

export default defineConfig({
  site: siteConfig.site,
  base: siteConfig.base,
  outDir: siteConfig.outDir,
  // A separate cache per content folder keeps test builds from reusing the main site's cache (builds still
  // take turns: Astro keeps its content store in the one .astro/ folder).
  ...(process.env.PI_CACHE_DIR ? { cacheDir: process.env.PI_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // `npm run build` reads Astro's log as JSON lines, without the two lines per page (src/integrations/build-log.mjs).
  ...(process.env.PI_BUILD_LOG === '1' ? { logger: { entrypoint: './src/integrations/build-log.mjs' } } : {}),
  // No inline scripts or styles: the Content-Security-Policy allows only the site's own files.
  // Pages render four at a time: a page's file write then overlaps the next page's rendering (npm run bench).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: {
    plugins: [mdxFrontmatterPlugin(checkedLetter)],
    // The dev server need not watch scratch output: after `npm run bench`, .tmp/ holds hundreds of thousands of
    // built files, and watching them made `npm run dev` take some 40 s to start instead of a few.
    server: { watch: { ignored: ['**/.tmp/**', '**/dist/**', '**/dist.*/**'] } },
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        onLog(level, log, defaultHandler) {
          if (level === 'warn' && isHeadInjectDirectiveWarning(log)) return;
          defaultHandler(level, log);
        },
      },
    },
  },
  integrations: [
    siteUrlIntegration(),
    contentCheckIntegration(siteConfig.contentDir, siteConfig.site),
    mdx(),
    mdxCacheIntegration(),
    headersIntegration(siteConfig.base, { preview: siteConfig.preview }),
    sitemapIntegration(siteConfig.base, sitemapOfBuild),
    devServerIntegration(siteConfig.outDir, siteConfig.base),
  ],
  markdown: {
    // Letters hold no code, so no syntax highlighter is loaded.
    syntaxHighlight: false,
    // Letters are faithful to the source: no smart quotes (they would retype the published text) and
    // no GFM (letter prose needs no tables, and bare URLs and addresses stay as printed).
    // remarkCorrections marks, in a letter's narrative, each block the editors corrected after import.
    processor: unified({
      remarkPlugins: [remarkCorrections],
      rehypePlugins: [rehypeSlug, [rehypeLinkPdus, { base: siteConfig.base }]],
      smartypants: false,
      gfm: false,
    }),
  },
});
