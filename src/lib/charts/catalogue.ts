import { domainSlug } from '../model/domains';
import type { SiteModel } from '../model/site-model';
import { keyFigureCharts } from './key-figure-charts';
import { distributionChart, historyChart, matrixChart, scoresChart } from './rating-charts';
import type { Chart } from './types';

/** Chart ids, one place so pages and CSV downloads agree. */
export const chartIds = {
  latestRatings: 'latest-ratings',
  latestScores: 'latest-scores',
  regionRatings: (region: string) => `region-${region}-ratings`,
  regionScores: (region: string) => `region-${region}-scores`,
  regionFigures: (region: string) => `region-${region}-figures`,
  pduHistory: (pdu: string) => `pdu-${pdu}-history`,
  pduFigures: (pdu: string) => `pdu-${pdu}-figures`,
  domainRatings: (slug: string) => `domain-${slug}-ratings`,
  standardDistribution: (slug: string) => `domain-${slug}-distribution`,
  compareRatings: 'compare-ratings',
  compareScores: 'compare-scores',
};

/** Every chart the site draws, each with a stable id. Pages show theirs; /data/charts/<id>.csv serves each one's table. */
export function siteCharts(model: SiteModel): Chart[] {
  const charts: Chart[] = [];
  const latest = model.pdus.map((p) => p.latest);
  if (latest.length) {
    charts.push(matrixChart(chartIds.latestRatings, 'Latest rating of every PDU on every standard', latest));
    charts.push(scoresChart(chartIds.latestScores, 'Latest score of every PDU', latest));
    // The compare page's charts hold every PDU; the page shows just the ones chosen.
    const chosen = 'The PDUs chosen, each at its latest inspection.';
    charts.push({ ...matrixChart(chartIds.compareRatings, 'Ratings per standard', latest), takeaway: chosen });
    charts.push({ ...scoresChart(chartIds.compareScores, 'Score as a share of the maximum', latest), takeaway: chosen });
  }
  for (const region of model.regions) {
    // The region's newest letter (letters are newest first); a region without one has no charts.
    const [letter] = region.letters;
    if (!letter) continue;
    const multi = region.letters.length > 1;
    const all = region.letters.flatMap((l) => l.letter.pdus.map((inspection) => ({ letter: l, inspection })));
    charts.push(
      matrixChart(
        chartIds.regionRatings(region.region.id),
        `Ratings of PDUs in ${region.region.name}`,
        multi ? all : region.latestInspections,
        { dated: multi },
      ),
    );
    charts.push(scoresChart(chartIds.regionScores(region.region.id), `Scores of PDUs in ${region.region.name}`, region.latestInspections));
    charts.push(
      ...keyFigureCharts(
        chartIds.regionFigures(region.region.id),
        letter,
        letter.letter.keyFigures,
        `${region.region.name}, ${letter.letter.date.slice(0, 4)}`,
      ),
    );
  }
  for (const pdu of model.pdus) {
    if (pdu.inspections.length > 1) charts.push(historyChart(chartIds.pduHistory(pdu.id), pdu));
    const letter = pdu.latest.letter;
    const mine = letter.letter.keyFigures.filter((k) => k.scope === pdu.id);
    // A PDU's figures beside the region's for the same staff groups, for comparison.
    const regional = letter.letter.keyFigures.filter(
      (k) => k.scope === 'region' && mine.some((m) => m.measure === k.measure && m.group === k.group),
    );
    charts.push(...keyFigureCharts(chartIds.pduFigures(pdu.id), letter, [...regional, ...mine], `${pdu.name} and its region`));
  }
  for (const domain of model.domains) {
    if (domain.info.kind === 'standard') charts.push(distributionChart(chartIds.standardDistribution(domain.info.slug), domain));
    if (domain.info.kind === 'domain' && latest.length) {
      const rows = latest.filter((r) => r.letter.framework.domains.some((d) => domainSlug(d) === domain.info.slug));
      if (rows.length)
        charts.push(
          matrixChart(
            chartIds.domainRatings(domain.info.slug),
            `Latest ratings on ${domain.info.label}`,
            rows,
            domain.info.number !== undefined ? { domain: domain.info.number } : {},
          ),
        );
    }
  }
  return charts;
}

/** The charts with these ids, in the order given; ids with no chart are skipped. */
export function chartsById(charts: readonly Chart[], ...ids: string[]): Chart[] {
  return ids.flatMap((id) => charts.filter((c) => c.id === id));
}

/** The charts whose ids start with a prefix (e.g. a region's key-figure charts). */
export function chartsWithPrefix(charts: readonly Chart[], prefix: string): Chart[] {
  return charts.filter((c) => c.id.startsWith(`${prefix}-`));
}
