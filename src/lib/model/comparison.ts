import type { KeyFigure } from '../../schemas/key-figure';
import { figureValueText, measureLabels } from '../words/labels';
import type { PduRecord, RegionRecord } from './site-model';

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

/** A side-by-side table of key figures: one row per figure (measure and staff group), one column per PDU or region. */
export interface FigureComparison {
  columns: { id: string; name: string }[];
  rows: { label: string; cells: { id: string; text: string }[] }[];
}

/** The text a key figure shows in a comparison cell, e.g. "38%" or "12% under capacity". */
export const figureText = (k: KeyFigure) => figureValueText(k);

/** Of figures for the same thing, the one for the latest month stated (the first one stated when no month is later). */
function latest(figures: readonly KeyFigure[]): KeyFigure | undefined {
  return figures.reduce<KeyFigure | undefined>((best, k) => (!best || (k.asOf ?? '') > (best.asOf ?? '') ? k : best), undefined);
}

function compareFigures(columns: { id: string; name: string; figures: readonly KeyFigure[] }[]): FigureComparison {
  const keys = new Map<string, string>();
  for (const c of columns) for (const k of c.figures) keys.set(`${k.measure}/${k.group}`, `${k.group} ${measureLabels[k.measure]}`);
  return {
    columns: columns.map(({ id, name }) => ({ id, name })),
    rows: [...keys].map(([key, label]) => ({
      label,
      cells: columns.map((c) => {
        // A letter may state the same thing for two months (staffing in December and in March): the latest is compared.
        const k = latest(c.figures.filter((f) => `${f.measure}/${f.group}` === key));
        return { id: c.id, text: k ? figureText(k) : 'Not stated' };
      }),
    })),
  };
}

/** Key figures of PDUs side by side, each from its latest letter. */
export function comparePduFigures(pdus: readonly PduRecord[]): FigureComparison {
  return compareFigures(
    pdus.map((p) => ({ id: p.id, name: p.name, figures: p.latest.letter.letter.keyFigures.filter((k) => k.scope === p.id) })),
  );
}

/** Key figures of regions side by side, each from its latest letter. */
export function compareRegionFigures(regions: readonly RegionRecord[]): FigureComparison {
  return compareFigures(
    regions.map((r) => ({
      id: r.region.id,
      name: r.region.name,
      figures: r.letters[0]?.letter.keyFigures.filter((k) => k.scope === 'region') ?? [],
    })),
  );
}
