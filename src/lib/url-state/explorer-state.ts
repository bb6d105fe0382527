import { count, nounFor } from '../language/vocabulary';
import { documentTerms, holdsEveryWord, parseQuery, type AcronymForms, type QueryWord } from '../language/reading';

/** The recommendations explorer's state: keyword, filters and sort, kept in the URL. */
export interface ExplorerState {
  /** Words the recommendation's text must hold, as typed (`q` in the URL); matched as search matches them (explorerMatcher). */
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
  /** The recommendation's text as written, which the keyword filter reads (see explorerMatcher). */
  text: string;
  /** The names a sort by PDU, region or addressee orders by: the names shown, not the ids. */
  pduName: string;
  regionName: string;
  addresseeLabel: string;
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

/** Each row's terms (documentTerms of its text), by the abbreviation list they were read with: worked out once per row. */
const termSets = new WeakMap<readonly AcronymForms[], WeakMap<ExplorerRow, ReadonlySet<string>>>();

/**
 * The terms a row is matched by, as search files a document under them (src/lib/search/words.ts): each word stemmed,
 * each pair of neighbouring words, hyphenated words joined, and each abbreviation in both forms. Worked out the first
 * time the row is asked for with this list of abbreviations, then kept: typing never reads a row’s text again.
 */
export function rowTerms(row: ExplorerRow, acronyms: readonly AcronymForms[]): ReadonlySet<string> {
  let sets = termSets.get(acronyms);
  if (!sets) termSets.set(acronyms, (sets = new WeakMap()));
  let terms = sets.get(row);
  if (!terms) sets.set(row, (terms = new Set(documentTerms(row.text, acronyms))));
  return terms;
}

/**
 * A test of rows against the state: every filter, and the keyword query matched as search's whole matches are
 * (holdsEveryWord): the row holds every word's term ("victims" finds "victim", "BBR" finds "Building Better
 * Relationships" and the other way round) and every phrase in double quotes as neighbouring words. The last word,
 * typed without a space after it, also finds the words it starts ("vict" finds "victim"), but only when no row of
 * `rows` (every row the explorer can show) holds the word itself. `acronyms` is the explorer index's list.
 */
export function explorerMatcher(
  state: ExplorerState,
  rows: readonly ExplorerRow[],
  acronyms: readonly AcronymForms[],
): (row: ExplorerRow) => boolean {
  const query = parseQuery(state.q);
  const keyword = query.words.length > 0;
  // Whether a prefix word may match as a prefix: asked at most once per word, when a row lacks the word itself.
  const asPrefix = new Map<QueryWord, boolean>();
  const prefixed = (word: QueryWord): boolean => {
    if (!word.prefix) return false;
    let answer = asPrefix.get(word);
    if (answer === undefined) {
      answer = !rows.some((r) => rowTerms(r, acronyms).has(word.term));
      asPrefix.set(word, answer);
    }
    return answer;
  };
  return (row) =>
    (!state.addressee || row.addressee === state.addressee) &&
    (!state.region || row.region === state.region) &&
    (!state.pdu || row.pdu === state.pdu) &&
    (!state.domain || row.domains.includes(state.domain)) &&
    (!state.year || row.year === state.year) &&
    (!keyword || holdsEveryWord(rowTerms(row, acronyms), query, prefixed));
}

/** The rows a state leaves, in their given order (explorerMatcher, with `rows` as every row there is). */
export function matchingRows<T extends ExplorerRow>(rows: readonly T[], state: ExplorerState, acronyms: readonly AcronymForms[]): T[] {
  return rows.filter(explorerMatcher(state, rows, acronyms));
}

/** Whether the state narrows the rows at all (a keyword or any filter), as against showing every row. */
export function isFiltered(state: ExplorerState): boolean {
  return parseQuery(state.q).words.length > 0 || explorerFilterKeys.some((key) => state[key] !== '');
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
