/**
 * Renders a component with Astro's Container API, and opens the HTML in Chromium (a page of its own: English, titled,
 * one main, the site's stylesheet), where the tests read its structure and axe-core checks it.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { chromium, type Browser, type Page } from 'playwright-core';
import { axeViolations } from '../../e2e/support/axe';
import { chromiumArgs, findChromium } from '../../e2e/support/chromium';
import { join } from 'node:path';
import { root } from '../../support';

let container: AstroContainer | undefined;
let browser: Promise<Browser> | undefined;

/** The HTML a component renders with these props. */
export async function render(component: unknown, props: Record<string, unknown>): Promise<string> {
  container ??= await AstroContainer.create();
  return container.renderToString(component as Parameters<AstroContainer['renderToString']>[0], { props });
}

/** A page holding the component rendered with these props; close it when done. */
export async function renderedPage(component: unknown, props: Record<string, unknown>): Promise<Page> {
  browser ??= chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const page = await (await browser).newPage();
  const html = await render(component, props);
  await page.setContent(`<!doctype html><html lang="en-GB"><head><title>Example</title></head><body><main>${html}</main></body></html>`);
  // The site's stylesheet, as every page has it (src/layouts/Base.astro): sizes and contrast are checked as published.
  await page.addStyleTag({ path: join(root, 'src/styles/global.css') });
  return page;
}

/** An empty page in the same browser, with no stylesheet; close it when done. */
export async function newBlankPage(): Promise<Page> {
  browser ??= chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  return (await browser).newPage();
}

/** axe-core's WCAG A and AA violations on the page. */
export const violationsOf = (page: Page): Promise<string[]> => axeViolations(page);

/** Closes the browser the pages opened in. */
export async function closeBrowser(): Promise<void> {
  if (browser) await (await browser).close();
  browser = undefined;
}
