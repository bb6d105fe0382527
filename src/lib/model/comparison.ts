import type { KeyFigure } from '../../schemas/key-figure';
import { figureValueText, measureWords, notStatedLabel } from '../language/vocabulary';
import type { PduRecord, RegionRecord } from './site-model';

/** A side-by-side table of key figures: one row per figure (measure and staff group), one column per PDU or region. */
export interface FigureComparison {
  columns: { id: string; name: string }[];
  /** Each cell's text, and whether the letter states the figure at all ("Not stated" when it does not). */
  rows: { label: string; cells: { id: string; text: string; stated: boolean }[] }[];
}

/** Of figures for the same thing, the one for the latest month stated (the first one stated when no month is later). */
function latest(figures: readonly KeyFigure[]): KeyFigure | undefined {
  return figures.reduce<KeyFigure | undefined>((best, k) => (!best || (k.asOf ?? '') > (best.asOf ?? '') ? k : best), undefined);
}

function compareFigures(columns: { id: string; name: string; figures: readonly KeyFigure[] }[]): FigureComparison {
  const keys = new Map<string, string>();
  for (const c of columns) for (const k of c.figures) keys.set(`${k.measure}/${k.group}`, `${k.group} ${measureWords[k.measure].label}`);
  return {
    columns: columns.map(({ id, name }) => ({ id, name })),
    rows: [...keys].map(([key, label]) => ({
      label,
      cells: columns.map((c) => {
        // A letter may state the same thing for two months (staffing in December and in March): the latest is compared.
        const k = latest(c.figures.filter((f) => `${f.measure}/${f.group}` === key));
        return k ? { id: c.id, text: figureValueText(k), stated: true } : { id: c.id, text: notStatedLabel, stated: false };
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
