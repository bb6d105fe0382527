import { format } from 'd3-format';
import { ratingCounts, tallyRatings, type RatingTally } from '../model/aggregates';
import { formatDate, formatMonth } from '../language/format';
import { standardsOf } from '../model/reference';
import type { DomainRecord, InspectionRecord, PduRecord } from '../model/site-model';
import { barGeometry } from './bars';
import { lineGeometry } from './line';
import { matrixGeometry } from './matrix';
import { must } from '../must';
import { pduUnit } from '../words/sentences';
import {
  capitalise,
  count,
  listNames,
  notRatedLabel,
  plural,
  ratingAbbreviations,
  ratingKeyText,
  ratingLabels,
  ratingWord,
  scoreText,
  wasWere,
} from '../language/vocabulary';
import type { Chart, ChartSource } from './types';

const percent = format('.0f');

/** The letters a set of inspections come from, newest first, for a chart's source line. */
export function sourcesOf(records: readonly InspectionRecord[]): ChartSource[] {
  const letters = new Map(records.map((r) => [r.letter.letter.id, r.letter]));
  return [...letters.values()]
    .sort((a, b) => b.letter.date.localeCompare(a.letter.date))
    .map((l) => ({ letterId: l.letter.id, title: l.letter.title, date: l.letter.date }));
}

/** A PDU's score as a share of its maximum, 0..100. */
export const scoreShare = (r: InspectionRecord) => (r.inspection.score.points / r.inspection.score.max) * 100;

/**
 * A ratings matrix's takeaway, counting only the ratings given (a standard not rated is not a rating):
 * "3 PDUs on 9 standards: 26 ratings and 1 not rated (NR). 9 of 26 ratings were Inadequate."
 */
export function matrixTakeaway(unit: 'PDU' | 'PDU inspection', rows: number, standards: number, tally: RatingTally): string {
  const head = `${count(rows, unit)} on ${count(standards, 'standard')}`;
  if (!tally.rated) return `${head}, none rated.`;
  const given = tally.notRated
    ? `${head}: ${count(tally.rated, 'rating')} and ${tally.notRated} ${notRatedLabel.toLowerCase()} (${ratingAbbreviations['not-rated']}).`
    : `${head}, ${tally.places === 1 ? 'rated' : 'all rated'}.`;
  const inadequate = tally.byRating.inadequate;
  const lowest = !inadequate && tally.lowest ? `; the lowest given was ${ratingLabels[tally.lowest]}` : '';
  return `${given} ${inadequate} of ${count(tally.rated, 'rating')} ${wasWere(inadequate)} Inadequate${lowest}.`;
}

/**
 * A distribution's takeaway, out of the ratings given, with those not rated said apart:
 * "2 of 2 PDUs rated on 2.1 Court work were rated Requires improvement; 1 PDU was not rated on it."
 */
export function distributionTakeaway(label: string, unit: 'PDU' | 'PDU inspection', tally: RatingTally): string {
  if (!tally.places) return `No PDU has been inspected on ${label} yet.`;
  if (!tally.rated) return `${capitalise(count(tally.notRated, unit))} inspected on ${label}, none rated on it.`;
  const [first, ...tied] = tally.commonest;
  if (!first) throw new Error(`${label}: ${count(tally.rated, 'rating')} given, but no commonest rating`);
  const top = tally.byRating[first];
  const ratings = listNames([ratingLabels[first], ...tied.map((r) => `${top} ${ratingLabels[r]}`)]);
  const notRated = tally.notRated ? `; ${count(tally.notRated, unit)} ${wasWere(tally.notRated)} not rated on it` : '';
  return `${top} of ${count(tally.rated, unit)} rated on ${label} ${wasWere(top)} rated ${ratings}${notRated}.`;
}

/**
 * A ratings matrix: each inspection a row, each standard of the framework a column, every cell the
 * rating's abbreviation and colour; a standard not rated shows as NR.
 */
