import type { Page } from 'playwright-core';

/** Helpers for trying the recommendations explorer in Chromium (explorer-cards.test.ts, corpus.test.ts). */

/** Elements wider than the viewport, or reaching past its right edge: "tag.class right-edge". */
export const tooWide = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 0.5 || e.getBoundingClientRect().width > width)
      .map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''} ${Math.round(e.getBoundingClientRect().right)}`);
  });

/** Waits until the explorer has shown the rows of its state (it loads its index the first time one is asked for). */
export const settled = (page: Page) => page.waitForFunction(() => !document.querySelector('.explorer__table')?.hasAttribute('aria-busy'));

/** What each card shows, as a reader sees it: its name, its text, and each value with the words before it. */
export const cards = (page: Page) =>
  page.locator('.explorer__table tbody tr').evaluateAll((rows) =>
    rows.map((tr) => {
      const cells = [...(tr as HTMLTableRowElement).cells];
      const box = (e: Element) => e.getBoundingClientRect();
      return {
        id: (tr as HTMLElement).dataset.id ?? '',
        name: (cells[0] as HTMLElement).innerText,
        text: (cells[1] as HTMLElement).innerText,
        // Each value after the text: the words the stylesheet writes before it, and the value.
        fields: cells.slice(2).map((c): [string, string] => [getComputedStyle(c, '::before').content, (c as HTMLElement).innerText]),
        shown: cells.every((c) => box(c).width > 0 && box(c).height > 0 && box(c).right <= document.documentElement.clientWidth),
      };
    }),
  );
