import { closeSync, openSync, writeSync } from 'node:fs';
import type { Chart } from '../lib/charts/types';
import { chartCredit, chartSvgs, siteImageJobs } from '../lib/build/image-jobs';
import { imageFontFamily, imageFontFiles, imageFonts } from '../lib/typesetting/fonts';
import type { CardSummary } from '../lib/images/drawn-images';
import type { SiteModel } from '../lib/model/site-model';
import type { Prepared } from '../lib/build/prepared';
import { siteConfig } from '../site.config';

/**
 * Writes the list of PNGs the build script draws after Astro (src/cli/images.mjs): every share card and chart image,
 * each with the SVG that fully determines it, and the font files to draw them with. Returns what the pages need of
 * them: each card's path and alternative text, and each chart's SVG file. A card the shipped font cannot draw (a
 * character it has no glyph for) throws, naming the card.
 */
export function writeImageJobs(file: string, model: SiteModel, charts: readonly Chart[], site: string): NonNullable<Prepared['images']> {
  const fonts = imageFonts();
  const svgs = chartSvgs(charts, fonts, chartCredit(siteConfig.title, site, siteConfig.base));
  const cards = new Map<string, CardSummary>();
  // Written as each card is drawn, in pieces of about a megabyte: the list holds every card's SVG (hundreds of
  // megabytes at 1,000 letters), which is never held in memory whole.
  const fd = openSync(file, 'w');
  try {
    let buffer = `{"fontFiles":${JSON.stringify(imageFontFiles)},"fontFamily":${JSON.stringify(imageFontFamily)},"jobs":[`;
    let first = true;
    for (const { job, card } of siteImageJobs(model, fonts, siteConfig.title, svgs)) {
      if (card) cards.set(card.path, card);
      buffer += `${first ? '' : ','}${JSON.stringify(job)}`;
      first = false;
      if (buffer.length > 1 << 20) {
        writeSync(fd, buffer);
        buffer = '';
      }
    }
    writeSync(fd, `${buffer}]}`);
  } finally {
    closeSync(fd);
  }
  return { cards, chartSvgs: svgs };
}
