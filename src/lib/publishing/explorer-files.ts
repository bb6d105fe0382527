import type { RecommendationRecord } from '../model/site-model';
import { addresseeLabels } from '../language/vocabulary';
import { addresseeName } from '../words/labels';
import type { AcronymForms } from '../language/reading';
import { compareRows, defaultExplorerSort } from '../url-state/explorer-state';
import {
  explorerIndexVersion,
  explorerYearFile,
  type ExplorerIndexRow,
  type ExplorerManifest,
  type ExplorerShownRow,
  type ExplorerYearFile,
} from '../url-state/explorer-index';

/**
 * Writes the recommendations explorer's index (its format and reader are in src/lib/url-state/explorer-index.ts, which
 * the browser loads) and the rows the explorer's pages show, from the site model.
 */

/** A lookup table that numbers each distinct key as first met. */
function table<T>(key: (value: T) => string) {
  const numbers = new Map<string, number>();
  const values: T[] = [];
  return {
    values,
    number(value: T): number {
      const k = key(value);
      let n = numbers.get(k);
      if (n === undefined) {
        n = values.push(value) - 1;
        numbers.set(k, n);
      }
      return n;
    },
  };
}

/**
 * The explorer index of some recommendations (in source order): its manifest and each year's file. `acronyms` is the
 * reference data's list (content/reference/acronyms.json), which the manifest carries so the keyword box reads
 * abbreviations in both forms as search does.
 */
export function explorerIndex(
  recommendations: readonly RecommendationRecord[],
  acronyms: readonly AcronymForms[],
): { manifest: ExplorerManifest; years: ExplorerYearFile[] } {
  const addressees = table<[string, string]>(([k]) => k);
  const names = table<string>((n) => n);
  const regions = table<[string, string]>(([id]) => id);
  const pdus = table<[string, string]>(([id]) => id);
  const domains = table<[string, string]>(([slug]) => slug);
  const byYear = new Map<string, ExplorerIndexRow[]>();
  recommendations.forEach((r, index) => {
    const { recommendation: rec, letter } = r;
    const year = letter.letter.date.slice(0, 4);
    const row: ExplorerIndexRow = [
      rec.id,
      rec.number,
      rec.text,
      addressees.number([rec.addressee, addresseeLabels[rec.addressee]]),
      names.number(addresseeName(r)),
      pdus.number([r.pdu.id, r.pdu.name]),
      regions.number([letter.region.id, letter.region.name]),
      letter.letter.date,
      r.domains.map((d) => domains.number([d.slug, d.label])),
      index,
    ];
    byYear.set(year, [...(byYear.get(year) ?? []), row]);
  });
  const years = [...byYear].sort(([a], [b]) => b.localeCompare(a)).map(([year, rows]) => ({ version: explorerIndexVersion, year, rows }));
  return {
    manifest: {
      version: explorerIndexVersion,
      total: recommendations.length,
      addressees: addressees.values,
      addresseeNames: names.values,
      regions: regions.values,
      pdus: pdus.values,
      domains: domains.values,
      acronyms: acronyms.map(({ short, expansion }) => ({ short, expansion })),
      years: years.map((y) => ({ year: y.year, rows: y.rows.length, file: explorerYearFile(y.year) })),
    },
    years,
  };
}

/** A recommendation as the explorer's rows hold it, straight from the site model (for the pages the build writes). */
export function explorerRowOf(r: RecommendationRecord, index: number): ExplorerShownRow {
  return {
    id: r.recommendation.id,
    number: r.recommendation.number,
    text: r.recommendation.text,
    shownText: r.recommendation.text,
    addressee: r.recommendation.addressee,
    addresseeLabel: addresseeLabels[r.recommendation.addressee],
    addresseeName: addresseeName(r),
    pdu: r.pdu.id,
    pduName: r.pdu.name,
    region: r.letter.region.id,
    regionName: r.letter.region.name,
    date: r.letter.letter.date,
    year: r.letter.letter.date.slice(0, 4),
    domains: r.domains.map((d) => d.slug),
    domainLinks: r.domains.map((d) => [d.slug, d.label]),
    index,
  };
}

/** Every recommendation as an explorer row, in the explorer's first order: newest letter first, then as the letters have them. */
export function explorerRowsInOrder(recommendations: readonly RecommendationRecord[]): ExplorerShownRow[] {
  return recommendations.map(explorerRowOf).sort((a, b) => compareRows(a, b, defaultExplorerSort));
}

/** Rows on a page of the recommendations explorer, with and without JavaScript: about 150 KB of HTML however large the corpus. */
export const defaultExplorerPageSize = 200;

/**
 * The explorer's page size a build uses: `PI_EXPLORER_PAGE_SIZE` when set (the tests page a small corpus), else 200. The
 * pages, the route table and the browser script all take it from the build; a value that is not a whole number from 1
 * stops the build.
 */
export function explorerPageSize(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const raw = env.PI_EXPLORER_PAGE_SIZE;
  if (raw === undefined || raw === '') return defaultExplorerPageSize;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1) throw new Error(`PI_EXPLORER_PAGE_SIZE must be a whole number of rows from 1; it is "${raw}".`);
  return size;
}
