import type { FindingKind } from '../../schemas/finding';
import type { KeyFigure, Measure } from '../../schemas/key-figure';
import type { Recommendation } from '../../schemas/recommendation';
import type { FindingRecord, RecommendationRecord } from '../model/site-model';
import { formatDate } from './format';

/** "Key strength" or "Area for improvement". */
export function kindLabel(kind: FindingKind): string {
  return kind === 'strength' ? 'Key strength' : 'Area for improvement';
}

/** Who a recommendation is addressed to, by name: "Tameside PDU", "Greater Manchester region", "HM Prison and Probation Service". */
export function addresseeName(r: RecommendationRecord): string {
  return addresseeNameOf(r.recommendation, r.inspection.name, r.letter.region.name);
}

/** As addresseeName, from the parts. */
export function addresseeNameOf(r: Recommendation, pduName: string, regionName: string): string {
  if (r.addressee === 'pdu') return `${pduName} PDU`;
  if (r.addressee === 'region') return `${regionName} region`;
  return 'HM Prison and Probation Service';
}

/** A finding's short title: "Staff: area for improvement 2". */
export function findingTitle(f: FindingRecord): string {
  const n = f.letter.letter.findings.filter((g) => g.section === f.finding.section && g.kind === f.finding.kind).indexOf(f.finding) + 1;
  return `${f.section.title}: ${kindLabel(f.finding.kind).toLowerCase()} ${n}`;
}

/** A recommendation's short title: "Tameside recommendation 8". */
export function recommendationTitle(r: RecommendationRecord): string {
  return `${r.inspection.name} recommendation ${r.recommendation.number}`;
}

/** "Letter of 25 May 2023". */
export function letterShortTitle(date: string): string {
  return `Letter of ${formatDate(date)}`;
}

/** Shortens text to about n characters at a word boundary, with an ellipsis. */
export function excerpt(text: string, n = 160): string {
  if (text.length <= n) return text;
  const cut = text.slice(0, n);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), n - 20)).replace(/[,;:.\s]+$/, '')}…`;
}

/**
 * A citation a journalist can paste: publisher, year, letter title and date, the item, and its permanent URL
 * with the date it was accessed left for the writer.
 */
export function citation(parts: { publisher: string; date: string; letterTitle: string; item?: string; url: string }): string {
  const year = parts.date.slice(0, 4);
  const item = parts.item ? ` ${parts.item}.` : '';
  return `${parts.publisher} (${year}) ${parts.letterTitle}, ${formatDate(parts.date)}.${item} Available at: ${parts.url}`;
}

/** What each key-figure measure is called after its staff group: "PO vacancy rate", "PSO workload under capacity". */
export const measureLabels: Record<Measure, string> = {
  'vacancy-rate': 'vacancy rate',
  'leaving-rate': 'leaving rate',
  'average-caseload': 'average caseload',
  workload: 'workload against target',
  'workload-under-capacity': 'workload under capacity',
  'staffing-level': 'staffing against target',
  'sickness-absence': 'sickness absence',
};

/** How a value of each measure reads in the site's own words. */
const measureValues: Record<Measure, (v: number) => string> = {
  'vacancy-rate': (v) => `${v}%`,
  'leaving-rate': (v) => `${v}%`,
  'average-caseload': (v) => `${v} cases`,
  workload: (v) => `${v}% of target`,
  'workload-under-capacity': (v) => `${v}% under capacity`,
  'staffing-level': (v) => `${v}% of target`,
  'sickness-absence': (v) => `${v} days lost on average per year`,
};

/** A key figure's value with its unit, short and the same for every letter: "38%", "137% of target", "12% under capacity". */
export function figureValueText(k: Pick<KeyFigure, 'measure' | 'value'>): string {
  return measureValues[k.measure](k.value);
}

/** A key figure as its letter words it ("12.3 days lost on average per year", "75%"), or in the site's words when the entry does not say. */
export function figureStatedText(k: Pick<KeyFigure, 'measure' | 'value' | 'statedAs'>): string {
  return k.statedAs ?? figureValueText(k);
}
