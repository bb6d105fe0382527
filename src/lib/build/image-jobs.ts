import type { Chart } from '../charts/types';
import type { SiteModel } from '../model/site-model';
import { outputFile } from '../publishing/routes';
import { paths } from '../urls';
import { withBase } from '../language/format';
import { drawCard, type DrawnCard } from '../images/card';
import type { CardFonts } from '../typesetting/fonts';
import { standaloneChartSvg } from '../images/chart-svg';
import { siteCardSpecs } from '../images/site-cards';
import type { CardSummary } from '../images/drawn-images';

/** One PNG the build draws outside Astro (src/cli/images.mjs): the output file, the SVG it is drawn from and its zoom. */
export interface ImageJob {
  file: string;
  svg: string;
  zoom: number;
}

/** The line under each chart file naming where it comes from: "Probation inspection outcomes, https://…/". */
export function chartCredit(siteName: string, site: string, base: string): string {
  return `${siteName}, ${new URL(withBase(base, paths.home()), site).href}`;
}

/** Every share card of the site, drawn (SVG and alternative text), by site path. */
export function siteCards(model: SiteModel, fonts: CardFonts, siteName: string): Map<string, DrawnCard> {
  return new Map(siteCardSpecs(model).map((spec) => [spec.path, drawCard(spec, fonts, siteName)]));
}

/** Every chart's standalone SVG (served at /data/charts/<id>.svg), by chart id. */
export function chartSvgs(charts: readonly Chart[], fonts: CardFonts, credit: string): Map<string, string> {
  return new Map(charts.map((chart) => [chart.id, standaloneChartSvg(chart, fonts, credit)]));
}

/** The PNG job of a share card: drawn at its own size. */
export const cardJob = (card: DrawnCard): ImageJob => ({ file: outputFile(card.path), svg: card.svg, zoom: 1 });

/** The PNG job of a chart, drawn from its standalone SVG at twice its size so it stays sharp in print. */
export const chartJob = (id: string, svg: string): ImageJob => ({ file: outputFile(paths.chartPng(id)), svg, zoom: 2 });

/**
 * Every PNG a whole build draws, one at a time: one share card per letter, region, PDU, finding and recommendation
 * (1200 × 630), then each chart's PNG. Each card is drawn as its job is asked for and comes with its path and
 * alternative text, so a caller writing the jobs out holds one card's SVG at a time, not 70,000 at 1,000 letters.
 */
export function* siteImageJobs(
  model: SiteModel,
  fonts: CardFonts,
  siteName: string,
  chartFiles: ReadonlyMap<string, string>,
): Generator<{ job: ImageJob; card?: CardSummary }> {
  for (const spec of siteCardSpecs(model)) {
    const card = drawCard(spec, fonts, siteName);
    yield { job: cardJob(card), card: { path: card.path, alt: card.alt } };
  }
  for (const [id, svg] of chartFiles) yield { job: chartJob(id, svg) };
}
