/**
 * Long lists split into pages, the same way at build time (the letters list, the recurring recommendations, the
 * explorer's pages) and in the browser (the explorer's filtered rows): page numbers from 1, every item on exactly one
 * page, and the page numbers a pager shows.
 */

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

/** One page of a list split into pages: its items, its number (from 1), how many pages and items in all, and the positions (from 1) of its first and last item. */
export interface ListPage<T> {
  items: T[];
  page: number;
  pages: number;
  total: number;
  first: number;
  last: number;
}

/** A list split into pages of `size` items, in order; an empty list is one empty page, so a list page always exists. */
export function pagesOf<T>(items: readonly T[], size: number): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`A page holds at least one item, not ${size}`);
  const pages = pageCount(items.length, size);
  return Array.from({ length: pages }, (_, i) => {
    const shown = pageSlice(items, i + 1, size);
    return { items: shown, page: i + 1, pages, total: items.length, first: shown.length ? i * size + 1 : 0, last: i * size + shown.length };
  });
}

/** The numbers of a list's pages after the first (whose address is the list's own): 2 to `pages`. */
export const laterPages = (pages: number): number[] => Array.from({ length: Math.max(0, pages - 1) }, (_, i) => i + 2);

/** A page's name among its list's pages: "Page 2 of 10". */
export const pageOfPages = (page: number, pages: number) => `Page ${page} of ${pages}`;