export function matrixChart(
  id: string,
  title: string,
  records: readonly InspectionRecord[],
  options: { dated?: boolean; domain?: string } = {},
): Chart {
  const [firstRecord] = records;
  if (!firstRecord) throw new Error(`${id}: a ratings matrix needs at least one inspection`);
  const framework = firstRecord.letter.framework;
  const rows = records.filter((r) => r.letter.framework.id === framework.id);
  // A domain's matrix shows only that domain's standards.
  const standards = options.domain ? (framework.domains.find((d) => d.number === options.domain)?.standards ?? []) : standardsOf(framework);
  const cells = rows.flatMap((r) => standards.map((s) => ({ rating: r.inspection.ratings[s.id] })));
  const unit = pduUnit(rows.map((r) => r.inspection.id));
  const tally = tallyRatings(cells);
  const takeaway = matrixTakeaway(unit, rows.length, standards.length, tally);
  return {
    kind: 'matrix',
    id,
    title,
    takeaway,
    description: `A grid with one row per ${unit} and one column per standard (${standards.map((s) => s.id).join(', ')}). Each cell shows the rating's abbreviation (${ratingKeyText(tally.notRated > 0)}) on its colour.`,
    table: {
      caption: `${title}: rating per standard`,
      head: ['PDU', ...(options.dated ? ['Letter'] : []), ...standards.map((s) => `${s.id} ${s.name}`)],
      rows: rows.map((r) => [
        r.inspection.name,
        ...(options.dated ? [formatDate(r.letter.letter.date)] : []),
        ...standards.map((s) => ratingWord(r.inspection.ratings[s.id])),
      ]),
      rowKeys: rows.map((r) => ({ pdu: r.inspection.id, region: r.letter.region.id })),
    },
    sources: sourcesOf(rows),
    geometry: matrixGeometry({
      columns: standards.map((s) => ({ key: s.id, label: s.id, name: s.name })),
      rows: rows.map((r) => ({
        key: `${r.letter.letter.id}/${r.inspection.id}`,
        label: r.inspection.name,
        ...(options.dated ? { sublabel: `Letter ${formatDate(r.letter.letter.date)}` } : {}),
        pdu: r.inspection.id,
        region: r.letter.region.id,
        ratings: Object.fromEntries(standards.map((s) => [s.id, r.inspection.ratings[s.id]])),
      })),
    }),
  };
}

/** A score with its share, as printed in takeaways and beside a bar: "10/24 (42%)". */
const scoreAndShare = (r: InspectionRecord) => `${scoreText(r.inspection.score)} (${percent(scoreShare(r))}%)`;

/**
 * A scores chart's takeaway, the inspections sorted best first: who scored highest and lowest, as a share of
 * their own maximum; PDUs tied on the share but not on points each show their points.
 */
export function scoresTakeaway(sorted: readonly InspectionRecord[]): string {
  const best = sorted[0];
  const worst = sorted.at(-1);
  if (!best || !worst) throw new Error('a scores takeaway needs at least one inspection');
  /** Every inspection at the same share as this one, and what they scored. */
  const at = (record: InspectionRecord, verb: string) => {
    const share = scoreShare(record);
    const tied = sorted.filter((r) => scoreShare(r) === share);
    const samePoints = tied.every(
      (r) => r.inspection.score.points === record.inspection.score.points && r.inspection.score.max === record.inspection.score.max,
    );
    return samePoints
      ? `${listNames(tied.map((r) => r.inspection.name))} ${verb}, ${scoreAndShare(record)}`
      : `${listNames(tied.map((r) => `${r.inspection.name} (${scoreText(r.inspection.score)})`))} ${verb}, ${percent(share)}%`;
  };
  if (sorted.length === 1) return `${best.inspection.name} scored ${scoreAndShare(best)}.`;
  if (scoreShare(best) === scoreShare(worst))
    return `All ${count(sorted.length, pduUnit(sorted.map((r) => r.inspection.id)))} scored ${percent(scoreShare(best))}% of their maximum.`;
  return `${at(best, 'scored highest')}; ${at(worst, 'lowest')}.`;
}

/** Each PDU's points as a share of its maximum, so scores out of 24 and 27 compare fairly; best first. */
export function scoresChart(id: string, title: string, records: readonly InspectionRecord[]): Chart {
  const sorted = [...records].sort((a, b) => scoreShare(b) - scoreShare(a) || a.inspection.name.localeCompare(b.inspection.name, 'en-GB'));
  return {
    kind: 'bars',
    id,
    title,
    takeaway: scoresTakeaway(sorted),
    description:
      'Horizontal bars, one per PDU, each as long as its score as a share of the maximum it could score; each is labelled with points out of the maximum, the share and the overall rating.',
    table: {
      caption: `${title}: points, maximum and share`,
      head: ['PDU', 'Points', 'Maximum', 'Share of maximum (%)', 'Overall rating'],
      rows: sorted.map((r) => [
        r.inspection.name,
        String(r.inspection.score.points),
        String(r.inspection.score.max),
        percent(scoreShare(r)),
        ratingLabels[r.inspection.overall],
      ]),
      rowKeys: sorted.map((r) => ({ pdu: r.inspection.id, region: r.letter.region.id })),
    },
    sources: sourcesOf(sorted),
    geometry: barGeometry(
      sorted.map((r) => ({
        key: `${r.letter.letter.id}/${r.inspection.id}`,
        label: r.inspection.name,
        value: scoreShare(r),
        valueLabel: `${scoreAndShare(r)} · ${ratingLabels[r.inspection.overall]}`,
        rating: r.inspection.overall,
        pdu: r.inspection.id,
        region: r.letter.region.id,
      })),
      { domainMax: 100, tickFormat: (v) => `${v}%` },
    ),
  };
}

