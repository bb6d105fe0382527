import type { KeyFigure } from '../../schemas/key-figure';
import { formatMonth } from '../format';
import type { LetterRecord } from '../site-model';
import { barGeometry } from './bars';
import type { Chart } from './types';

const units = {
  percent: { title: 'Vacancy rates', measure: 'vacancy-rate', axis: (v: number) => `${v}%`, value: (v: number) => `${v}%`, head: 'Vacancy rate (%)' },
  cases: { title: 'Average caseloads', measure: 'average-caseload', axis: (v: number) => String(v), value: (v: number) => `${v} cases`, head: 'Average caseload (cases)' },
  'percent-of-target': { title: 'Workload against target', measure: 'workload', axis: (v: number) => `${v}%`, value: (v: number) => `${v}% of target`, head: 'Workload (% of target)' },
  'days-per-year': { title: 'Sickness absence', measure: 'sickness-absence', axis: (v: number) => String(v), value: (v: number) => `${v} days a year`, head: 'Days lost per person per year' },
} as const;

/** Grades first (PO, PSO, SPO), then other groups A to Z, all staff last. */
const groupRank = (group: string) => ({ PO: 0, PSO: 1, SPO: 2 })[group] ?? (group === 'All staff' ? 9 : 5);

/** The name of a figure's scope: the region's name or the PDU's. */
function scopeName(k: KeyFigure, letter: LetterRecord): string {
  return k.scope === 'region' ? `${letter.region.name} region` : (letter.letter.pdus.find((p) => p.id === k.scope)?.name ?? k.scope);
}

/**
 * Charts of a letter's key figures, one per unit (vacancy rates, caseloads, workload, sickness),
 * bars grouped by staff group with the region first and then each PDU.
 */
export function keyFigureCharts(idPrefix: string, letter: LetterRecord, figures: readonly KeyFigure[], about: string): Chart[] {
  return (Object.keys(units) as (keyof typeof units)[]).flatMap((unit) => {
    const u = units[unit];
    const scopeOrder = ['region', ...letter.letter.pdus.map((p) => p.id)];
    const chosen = figures
      .filter((k) => k.unit === unit)
      .sort((a, b) => groupRank(a.group) - groupRank(b.group) || a.group.localeCompare(b.group, 'en-GB') || scopeOrder.indexOf(a.scope) - scopeOrder.indexOf(b.scope));
    if (!chosen.length) return [];
    const highest = [...chosen].sort((a, b) => b.value - a.value)[0];
    const id = `${idPrefix}-${u.measure}`;
    const title = `${u.title}: ${about}`;
    return [
      {
        kind: 'bars' as const,
        id,
        title,
        takeaway: chosen.length > 1 ? `Highest: ${highest.group} in ${scopeName(highest, letter)}, ${u.value(highest.value)}.` : `${highest.group} in ${scopeName(highest, letter)}: ${u.value(highest.value)}.`,
        description: `Horizontal bars grouped by staff group, one per area (the region, then each PDU the letter gives a figure for), each as long as the figure and labelled with it.`,
        table: {
          caption: `${title}, as the letter of ${letter.letter.date.slice(0, 4)} states them`,
          head: ['Staff group', 'Area', u.head, 'As of'],
          rows: chosen.map((k) => [k.group, scopeName(k, letter), String(k.value), k.asOf ? formatMonth(k.asOf) : 'Not stated']),
        },
        sources: [{ letterId: letter.letter.id, title: letter.letter.title, date: letter.letter.date }],
        geometry: barGeometry(
          chosen.map((k) => ({ key: k.id, label: scopeName(k, letter), value: k.value, valueLabel: u.value(k.value), group: k.group, region: letter.region.id, pdu: k.scope === 'region' ? undefined : k.scope })),
          { tickFormat: u.axis, reference: unit === 'percent-of-target' ? { value: 100, label: 'Target' } : undefined, domainMax: unit === 'percent' ? 100 : undefined },
        ),
      },
    ];
  });
}
