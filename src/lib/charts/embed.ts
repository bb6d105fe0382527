import { paths, permalink } from '../urls';
import { chartIds, type ChartCatalogue } from './catalogue';
import type { Chart } from './types';

/** Height the embed page needs around a chart: its title, takeaway, key and source lines. */
const embedChrome = 220;

/**
 * The page each chart is shown on (with its anchor), where an embedded chart links back to: the home page's overview,
 * the compare page, or its region, PDU or domain page.
 */
export function chartPages(catalogue: ChartCatalogue): Map<string, string> {
  const pages = new Map<string, string>();
  const file = (charts: readonly (Chart | undefined)[], page: string) => {
    for (const chart of charts) if (chart && !pages.has(chart.id)) pages.set(chart.id, `${page}#${chart.id}`);
  };
  file([catalogue.latest.ratings, catalogue.latest.scores], paths.home());
  file([catalogue.compare.ratings, catalogue.compare.scores], paths.compare());
  for (const [id, c] of catalogue.regions) file([c.ratings, c.scores, ...c.figures], paths.region(id));
  for (const [id, c] of catalogue.pdus) file([c.history, ...c.figures], paths.pdu(id));
  for (const [slug, c] of catalogue.domains) file([c.ratings, c.distribution], paths.domain(slug));
  for (const chart of catalogue.all) if (!pages.has(chart.id)) throw new Error(`chart ${chart.id} is on no page`);
  return pages;
}

/** The compare page's charts hold every PDU, of which the page shows a selection: their files say so. */
export function chartFileNoun(chartId: string): string {
  return chartId === chartIds.compareRatings || chartId === chartIds.compareScores ? 'the chart of every PDU' : 'the chart';
}

/** The HTML another site pastes to show a chart: an iframe of its embed page, titled, sized to the chart. */
export function embedSnippet(chart: Chart, site: string): string {
  const height = Math.ceil(chart.geometry.height + embedChrome);
  const title = chart.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${permalink(paths.embed(chart.id), site)}" title="${title}" width="100%" height="${height}" loading="lazy"></iframe>`;
}
