import type { KeyFigure } from '../../schemas/key-figure';
import { measureValues, type Measure } from '../../schemas/measures';
import { formatMonth } from '../language/format';
import { figureStatedText, figureValueText, measureColumn, measureWords, notStatedLabel, unitOf, unitWords } from '../language/vocabulary';
import type { LetterRecord } from '../model/site-model';
import { barGeometry, type BarOptions } from './bars';
import type { Chart } from './types';

/** Rates are shares of a staff group, so their axis runs to 100%. */
const rates: ReadonlySet<Measure> = new Set(['vacancy-rate', 'leaving-rate']);

/**
 * The axis of a measure's chart, all from its unit (src/schemas/measures.ts): the unit's ticks, a reference line at
 * the target for a figure against a target, and 0 to 100% for a rate.
 */
export function measureAxis(measure: Measure): BarOptions {
  const unit = unitOf(measure);
  return {
    tickFormat: unitWords[unit].tick,
    ...(rates.has(measure) ? { domainMax: 100 } : {}),
    ...(unit === 'percent-of-target' ? { reference: { value: 100, label: 'Target' } } : {}),
  };
}

/** Grades first (PO, PSO, SPO), then other groups A to Z, all staff last. */
const groupRank = (group: string) => ({ PO: 0, PSO: 1, SPO: 2 })[group] ?? (group === 'All staff' ? 9 : 5);

/** The name of a figure's scope: the region's name or the PDU's. */
function scopeName(k: KeyFigure, letter: LetterRecord): string {
  return k.scope === 'region' ? `${letter.region.name} region` : (letter.letter.pdus.find((p) => p.id === k.scope)?.name ?? k.scope);
}

/** The month a figure is for, as words. */
const monthText = (k: KeyFigure) => (k.asOf ? formatMonth(k.asOf) : notStatedLabel);

/**
 * Charts of a letter's key figures, one per measure (vacancy rates, leaving rates, caseloads, workload
 * against target, workload under capacity, staffing against target, sickness), bars grouped by staff
 * group with the region first and then each PDU. Where the letter states the same thing for more than
 * one month (PSO staffing in December and in March), each month has its bar, earliest first, its month
 * under its area. `idOf` names each measure's chart.
 */
export function keyFigureCharts(
  idOf: (measure: Measure) => string,
  letter: LetterRecord,
  figures: readonly KeyFigure[],
  about: string,
): Chart[] {
  const scopeOrder = ['region', ...letter.letter.pdus.map((p) => p.id)];
  return measureValues.flatMap((measure) => {
    // A figure is charted by its measure alone; its unit follows from the measure.
    const chosen = figures
      .filter((k) => k.measure === measure)
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
    const id = idOf(measure);
    const title = `${measureWords[measure].title}: ${about}`;
    return [
      {
        kind: 'bars' as const,
        id,
        title,
        takeaway,
        description: `Horizontal bars grouped by staff group, one per area (the region, then each PDU the letter gives a figure for)${dated.size ? ' and per month where the letter gives more than one' : ''}, each as long as the figure and labelled with it.`,
        table: {
          caption: `${title}, as the letter of ${letter.letter.date.slice(0, 4)} states them`,
          head: ['Staff group', 'Area', measureColumn(measure), 'As of', 'As the letter words it'],
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
          measureAxis(measure),
        ),
      },
    ];
  });
}
