import { describe, expect, it } from 'vitest';
import { pageCount, pageFromQuery, pageSlice, pagerItems } from '../../../../src/lib/url-state/pagination';
import { defaultExplorerPageSize, explorerPageSize } from '../../../../src/lib/publishing/explorer-files';
import { explorerStatus } from '../../../../src/lib/url-state/explorer-state';

const shown = (items: ReturnType<typeof pagerItems>) =>
  items.map((i) => ('gap' in i ? '…' : i.current ? `[${i.page}]` : String(i.page))).join(' ');

describe('the explorer’s pages', () => {
  it('puts 200 rows on a page unless the build is told another whole number, and refuses anything else', () => {
    expect(explorerPageSize({})).toBe(defaultExplorerPageSize);
    expect(defaultExplorerPageSize).toBe(200);
    expect(explorerPageSize({ PI_EXPLORER_PAGE_SIZE: '25' })).toBe(25);
    for (const bad of ['0', '-3', '2.5', 'ten']) expect(() => explorerPageSize({ PI_EXPLORER_PAGE_SIZE: bad })).toThrow(/whole number/);
  });

  it('counts at least one page, and a last page that is only partly full', () => {
    expect(pageCount(0, 200)).toBe(1);
    expect(pageCount(200, 200)).toBe(1);
    expect(pageCount(201, 200)).toBe(2);
    expect(pageCount(28000, 200)).toBe(140);
  });

  it('slices each page’s rows so every row is on exactly one page, in order', () => {
    const rows = Array.from({ length: 53 }, (_, i) => i);
    const pages = Array.from({ length: pageCount(rows.length, 10) }, (_, i) => pageSlice(rows, i + 1, 10));
    expect(pages.map((p) => p.length)).toEqual([10, 10, 10, 10, 10, 3]);
    expect(pages.flat()).toEqual(rows);
  });

  it('reads a page number from the query only when it is a page that exists', () => {
    expect(pageFromQuery('?page=3', 5)).toBe(3);
    for (const query of ['', '?page=0', '?page=6', '?page=2.5', '?page=x']) expect(pageFromQuery(query, 5)).toBe(1);
  });

  it('shows the first, last, current and neighbouring pages, with a gap only where two or more pages are left out', () => {
    expect(shown(pagerItems(1, 1))).toBe('[1]');
    expect(shown(pagerItems(1, 3))).toBe('[1] 2 3');
    expect(shown(pagerItems(1, 140))).toBe('[1] 2 … 140');
    expect(shown(pagerItems(4, 140))).toBe('1 2 3 [4] 5 … 140');
    expect(shown(pagerItems(70, 140))).toBe('1 … 69 [70] 71 … 140');
    expect(shown(pagerItems(140, 140))).toBe('1 … 139 [140]');
  });

  it('says which rows a page shows when they fill more than one page, and how many match of all', () => {
    expect(explorerStatus(28000, 28000, 2, 200)).toBe('Showing 201 to 400 of 28000 recommendations.');
    expect(explorerStatus(28000, 28000, 140, 200)).toBe('Showing 27801 to 28000 of 28000 recommendations.');
    expect(explorerStatus(450, 28000, 3, 200)).toBe('Showing 401 to 450 of 450 matching recommendations (28000 in all).');
    expect(explorerStatus(28, 28, 1, 200)).toBe('Showing all 28 recommendations.');
    expect(explorerStatus(4, 28, 1, 200)).toBe('Showing 4 of 28 recommendations.');
  });
});
