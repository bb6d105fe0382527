import { count as countOf } from '../language/vocabulary';
import { facetOrder, type FacetKey } from './facet-keys';

/** How results are ordered. */
export type SearchSort = 'relevance' | 'newest' | 'oldest';

/** Everything that defines a search: it lives in the URL, so a search can be linked and restored. */
export interface SearchState {
  q: string;
  filters: Partial<Record<FacetKey, string[]>>;
  sort: SearchSort;
}

const facetKeys = new Set<string>(facetOrder.map((f) => f.key));
const sorts: SearchSort[] = ['relevance', 'newest', 'oldest'];

/** Reads a search from a URL's query string (?q=…&kind=Recommendation&sort=newest). Unknown keys are ignored. */
export function stateFromQuery(query: string): SearchState {
  const params = new URLSearchParams(query);
  const filters: SearchState['filters'] = {};
  for (const [key, value] of params) {
    if (!facetKeys.has(key) || !value) continue;
    const list = (filters[key as FacetKey] ??= []);
    if (!list.includes(value)) list.push(value);
  }
  const sort = params.get('sort') as SearchSort | null;
  return { q: (params.get('q') ?? '').trim(), filters, sort: sort && sorts.includes(sort) ? sort : 'relevance' };
}

/** Writes a search as a query string, in a stable order, omitting defaults. */
export function queryFromState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const { key } of facetOrder) for (const value of [...(state.filters[key] ?? [])].sort()) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether a search asks for anything: a query or at least one filter. */
export function isEmptySearch(state: SearchState): boolean {
  return !state.q && !Object.values(state.filters).some((v) => v && v.length);
}

/**
 * What a search found, for the status line and the screen-reader announcement: "12 results for “risk”", or, when only
 * some hold every word, "3 results contain every word of “unpaid work”; 27 more contain some of them".
 */
export function resultsSummary(count: number, state: SearchState, whole = count): string {
  const filterCount = Object.values(state.filters).reduce((sum, v) => sum + (v?.length ?? 0), 0);
  const filters = filterCount ? ` with ${countOf(filterCount, 'filter')}` : '';
  if (whole < count && state.q) {
    const head = whole ? `${countOf(whole, 'result')} ${whole === 1 ? 'contains' : 'contain'}` : 'No result contains';
    const some = count - whole;
    const rest = whole
      ? `${some} more ${some === 1 ? 'contains' : 'contain'} some of them`
      : `${countOf(count, 'result')} ${count === 1 ? 'contains' : 'contain'} some of them`;
    return `${head} every word of “${state.q}”${filters}; ${rest}`;
  }
  const parts = [state.q ? `for “${state.q}”` : '', filterCount ? `with ${countOf(filterCount, 'filter')}` : ''].filter(Boolean);
  const n = countOf(count, 'result');
  return parts.length ? `${n} ${parts.join(' ')}` : n;
}

/** The heading above the results that hold only some of the query's words. */
export function partialHeading(count: number): string {
  return `${count === 1 ? '1 result contains' : `${count} results contain`} some of the words`;
}

/** The narrow-screen filters button: "Filters (none selected)", "Filters (1 selected)", "Filters (3 selected)". */
export function filtersLabel(selected: number): string {
  return `Filters (${selected === 0 ? 'none' : selected} selected)`;
}
