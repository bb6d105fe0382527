// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import { siteConfig } from './src/site.config.ts';
import { rehypeLinkPdus } from './src/lib/publishing/rehype-link-pdus.ts';
import { headersIntegration } from './src/integrations/headers.ts';
import { contentCheckIntegration } from './src/integrations/content-check.ts';

export default defineConfig({
  site: siteConfig.site,
  base: siteConfig.base,
  outDir: siteConfig.outDir,
  // Separate caches let test builds of other content folders run beside the main one.
  ...(process.env.PI_CACHE_DIR ? { cacheDir: process.env.PI_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // No inline scripts or styles: the Content-Security-Policy allows only the site's own files.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [contentCheckIntegration(siteConfig.contentDir, siteConfig.site), mdx(), headersIntegration(siteConfig.base)],
  markdown: {
    // Letters hold no code, so no syntax highlighter is loaded.
    syntaxHighlight: false,
    // Letters are faithful to the source: no smart quotes (they would retype the published text) and
    // no GFM (letter prose needs no tables, and bare URLs and addresses stay as printed).
    processor: unified({
      rehypePlugins: [rehypeSlug, [rehypeLinkPdus, { base: siteConfig.base }]],
      smartypants: false,
      gfm: false,
    }),
  },
});
