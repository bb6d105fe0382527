import { count, nounFor } from '../words/vocabulary';

/** The recommendations explorer's state: keyword, filters and sort, kept in the URL. */
export interface ExplorerState {
  /** Words the recommendation's text must contain, as typed (`q` in the URL). */
  q: string;
  addressee: string;
  region: string;
  pdu: string;
  domain: string;
  year: string;
  sort: ExplorerSort;
}

/** The columns the explorer sorts by. */
export type ExplorerSortKey = 'date' | 'pdu' | 'region' | 'addressee' | 'number';

/** A sort: a column, ascending or descending. */
export type ExplorerSort = `${ExplorerSortKey}-${'asc' | 'desc'}`;

/** The filter keys, in the order the controls show them. */
export const explorerFilterKeys = ['addressee', 'region', 'pdu', 'domain', 'year'] as const;

/** What the explorer knows of one recommendation, to filter and sort it (read from the explorer index in the browser). */
export interface ExplorerRow {
  addressee: string;
  region: string;
  pdu: string;
  /** Domain slugs. */
  domains: string[];
  year: string;
  date: string;
  number: number;
  /** Source order, to keep sorting stable. */
  index: number;
  /** The recommendation's text, as the keyword filter reads it (see `keywordText`). */
  text: string;
  /** The names a sort by PDU, region or addressee orders by: the names shown, not the ids. */
  pduName: string;
  regionName: string;
  addresseeLabel: string;
}

/**
 * Text as the keyword filter compares it: lower case, accents and typographic quotes and dashes folded, runs of
 * spaces made one, so "Victim’s" finds "victim's" and "re-offending" finds "re‑offending".
 */
export function keywordText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’‛′]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a keyword query, folded like the text: every one must appear in a row's text for it to match. */
export function keywordWords(q: string): string[] {
  return keywordText(q).split(' ').filter(Boolean);
}

/** The sort the explorer starts with, and the order of its pages without JavaScript: newest first. */
export const defaultExplorerSort: ExplorerSort = 'date-desc';

const sortPattern = /^(date|pdu|region|addressee|number)-(asc|desc)$/;

/** Reads the explorer's state from a query string; unknown or malformed values are ignored. */
export function explorerStateFromQuery(query: string): ExplorerState {
  const p = new URLSearchParams(query);
  const sort = p.get('sort') ?? '';
  return {
    q: (p.get('q') ?? '').slice(0, 200),
    addressee: p.get('addressee') ?? '',
    region: p.get('region') ?? '',
    pdu: p.get('pdu') ?? '',
    domain: p.get('domain') ?? '',
    year: p.get('year') ?? '',
    sort: sortPattern.test(sort) ? (sort as ExplorerSort) : defaultExplorerSort,
  };
}

/** Writes the state as a query string, omitting empty filters and the default sort. */
export function explorerQuery(state: ExplorerState): string {
  const p = new URLSearchParams();
  if (state.q.trim()) p.set('q', state.q.trim());
  for (const key of explorerFilterKeys) if (state[key]) p.set(key, state[key]);
  if (state.sort !== defaultExplorerSort) p.set('sort', state.sort);
  const text = p.toString();
  return text ? `?${text}` : '';
}

/** A test of rows against the state: every filter, and every word of the keyword query somewhere in the text. */
export function explorerMatcher(state: ExplorerState): (row: ExplorerRow) => boolean {
  const words = keywordWords(state.q);
  return (row) =>
    words.every((word) => row.text.includes(word)) &&
    (!state.addressee || row.addressee === state.addressee) &&
    (!state.region || row.region === state.region) &&
    (!state.pdu || row.pdu === state.pdu) &&
    (!state.domain || row.domains.includes(state.domain)) &&
    (!state.year || row.year === state.year);
}

/** Whether one row passes the state (see explorerMatcher, which tests many rows against one state). */
export function rowMatches(row: ExplorerRow, state: ExplorerState): boolean {
  return explorerMatcher(state)(row);
}

/** Whether the state narrows the rows at all (a keyword or any filter), as against showing every row. */
export function isFiltered(state: ExplorerState): boolean {
  return keywordWords(state.q).length > 0 || explorerFilterKeys.some((key) => state[key] !== '');
}

/** What a sort by each column orders by: the names shown for PDU, region and addressee. */
const sortValue = {
  date: (r: ExplorerRow) => r.date,
  number: (r: ExplorerRow) => r.number,
  pdu: (r: ExplorerRow) => r.pduName,
  region: (r: ExplorerRow) => r.regionName,
  addressee: (r: ExplorerRow) => r.addresseeLabel,
} as const;

/** Compares two rows for a sort; ties fall back to source order. */
export function compareRows(a: ExplorerRow, b: ExplorerRow, sort: ExplorerSort): number {
  const [key, direction] = sort.split('-') as [keyof typeof sortValue, 'asc' | 'desc'];
  const av = sortValue[key](a);
  const bv = sortValue[key](b);
  const order = typeof av === 'number' && typeof bv === 'number' ? av - bv : String(av).localeCompare(String(bv), 'en-GB');
  return (direction === 'asc' ? order : -order) || a.index - b.index;
}

/**
 * The explorer's status line. On one page: "Showing all 28 recommendations.", "Showing 3 of 28 recommendations.",
 * "Showing the 1 recommendation.". When the rows fill more than one page, the page's range: "Showing 201 to 400 of
 * 5432 recommendations." or, filtered, "Showing 1 to 200 of 4321 matching recommendations (28000 in all)."
 */
export function explorerStatus(shown: number, total: number, page = 1, pageSize = Number.POSITIVE_INFINITY): string {
  if (shown > pageSize) {
    const first = (page - 1) * pageSize + 1;
    const last = Math.min(page * pageSize, shown);
    return shown === total
      ? `Showing ${first} to ${last} of ${count(total, 'recommendation')}.`
      : `Showing ${first} to ${last} of ${shown} matching recommendations (${total} in all).`;
  }
  if (shown !== total) return `Showing ${shown} of ${count(total, 'recommendation')}.`;
  return total === 0
    ? `Showing no ${nounFor(0, 'recommendation')}.`
    : total === 1
      ? 'Showing the 1 recommendation.'
      : `Showing all ${count(total, 'recommendation')}.`;
}

/** The published CSV of every recommendation, which "Download these rows" picks rows from (src/lib/publishing/open-data.ts). */
export const recommendationsCsv = 'recommendations.csv';

/** The download link's words: every recommendation, or just the rows a keyword or filter leaves. */
export function downloadLabel(rows: number, filtered: boolean): string {
  if (!filtered) return `Download all ${count(rows, 'recommendation')} (CSV)`;
  return rows === 1 ? 'Download this row (CSV)' : `Download these ${count(rows, 'row')} (CSV)`;
}
