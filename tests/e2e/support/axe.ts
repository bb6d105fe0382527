import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { axeCorePath } from './server';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules on the page (or a frame of one) as it is now; returns violations, summarised. */
export async function axeViolations(page: Page | Frame): Promise<string[]> {
  // Once a page (a page checked at several widths has it already). On a test server's page, as a script of the page's
  // own origin (support/server.ts), which its Content-Security-Policy allows: Chromium then keeps it, and its compiled
  // code, from one page to the next (15 ms of CPU a page, where sending its 550 KB through the DevTools protocol took
  // 38). A page without an address (a component rendered into about:blank), with its scripts off, or whose server has
  // no axe-core is sent it that way.
  const loaded = await page.evaluate(async (src) => {
    if ('axe' in window) return true;
    // The HTML parser reads a <noscript>'s content as markup only where the document's scripts are off (a tab with
    // JavaScript disabled), where a script element would never load.
    const probe = document.createElement('div');
    probe.innerHTML = '<noscript><i></i></noscript>';
    if (!location.protocol.startsWith('http') || probe.querySelector('noscript i')) return false;
    return new Promise<boolean>((resolve) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = () => (script.remove(), resolve(true));
      script.onerror = () => (script.remove(), resolve(false));
      document.head.append(script);
    });
  }, axeCorePath);
  if (!loaded) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
      // Only violations are read, so axe-core need not gather the details of passes and incomplete checks.
      resultTypes: ['violations'],
    });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
  });
  return violations;
}
