import type { Measure } from '../../schemas/measures';
import { domainSlug } from '../model/domains';
import { caps, firstOf, regionChartLetters } from '../model/groups';
import type { SiteModel } from '../model/site-model';
import { keyFigureCharts } from './key-figure-charts';
import { distributionChart, historyChart, matrixChart, scoresChart } from './rating-charts';
import type { Chart } from './types';

/** Chart ids, one place: each is its chart's anchor and the name of its CSV (/data/charts/<id>.csv). */
export const chartIds = {
  latestRatings: 'latest-ratings',
  latestScores: 'latest-scores',
  regionRatings: (region: string) => `region-${region}-ratings`,
  regionScores: (region: string) => `region-${region}-scores`,
  /** One chart per key-figure measure, so a figure is filed under its measure's chart: "region-x-figures-vacancy-rate". */
  regionFigures: (region: string, measure: Measure) => `region-${region}-figures-${measure}`,
  pduHistory: (pdu: string) => `pdu-${pdu}-history`,
  pduFigures: (pdu: string, measure: Measure) => `pdu-${pdu}-figures-${measure}`,
  domainRatings: (slug: string) => `domain-${slug}-ratings`,
  standardDistribution: (slug: string) => `domain-${slug}-distribution`,
  compareRatings: 'compare-ratings',
  compareScores: 'compare-scores',
};

/** Two charts of the same PDUs: a ratings matrix and their scores. */
export interface RatingCharts {
  ratings?: Chart;
  scores?: Chart;
}

/** A region's charts: its PDUs' ratings and scores, and one chart per key-figure measure its latest letter states. */
export interface RegionCharts extends RatingCharts {
  figures: Chart[];
}

/** A PDU's charts: its score across inspections (when inspected more than once), and its key figures beside its region's. */
export interface PduCharts {
  history?: Chart;
  figures: Chart[];
}

/** A domain page's charts: a domain's ratings matrix of its standards, or a standard's distribution of ratings. */
export interface DomainCharts {
  ratings?: Chart;
  distribution?: Chart;
}

/** Every chart the site draws, each filed under what it is about, so a page asks for its own by type, never by id. */
export interface ChartCatalogue {
  /** Every chart in drawing order; /data/charts/<id>.csv serves each one's table. */
  all: Chart[];
  /** The home page's: every PDU's latest ratings and scores. */
  latest: RatingCharts;
  /** The compare page's: every PDU's, of which the page shows those chosen. */
  compare: RatingCharts;
  regions: ReadonlyMap<string, RegionCharts>;
  pdus: ReadonlyMap<string, PduCharts>;
  domains: ReadonlyMap<string, DomainCharts>;
}

