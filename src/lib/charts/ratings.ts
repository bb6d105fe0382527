import { format } from 'd3-format';
import { ratingValues } from '../../schemas/rating';
import { ratingCounts } from '../aggregates';
import { formatDate, formatMonth } from '../format';
import { ratingLabels } from '../ratings';
import { standardsOf } from '../reference';
import type { DomainRecord, InspectionRecord, PduRecord } from '../site-model';
import { barGeometry } from './bars';
import { lineGeometry } from './line';
import { matrixGeometry } from './matrix';
import type { Chart, ChartSource } from './types';

const percent = format('.0f');
const ratingWord = (r: InspectionRecord['inspection']['overall'] | undefined) => (r ? ratingLabels[r] : 'Not rated');

/** The letters a set of inspections come from, newest first, for a chart's source line. */
export function sourcesOf(records: readonly InspectionRecord[]): ChartSource[] {
  const letters = new Map(records.map((r) => [r.letter.letter.id, r.letter]));
  return [...letters.values()]
    .sort((a, b) => b.letter.date.localeCompare(a.letter.date))
    .map((l) => ({ letterId: l.letter.id, title: l.letter.title, date: l.letter.date }));
}

/** "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** A PDU's score as a share of its maximum, 0..100. */
export const scoreShare = (r: InspectionRecord) => (r.inspection.score.points / r.inspection.score.max) * 100;

/**
 * A ratings matrix: each inspection a row, each standard of the framework a column, every cell the
 * rating's abbreviation and colour; a standard not rated shows as NR.
 */
export function matrixChart(id: string, title: string, records: readonly InspectionRecord[], options: { dated?: boolean; domain?: string } = {}): Chart {
  const framework = records[0].letter.framework;
  const rows = records.filter((r) => r.letter.framework.id === framework.id);
  // A domain's matrix shows only that domain's standards.
  const standards = options.domain ? (framework.domains.find((d) => d.number === options.domain)?.standards ?? []) : standardsOf(framework);
  const worst = ratingValues.filter((v) => rows.some((r) => standards.some((s) => r.inspection.ratings[s.id] === v))).at(-1);
  const inadequate = rows.reduce((n, r) => n + standards.filter((s) => r.inspection.ratings[s.id] === 'inadequate').length, 0);
  const cells = rows.length * standards.length;
  return {
    kind: 'matrix',
    id,
    title,
    takeaway: `${rows.length} ${rows.length === 1 ? 'inspection' : 'inspections'} across ${standards.length} standards; ${inadequate} of ${cells} ratings were Inadequate${worst ? `, and the lowest rating given was ${ratingLabels[worst]}` : ''}.`,
    description: `A grid with one row per PDU and one column per standard (${standards.map((s) => s.id).join(', ')}). Each cell shows the rating's abbreviation (O Outstanding, G Good, RI Requires improvement, I Inadequate, NR not rated) on its colour.`,
    table: {
      caption: `${title}: rating per standard`,
      head: ['PDU', ...(options.dated ? ['Letter'] : []), ...standards.map((s) => `${s.id} ${s.name}`)],
      rows: rows.map((r) => [r.inspection.name, ...(options.dated ? [formatDate(r.letter.letter.date)] : []), ...standards.map((s) => ratingWord(r.inspection.ratings[s.id]))]),
      rowKeys: rows.map((r) => ({ pdu: r.inspection.id, region: r.letter.region.id })),
    },
    sources: sourcesOf(rows),
    geometry: matrixGeometry({
      columns: standards.map((s) => ({ key: s.id, label: s.id, name: s.name })),
      rows: rows.map((r) => ({
        key: `${r.letter.letter.id}/${r.inspection.id}`,
        label: r.inspection.name,
        sublabel: options.dated ? `Letter ${formatDate(r.letter.letter.date)}` : undefined,
        pdu: r.inspection.id,
        region: r.letter.region.id,
        ratings: Object.fromEntries(standards.map((s) => [s.id, r.inspection.ratings[s.id]])),
      })),
    }),
  };
}

