/**
 * Rows on one page of the recommendations explorer, with and without JavaScript. 200 rows keep a page near 150 KB of
 * HTML however large the corpus grows. The build reads `PI_EXPLORER_PAGE_SIZE` (a whole number from 1) so the tests
 * can page a small corpus; the pages, the route table and the browser script all take the size from the build.
 */
export const defaultExplorerPageSize = 200;

/** The page size a build uses: `PI_EXPLORER_PAGE_SIZE` when set, else 200. A value that is not a whole number from 1 stops the build. */
export function explorerPageSize(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const raw = env.PI_EXPLORER_PAGE_SIZE;
  if (raw === undefined || raw === '') return defaultExplorerPageSize;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1) throw new Error(`PI_EXPLORER_PAGE_SIZE must be a whole number of rows from 1; it is "${raw}".`);
  return size;
}

/** How many pages `total` rows fill at `size` a page: at least 1, so an empty explorer still has its page. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The rows of page `page` (from 1). */
export function pageSlice<T>(rows: readonly T[], page: number, size: number): T[] {
  return rows.slice((page - 1) * size, page * size);
}

/** A page number read from the URL (`?page=3`): a whole number from 1 to `pages`, else 1. */
export function pageFromQuery(query: string, pages: number): number {
  const page = Number(new URLSearchParams(query).get('page'));
  return Number.isInteger(page) && page >= 1 && page <= pages ? page : 1;
}

/** One item of a pager: a page number to link, or a gap ("⋯") between page numbers not shown. */
export type PagerItem = { page: number; current: boolean } | { gap: true };

/**
 * The page numbers a pager shows, GOV.UK style: the first and last page, the current page and one either side, with a
 * gap where pages are left out ("1 … 4 5 6 … 140"). A gap never stands for a single page: that page is shown instead.
 */
export function pagerItems(current: number, pages: number): PagerItem[] {
  const shown = [...new Set([1, current - 1, current, current + 1, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  const items: PagerItem[] = [];
  let previous = 0;
  for (const page of shown) {
    if (page - previous === 2) items.push({ page: previous + 1, current: previous + 1 === current });
    else if (page - previous > 2) items.push({ gap: true });
    items.push({ page, current: page === current });
    previous = page;
  }
  return items;
}