/** Every chart the site draws, each with a stable id, filed by region, PDU and domain. */
export function siteCharts(model: SiteModel): ChartCatalogue {
  const all: Chart[] = [];
  /** Adds a chart to the catalogue's list, and returns it to be filed. */
  const drawn = <C extends Chart | undefined>(chart: C): C => {
    if (chart) all.push(chart);
    return chart;
  };
  let latestCharts: RatingCharts = {};
  let compareCharts: RatingCharts = {};
  const regions = new Map<string, RegionCharts>();
  const pdus = new Map<string, PduCharts>();
  const domains = new Map<string, DomainCharts>();
  const latest = model.pdus.map((p) => p.latest);
  if (latest.length) {
    latestCharts = {
      ratings: drawn(matrixChart(chartIds.latestRatings, 'Latest rating of every PDU on every standard', latest)),
      scores: drawn(scoresChart(chartIds.latestScores, 'Latest score of every PDU', latest)),
    };
    // The compare page's charts hold every PDU; the page shows just the ones chosen.
    const chosen = 'The PDUs chosen, each at its latest inspection.';
    compareCharts = {
      ratings: drawn({ ...matrixChart(chartIds.compareRatings, 'Ratings per standard', latest), takeaway: chosen, filterable: true }),
      scores: drawn({
        ...scoresChart(chartIds.compareScores, 'Score as a share of the maximum', latest),
        takeaway: chosen,
        filterable: true,
      }),
    };
  }
  for (const region of model.regions) {
    // The region's newest letter (letters are newest first); a region without one has no charts.
    const [letter] = region.letters;
    if (!letter) continue;
    const multi = region.letters.length > 1;
    // The PDUs of the region's latest letters only, so the chart stays readable however many letters there are.
    const chartLetters = regionChartLetters(region.letters);
    const inspections = chartLetters.shown.flatMap((l) => l.letter.pdus.map((inspection) => ({ letter: l, inspection })));
    regions.set(region.region.id, {
      ratings: drawn(
        matrixChart(
          chartIds.regionRatings(region.region.id),
          chartLetters.more
            ? `Ratings of PDUs in ${region.region.name}, the latest ${chartLetters.shown.length} of ${region.letters.length} letters`
            : `Ratings of PDUs in ${region.region.name}`,
          multi ? inspections : region.latestInspections,
          { dated: multi },
        ),
      ),
      scores: drawn(
        scoresChart(chartIds.regionScores(region.region.id), `Scores of PDUs in ${region.region.name}`, region.latestInspections),
      ),
      figures: keyFigureCharts(
        (measure) => chartIds.regionFigures(region.region.id, measure),
        letter,
        letter.letter.keyFigures,
        `${region.region.name}, ${letter.letter.date.slice(0, 4)}`,
      ).map(drawn),
    });
  }
  for (const pdu of model.pdus) {
    // The latest inspections only, so the line stays readable however often the PDU was inspected.
    const recent = firstOf(pdu.inspections, caps.pduHistory);
    const historyOf = () => {
      const chart = historyChart(chartIds.pduHistory(pdu.id), { ...pdu, inspections: recent.shown });
      return recent.more
        ? { ...chart, title: `${pdu.name}: score across the latest ${recent.shown.length} of ${recent.total} inspections` }
        : chart;
    };
    const history = pdu.inspections.length > 1 ? drawn(historyOf()) : undefined;
    const letter = pdu.latest.letter;
    const mine = letter.letter.keyFigures.filter((k) => k.scope === pdu.id);
    // A PDU's figures beside the region's for the same staff groups, for comparison.
    const regional = letter.letter.keyFigures.filter(
      (k) => k.scope === 'region' && mine.some((m) => m.measure === k.measure && m.group === k.group),
    );
    const figures = keyFigureCharts(
      (measure) => chartIds.pduFigures(pdu.id, measure),
      letter,
      [...regional, ...mine],
      `${pdu.name} and its region`,
    ).map(drawn);
    pdus.set(pdu.id, { ...(history ? { history } : {}), figures });
  }
  for (const domain of model.domains) {
    const { info } = domain;
    if (info.kind === 'standard')
      domains.set(info.slug, { distribution: drawn(distributionChart(chartIds.standardDistribution(info.slug), domain)) });
    if (info.kind === 'domain' && latest.length) {
      const rows = latest.filter((r) => r.letter.framework.domains.some((d) => domainSlug(d) === info.slug));
      if (rows.length)
        domains.set(info.slug, {
          ratings: drawn(
            matrixChart(
              chartIds.domainRatings(info.slug),
              `Latest ratings on ${info.label}`,
              rows,
              info.number !== undefined ? { domain: info.number } : {},
            ),
          ),
        });
    }
  }
  return { all, latest: latestCharts, compare: compareCharts, regions, pdus, domains };
}

/** The charts given that were drawn, in order: `drawnCharts(r.ratings, r.scores)`. */
export function drawnCharts(...charts: (Chart | undefined)[]): Chart[] {
  return charts.filter((c): c is Chart => c !== undefined);
}

/** A region's charts; a region with no letter has none. */
export function chartsOfRegion(catalogue: ChartCatalogue, regionId: string): RegionCharts {
  return catalogue.regions.get(regionId) ?? { figures: [] };
}

/** A PDU's charts. */
export function chartsOfPdu(catalogue: ChartCatalogue, pduId: string): PduCharts {
  return catalogue.pdus.get(pduId) ?? { figures: [] };
}

/** A domain's or standard's charts; a regional area, and a domain no PDU was inspected on, has none. */
export function chartsOfDomain(catalogue: ChartCatalogue, slug: string): DomainCharts {
  return catalogue.domains.get(slug) ?? {};
}
