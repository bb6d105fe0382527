import { writeFileSync } from 'node:fs';
import type { Chart } from '../lib/charts/types';
import { chartCredit, chartSvgs, imageJobs, siteCards } from '../lib/images/image-jobs';
import { imageFontFamily, imageFontFiles, imageFonts } from '../lib/images/fonts';
import { handOverDrawnImages } from '../lib/images/drawn-images';
import type { SiteModel } from '../lib/model/site-model';
import { siteConfig } from '../site.config';

/**
 * Writes the list of PNGs the build script draws after Astro (src/cli/images.mjs): every share card and chart image,
 * each with the SVG that fully determines it, and the font files to draw them with. A card the shipped font cannot
 * draw (a character it has no glyph for) stops the build here, naming the card.
 */
export function writeImageJobs(file: string, model: SiteModel, charts: readonly Chart[], site: string): void {
  try {
    const fonts = imageFonts();
    const cards = siteCards(model, fonts, siteConfig.title);
    const svgs = chartSvgs(charts, fonts, chartCredit(siteConfig.title, site, siteConfig.base));
    const jobs = imageJobs(cards, svgs);
    handOverDrawnImages({ cards, chartSvgs: svgs });
    writeFileSync(file, JSON.stringify({ fontFiles: imageFontFiles, fontFamily: imageFontFamily, jobs }));
  } catch (error) {
    console.error(
      `\nThe share cards and chart images could not be drawn; nothing was built:\n${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
}
