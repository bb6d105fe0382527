import type { Page } from 'playwright-core';

/**
 * Waits until a search page's announcement (`[data-status]`) matches `pattern`, and returns it as shown. Read by script
 * in the page, not through Playwright's selector engine, which Playwright would put into the page to read it (13 ms of
 * CPU a page). Throws after 30 s, quoting the announcement.
 */
export function searchAnnouncement(page: Page, pattern: RegExp): Promise<string> {
  return page.evaluate(
    async ([source, flags]) => {
      const announced = new RegExp(source, flags);
      const status = () => document.querySelector<HTMLElement>('[data-status]');
      const started = performance.now();
      while (!announced.test(status()?.textContent ?? '')) {
        if (performance.now() - started > 30_000)
          throw new Error(`the search announced nothing matching ${announced} within 30 s: "${status()?.textContent ?? ''}"`);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      return status()?.innerText ?? '';
    },
    [pattern.source, pattern.flags] as const,
  );
}
