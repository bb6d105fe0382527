import { count, nounFor } from '../words/vocabulary';

/** The recommendations explorer's state: filters and sort, kept in the URL. */
export interface ExplorerState {
  addressee: string;
  region: string;
  pdu: string;
  domain: string;
  year: string;
  sort: ExplorerSort;
}

/** Columns the explorer sorts by, each ascending or descending. */
export type ExplorerSort = `${'date' | 'pdu' | 'region' | 'addressee' | 'number'}-${'asc' | 'desc'}`;

/** The filter keys, in the order the controls show them. */
export const explorerFilterKeys = ['addressee', 'region', 'pdu', 'domain', 'year'] as const;

/** What one table row carries, from its data-* attributes. */
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
}

const defaultSort: ExplorerSort = 'date-desc';
const sortPattern = /^(date|pdu|region|addressee|number)-(asc|desc)$/;

/** Reads the explorer's state from a query string; unknown or malformed values are ignored. */
export function explorerStateFromQuery(query: string): ExplorerState {
  const p = new URLSearchParams(query);
  const sort = p.get('sort') ?? '';
  return {
    addressee: p.get('addressee') ?? '',
    region: p.get('region') ?? '',
    pdu: p.get('pdu') ?? '',
    domain: p.get('domain') ?? '',
    year: p.get('year') ?? '',
    sort: sortPattern.test(sort) ? (sort as ExplorerSort) : defaultSort,
  };
}

/** Writes the state as a query string, omitting empty filters and the default sort. */
export function explorerQuery(state: ExplorerState): string {
  const p = new URLSearchParams();
  for (const key of explorerFilterKeys) if (state[key]) p.set(key, state[key]);
  if (state.sort !== defaultSort) p.set('sort', state.sort);
  const text = p.toString();
  return text ? `?${text}` : '';
}

/** Whether a row passes every filter. */
export function rowMatches(row: ExplorerRow, state: ExplorerState): boolean {
  return (
    (!state.addressee || row.addressee === state.addressee) &&
    (!state.region || row.region === state.region) &&
    (!state.pdu || row.pdu === state.pdu) &&
    (!state.domain || row.domains.includes(state.domain)) &&
    (!state.year || row.year === state.year)
  );
}

/** Compares two rows for a sort; ties fall back to source order. */
export function compareRows(a: ExplorerRow, b: ExplorerRow, sort: ExplorerSort): number {
  const [key, direction] = sort.split('-') as [keyof ExplorerRow, 'asc' | 'desc'];
  const av = a[key];
  const bv = b[key];
  const order = typeof av === 'number' && typeof bv === 'number' ? av - bv : String(av).localeCompare(String(bv), 'en-GB');
  return (direction === 'asc' ? order : -order) || a.index - b.index;
}

/** The explorer's status line: "Showing all 28 recommendations.", "Showing 3 of 28 recommendations.", "Showing the 1 recommendation." */
export function explorerStatus(shown: number, total: number): string {
  if (shown !== total) return `Showing ${shown} of ${count(total, 'recommendation')}.`;
  return total === 0
    ? `Showing no ${nounFor(0, 'recommendation')}.`
    : total === 1
      ? 'Showing the 1 recommendation.'
      : `Showing all ${count(total, 'recommendation')}.`;
}
