import type { AstroIntegration } from 'astro';
import { placeholderSite, siteOption, siteVariable } from '../site-address.mjs';

/**
 * Says, once per build, whether it publishes or is a preview, and refuses a PI_SITE that is not a site's address (the
 * build script refuses it first; this covers a bare `astro build` or `astro dev`). A preview is what the README's first
 * command builds, so it is said plainly, not warned about: the pages say it too.
 */
export function siteUrlIntegration(): AstroIntegration {
  return {
    name: 'probation-inspections:site-url',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const given = siteOption([], process.env[siteVariable]);
        if (!given.ok) throw new Error(given.message);
        if (command !== 'build') return;
        if (given.site)
          logger.info(`Publishing for ${given.site}: canonical links, citations, feeds, the sitemap and share cards carry it.`);
        else
          logger.info(
            `A preview (no site address): every page says so and carries noindex, robots.txt disallows crawling, and links carry the placeholder ${placeholderSite}. ` +
              `To publish, give the address: npm run build -- --site https://inspections.example.gov.uk (or ${siteVariable}=…).`,
          );
      },
    },
  };
}
