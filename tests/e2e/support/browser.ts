import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { serveStatic } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The WebSocket address of the one Chromium every browser test shares (global-setup.ts launches it). */
    chromiumEndpoint: string;
    /** The address of the static server over dist/ that global-setup.ts runs for the whole run. */
    siteUrl: string;
  }
}

/** A connection to the shared Chromium; close() ends the connection and every page opened through it, not the browser. */
export function connectChromium(): Promise<Browser> {
  return chromium.connect(inject('chromiumEndpoint'));
}

/** What a tab may be opened with: its viewport from the start, and whether the page's scripts run (by default, they do). */
export interface TabOptions {
  viewport?: { width: number; height: number };
  javaScript?: false;
}

/**
 * The shared Chromium, and a static server: the run's own over dist/, or a new one over another built site
 * (with its base path). newPage() opens a fresh tab in one browser context kept for the caller (a context per page
 * costs Chromium about twice the work; the site keeps no cookies or storage a context would isolate), at a viewport of
 * its own if asked, or, with `javaScript: false`, in the caller's one context with scripts off. newContext() gives a
 * context of its own, for other options. close() ends what this call started.
 */
export async function openSite(dir?: string, base = '/') {
  const [browser, server] = await Promise.all([
    connectChromium(),
    dir ? serveStatic(dir, base) : Promise.resolve({ url: inject('siteUrl'), close: async () => {} }),
  ]);
  const context = await browser.newContext();
  let withoutScripts: Promise<BrowserContext> | undefined;
  return {
    url: (path: string) => new URL(path.replace(/^\//, ''), server.url).href,
    newPage: async ({ viewport, javaScript }: TabOptions = {}): Promise<Page> => {
      const tabs = javaScript === false ? await (withoutScripts ??= browser.newContext({ javaScriptEnabled: false })) : context;
      const page = await tabs.newPage();
      if (viewport) await page.setViewportSize(viewport);
      return page;
    },
    newContext: async (options: BrowserContextOptions = {}): Promise<BrowserContext> => browser.newContext(options),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