/** Each PDU's points as a share of its maximum, so scores out of 24 and 27 compare fairly; best first. */
export function scoresChart(id: string, title: string, records: readonly InspectionRecord[]): Chart {
  const sorted = [...records].sort((a, b) => scoreShare(b) - scoreShare(a) || a.inspection.name.localeCompare(b.inspection.name, 'en-GB'));
  const best = sorted[0];
  const worst = sorted.at(-1)!;
  const names = (share: number) => listNames(sorted.filter((r) => scoreShare(r) === share).map((r) => r.inspection.name));
  const scoreText = (r: InspectionRecord) => `${r.inspection.score.points}/${r.inspection.score.max} (${percent(scoreShare(r))}%)`;
  return {
    kind: 'bars',
    id,
    title,
    takeaway:
      sorted.length > 1 && scoreShare(best) !== scoreShare(worst)
        ? `${names(scoreShare(best))} scored highest, ${scoreText(best)}; ${names(scoreShare(worst))} lowest, ${scoreText(worst)}.`
        : sorted.length > 1
          ? `All scored ${percent(scoreShare(best))}% of their maximum.`
          : `${best.inspection.name} scored ${scoreText(best)}.`,
    description: 'Horizontal bars, one per PDU, each as long as its score as a share of the maximum it could score; each is labelled with points out of the maximum, the share and the overall rating.',
    table: {
      caption: `${title}: points, maximum and share`,
      head: ['PDU', 'Points', 'Maximum', 'Share of maximum (%)', 'Overall rating'],
      rows: sorted.map((r) => [r.inspection.name, String(r.inspection.score.points), String(r.inspection.score.max), percent(scoreShare(r)), ratingLabels[r.inspection.overall]]),
      rowKeys: sorted.map((r) => ({ pdu: r.inspection.id, region: r.letter.region.id })),
    },
    sources: sourcesOf(sorted),
    geometry: barGeometry(
      sorted.map((r) => ({
        key: `${r.letter.letter.id}/${r.inspection.id}`,
        label: r.inspection.name,
        value: scoreShare(r),
        valueLabel: `${r.inspection.score.points}/${r.inspection.score.max} (${percent(scoreShare(r))}%) · ${ratingLabels[r.inspection.overall]}`,
        rating: r.inspection.overall,
        pdu: r.inspection.id,
        region: r.letter.region.id,
      })),
      { domainMax: 100, tickFormat: (v) => `${v}%` },
    ),
  };
}

/** How many PDU inspections got each rating on one standard. */
export function distributionChart(id: string, domain: DomainRecord): Chart {
  const counts = ratingCounts(domain.ratings);
  const total = domain.ratings.length;
  const top = [...counts].sort((a, b) => b.count - a.count)[0];
  return {
    kind: 'bars',
    id,
    title: `Ratings on ${domain.info.label}`,
    takeaway: total ? `${top.count} of ${total} PDU inspections were rated ${top.rating ? ratingLabels[top.rating] : 'not rated'} on ${domain.info.label}.` : `No PDU has been rated on ${domain.info.label} yet.`,
    description: 'Horizontal bars, one per rating from Outstanding to Inadequate (and not rated, when any), each as long as the number of PDU inspections given that rating.',
    table: {
      caption: `Ratings on ${domain.info.label}: PDU inspections at each rating`,
      head: ['Rating', 'PDU inspections'],
      rows: counts.map((c) => [ratingWord(c.rating), String(c.count)]),
    },
    sources: sourcesOf(domain.ratings.map((r) => ({ letter: r.letter, inspection: r.letter.letter.pdus.find((p) => p.id === r.pdu.id)! }))),
    geometry: barGeometry(
      counts.map((c) => ({ key: c.rating ?? 'not-rated', label: ratingWord(c.rating), value: c.count, valueLabel: String(c.count), rating: c.rating })),
      { tickFormat: (v) => (Number.isInteger(v) ? String(v) : ''), domainMax: Math.max(4, total) },
    ),
  };
}

/** A PDU's score over its inspections, oldest first. */
export function historyChart(id: string, pdu: PduRecord): Chart {
  const oldestFirst = [...pdu.inspections].reverse();
  const first = oldestFirst[0];
  const last = oldestFirst.at(-1)!;
  return {
    kind: 'line',
    id,
    title: `${pdu.name}: score across inspections`,
    takeaway: `From ${first.inspection.score.points}/${first.inspection.score.max} (${ratingLabels[first.inspection.overall]}) in ${formatMonth(first.inspection.fieldworkStarted)} to ${last.inspection.score.points}/${last.inspection.score.max} (${ratingLabels[last.inspection.overall]}) in ${formatMonth(last.inspection.fieldworkStarted)}.`,
    description: `A line through ${oldestFirst.length} points, one per inspection from oldest to newest, each at the score as a share of its maximum and labelled with points out of the maximum and the overall rating.`,
    table: {
      caption: `${pdu.name}: score in each inspection`,
      head: ['Fieldwork started', 'Letter', 'Points', 'Maximum', 'Share of maximum (%)', 'Overall rating'],
      rows: oldestFirst.map((r) => [formatMonth(r.inspection.fieldworkStarted), formatDate(r.letter.letter.date), String(r.inspection.score.points), String(r.inspection.score.max), percent(scoreShare(r)), ratingLabels[r.inspection.overall]]),
    },
    sources: sourcesOf(oldestFirst),
    geometry: lineGeometry(
      oldestFirst.map((r) => ({
        key: r.letter.letter.id,
        label: formatMonth(r.inspection.fieldworkStarted),
        percent: scoreShare(r),
        sublabel: `${r.inspection.score.points}/${r.inspection.score.max} ${ratingLabels[r.inspection.overall]}`,
        rating: r.inspection.overall,
      })),
    ),
  };
}
