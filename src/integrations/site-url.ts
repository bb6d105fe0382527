import type { AstroIntegration } from 'astro';
import { placeholderSite } from '../site.config';

const sameUrl = (a: string, b: string) => a.replace(/\/+$/, '') === b.replace(/\/+$/, '');

/**
 * Warns, once per build, while the site URL is still the placeholder (PI_SITE unset): every canonical link, the
 * feed, the sitemap and every copied link would carry it.
 */
export function siteUrlIntegration(): AstroIntegration {
  return {
    name: 'probation-inspections:site-url',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' || !config.site || !sameUrl(config.site, placeholderSite)) return;
        logger.warn(
          `The site URL is still the placeholder ${placeholderSite}: every canonical link, the feed, the sitemap and every copied link carry it. ` +
            'Set PI_SITE to the address the site is served from, e.g. PI_SITE=https://inspections.example.gov.uk npm run build.',
        );
      },
    },
  };
}
