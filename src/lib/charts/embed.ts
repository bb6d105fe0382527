import { paths, permalink } from '../urls';
import { chartIds, type ChartCatalogue } from './catalogue';
import { embedHeightMessage } from './embed-message';
import { embedHeight, embedSourceRuns } from './embed-page';
import type { Chart } from './types';
import { escapeMarkup } from '../escape';

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

/**
 * The HTML another site pastes to show a chart: an iframe of its embed page, titled, as tall as the page is at its
 * tallest at any width from 320 px (src/lib/charts/embed-page.ts), so it never scrolls inside; and a small script,
 * which the host may leave out, that fits the iframe to the page's own height as the embed page reports it
 * (postMessage, from the site's origin only), so a wide frame keeps no empty space under the chart. A host that strips
 * or blocks scripts keeps the fixed height, which always fits.
 */
export function embedSnippet(chart: Chart, site: string, siteTitle: string): string {
  const src = permalink(paths.embed(chart.id), site);
  const height = embedHeight(chart, embedSourceRuns(chart, { back: src, csv: src, siteTitle }));
  const title = escapeMarkup(chart.title);
  const origin = new URL(site).origin;
  const script =
    `<script>addEventListener("message",function(e){var h=e.data&&e.data["${embedHeightMessage}"];` +
    `if(e.origin!=="${origin}"||typeof h!=="number"||!(h>0&&h<20000))return;` +
    `document.querySelectorAll("iframe[data-embed-height]").forEach(function(f){if(f.contentWindow===e.source)f.height=String(Math.ceil(h))})});</script>`;
  return `<iframe src="${src}" title="${title}" width="100%" height="${height}" loading="lazy" data-embed-height></iframe>\n${script}`;
}