/** How many PDU inspections got each rating on one standard, and how many were not rated on it. */
export function distributionChart(id: string, domain: DomainRecord): Chart {
  const counts = ratingCounts(domain.ratings);
  const total = domain.ratings.length;
  const tally = tallyRatings(domain.ratings);
  const unit = pduUnit(domain.ratings.map((r) => r.pdu.id));
  return {
    kind: 'bars',
    id,
    title: `Ratings on ${domain.info.label}`,
    takeaway: distributionTakeaway(domain.info.label, unit, tally),
    description: `Horizontal bars, one per rating from Outstanding to Inadequate${tally.notRated ? ' and one for not rated' : ''}, each as long as the number of ${plural(unit)} ${tally.notRated ? 'with that result' : 'given that rating'}.`,
    table: {
      caption: `Ratings on ${domain.info.label}: PDU inspections at each rating`,
      head: ['Rating', 'PDU inspections'],
      rows: counts.map((c) => [ratingWord(c.rating), String(c.count)]),
    },
    sources: sourcesOf(
      domain.ratings.map((r) => ({
        letter: r.letter,
        inspection: must(
          r.letter.letter.pdus.find((p) => p.id === r.pdu.id),
          `${r.letter.letter.id}: the inspection of PDU "${r.pdu.id}"`,
        ),
      })),
    ),
    geometry: barGeometry(
      counts.map((c) => ({
        key: c.rating ?? 'not-rated',
        label: ratingWord(c.rating),
        value: c.count,
        valueLabel: String(c.count),
        ...(c.rating ? { rating: c.rating } : {}),
      })),
      { tickFormat: (v) => (Number.isInteger(v) ? String(v) : ''), domainMax: Math.max(4, total) },
    ),
  };
}

/** A PDU's score over its inspections, oldest first. */
export function historyChart(id: string, pdu: PduRecord): Chart {
  const oldestFirst = [...pdu.inspections].reverse();
  const first = oldestFirst[0];
  const last = oldestFirst.at(-1);
  if (!first || !last) throw new Error(`${pdu.id}: a score history needs at least one inspection`);
  return {
    kind: 'line',
    id,
    title: `${pdu.name}: score across inspections`,
    takeaway: `From ${scoreText(first.inspection.score)} (${ratingLabels[first.inspection.overall]}) in ${formatMonth(first.inspection.fieldworkStarted)} to ${scoreText(last.inspection.score)} (${ratingLabels[last.inspection.overall]}) in ${formatMonth(last.inspection.fieldworkStarted)}.`,
    description: `A line through ${count(oldestFirst.length, 'point')}, one per inspection from oldest to newest, each at the score as a share of its maximum and labelled with points out of the maximum and the overall rating.`,
    table: {
      caption: `${pdu.name}: score in each inspection`,
      head: ['Fieldwork started', 'Letter', 'Points', 'Maximum', 'Share of maximum (%)', 'Overall rating'],
      rows: oldestFirst.map((r) => [
        formatMonth(r.inspection.fieldworkStarted),
        formatDate(r.letter.letter.date),
        String(r.inspection.score.points),
        String(r.inspection.score.max),
        percent(scoreShare(r)),
        ratingLabels[r.inspection.overall],
      ]),
    },
    sources: sourcesOf(oldestFirst),
    geometry: lineGeometry(
      oldestFirst.map((r) => ({
        key: r.letter.letter.id,
        label: formatMonth(r.inspection.fieldworkStarted),
        percent: scoreShare(r),
        sublabel: `${scoreText(r.inspection.score)} ${ratingLabels[r.inspection.overall]}`,
        rating: r.inspection.overall,
      })),
    ),
  };
}
