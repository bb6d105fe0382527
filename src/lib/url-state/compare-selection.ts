/** The compare page's selection, kept in the URL (`?pdus=wigan,tameside`) and shared with its browser script. */
import { listNames } from '../language/vocabulary';

/** What is being compared: 2 to 4 PDUs, or 2 to 4 regions. */
export interface Selection {
  kind: 'pdus' | 'regions';
  ids: string[];
}

/** Fewest and most items a comparison takes. */
export const selectionLimits = { min: 2, max: 4 };

/** Reads a selection from a query string: `?pdus=wigan,tameside` (or repeated `pdus=` from the form); PDUs win over regions. */
export function selectionFromQuery(query: string): Selection {
  const params = new URLSearchParams(query);
  const read = (key: string) => [
    ...new Set(
      params
        .getAll(key)
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
  const pdus = read('pdus');
  return pdus.length ? { kind: 'pdus', ids: pdus } : { kind: 'regions', ids: read('regions') };
}

/** Writes a selection as its canonical query string, `?pdus=a,b`. */
export function selectionQuery(selection: Selection): string {
  return selection.ids.length ? `?${selection.kind}=${selection.ids.map(encodeURIComponent).join(',')}` : '';
}

/** Why a selection cannot be shown, or undefined when it can. */
export function selectionProblem(selection: Selection, known: { pdus: readonly string[]; regions: readonly string[] }): string | undefined {
  const noun = selection.kind === 'pdus' ? 'PDUs' : 'regions';
  const unknown = selection.ids.filter((id) => !known[selection.kind].includes(id));
  if (unknown.length) return `Not found: ${unknown.join(', ')}. Choose from the list.`;
  if (selection.ids.length < selectionLimits.min) return `Choose at least ${selectionLimits.min} ${noun} to compare.`;
  if (selection.ids.length > selectionLimits.max) return `Choose at most ${selectionLimits.max} ${noun} to compare.`;
  return undefined;
}

/** The comparison's heading: "Comparing Tameside and Wigan", "Comparing Tameside, Wigan and Bolton". */
export function comparisonHeading(names: readonly string[]): string {
  return `Comparing ${listNames(names)}`;
}

/** The file name a chart's CSV of a selection downloads as: "compare-ratings-wigan-tameside.csv", in the selection's order. */
export function selectionCsvName(chartId: string, selection: Selection): string {
  return `${[chartId, ...selection.ids].join('-')}.csv`;
}
