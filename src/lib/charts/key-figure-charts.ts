import { measureUnits, type KeyFigure, type Measure } from '../../schemas/key-figure';
import { formatMonth } from '../words/format';
import { figureStatedText, figureValueText } from '../words/labels';
import type { LetterRecord } from '../model/site-model';
import { barGeometry, type BarOptions } from './bars';
import type { Chart } from './types';

/** One chart per measure, in this order; its id ends in the measure ("…-figures-vacancy-rate"). */
const charts: Record<Measure, { title: string; head: string; bars: BarOptions }> = {
  'vacancy-rate': { title: 'Vacancy rates', head: 'Vacancy rate (%)', bars: { tickFormat: (v) => `${v}%`, domainMax: 100 } },
  'leaving-rate': { title: 'Leaving rates', head: 'Leaving rate (%)', bars: { tickFormat: (v) => `${v}%`, domainMax: 100 } },
  'average-caseload': { title: 'Average caseloads', head: 'Average caseload (cases)', bars: { tickFormat: (v) => String(v) } },
  workload: {
    title: 'Workload against target',
    head: 'Workload (% of target)',
    bars: { tickFormat: (v) => `${v}%`, reference: { value: 100, label: 'Target' } },
  },
  'workload-under-capacity': { title: 'Workload under capacity', head: 'Under capacity (%)', bars: { tickFormat: (v) => `${v}%` } },
  'staffing-level': {
    title: 'Staffing against target',
    head: 'Staffing (% of target)',
    bars: { tickFormat: (v) => `${v}%`, reference: { value: 100, label: 'Target' } },
  },
  'sickness-absence': { title: 'Sickness absence', head: 'Days lost on average per year', bars: { tickFormat: (v) => String(v) } },
};

/** Grades first (PO, PSO, SPO), then other groups A to Z, all staff last. */
const groupRank = (group: string) => ({ PO: 0, PSO: 1, SPO: 2 })[group] ?? (group === 'All staff' ? 9 : 5);

/** The name of a figure's scope: the region's name or the PDU's. */
function scopeName(k: KeyFigure, letter: LetterRecord): string {
  return k.scope === 'region' ? `${letter.region.name} region` : (letter.letter.pdus.find((p) => p.id === k.scope)?.name ?? k.scope);
}

/** The month a figure is for, as words. */
const monthText = (k: KeyFigure) => (k.asOf ? formatMonth(k.asOf) : 'Not stated');

/**
 * Charts of a letter's key figures, one per measure (vacancy rates, leaving rates, caseloads, workload
 * against target, workload under capacity, staffing against target, sickness), bars grouped by staff
 * group with the region first and then each PDU. Where the letter states the same thing for more than
 * one month (PSO staffing in December and in March), each month has its bar, earliest first, its month
 * under its area.
 */
export function keyFigureCharts(idPrefix: string, letter: LetterRecord, figures: readonly KeyFigure[], about: string): Chart[] {
  const scopeOrder = ['region', ...letter.letter.pdus.map((p) => p.id)];
  return (Object.keys(charts) as Measure[]).flatMap((measure) => {
    const c = charts[measure];
    const chosen = figures
      .filter((k) => k.measure === measure && k.unit === measureUnits[measure])
      .sort(
        (a, b) =>
          groupRank(a.group) - groupRank(b.group) ||
          a.group.localeCompare(b.group, 'en-GB') ||
          scopeOrder.indexOf(a.scope) - scopeOrder.indexOf(b.scope) ||
          (a.asOf ?? '').localeCompare(b.asOf ?? ''),
      );
    const [first] = chosen;
    if (!first) return [];
    const place = (k: KeyFigure) => `${k.group}/${k.scope}`;
    const dated = new Set(chosen.filter((k, i) => chosen.findIndex((o) => place(o) === place(k)) !== i).map(place));
    const where = (k: KeyFigure) => `${k.group} in ${scopeName(k, letter)}${dated.has(place(k)) ? ` (${monthText(k)})` : ''}`;
    // The first of the highest, in the chosen order.
    const highest = chosen.reduce((top, k) => (k.value > top.value ? k : top), first);
    const series = chosen.length > 1 && dated.size === 1 && chosen.every((k) => dated.has(place(k)));
    const takeaway = series
      ? `${first.group} in ${scopeName(first, letter)}: ${chosen.map((k) => `${figureValueText(k)} in ${monthText(k)}`).join(', then ')}.`
      : chosen.length > 1
        ? `Highest: ${where(highest)}, ${figureValueText(highest)}.`
        : `${where(highest)}: ${figureValueText(highest)}.`;
    const id = `${idPrefix}-${measure}`;
    const title = `${c.title}: ${about}`;
    return [
      {
        kind: 'bars' as const,
        id,
        title,
        takeaway,
        description: `Horizontal bars grouped by staff group, one per area (the region, then each PDU the letter gives a figure for)${dated.size ? ' and per month where the letter gives more than one' : ''}, each as long as the figure and labelled with it.`,
        table: {
          caption: `${title}, as the letter of ${letter.letter.date.slice(0, 4)} states them`,
          head: ['Staff group', 'Area', c.head, 'As of', 'As the letter words it'],
          rows: chosen.map((k) => [k.group, scopeName(k, letter), String(k.value), monthText(k), figureStatedText(k)]),
        },
        sources: [{ letterId: letter.letter.id, title: letter.letter.title, date: letter.letter.date }],
        geometry: barGeometry(
          chosen.map((k) => ({
            key: k.id,
            label: scopeName(k, letter),
            ...(dated.has(place(k)) ? { sublabel: monthText(k) } : {}),
            value: k.value,
            valueLabel: figureValueText(k),
            group: k.group,
            region: letter.region.id,
            ...(k.scope === 'region' ? {} : { pdu: k.scope }),
          })),
          c.bars,
        ),
      },
    ];
  });
}
