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

/** A tab's viewport when the test asks for none: Playwright's default for a new context. */
const defaultViewport = { width: 1280, height: 720 };

/**
 * The tabs of one browser context, reused from one test to the next: opening a tab costs Chromium's headless shell
 * about 45 ms of CPU and a load in a fresh tab about 120 ms, against 60 ms in a tab that is there (the browser tests
 * open about 150). A tab is handed back by its close(), and given to the next test as a new one would be: without the
 * last test's listeners, routes or emulated media (each undone only if the test set it, which a tab records), the mouse
 * at the corner, and at the viewport the next test asks for; its next goto() loads a new document in place of the
 * page it shows. The headless shell shows every tab at once (none behind another is throttled), so a reused tab runs
 * as a new one does.
 */
function tabPool(context: BrowserContext) {
  const idle: Page[] = [];
  // The tabs tests hold, each with the site (openSite) that lent it: a second close() of a tab already handed back does
  // nothing (it must not be lent twice).
  const lent = new Map<Page, object>();
  const open = async (): Promise<Page> => {
    const page = await context.newPage();
    const set = { routes: false, media: false };
    const { route, emulateMedia } = page;
    page.route = ((...args: Parameters<Page['route']>) => ((set.routes = true), route.apply(page, args))) as Page['route'];
    page.emulateMedia = ((...args: Parameters<Page['emulateMedia']>) => (
      (set.media = true),
      emulateMedia.apply(page, args)
    )) as Page['emulateMedia'];
    page.close = async () => {
      if (page.isClosed() || !lent.delete(page)) return;
      await page.removeAllListeners(undefined, { behavior: 'ignoreErrors' });
      // The page it shows stops loading, and its address becomes one no test opens, so that the next test's goto()
      // loads a new document even to this page's address with only a #fragment added (which would otherwise scroll
      // the old one). Not about:blank: that hands the next load to a new renderer process, the cost saved here.
      await page
        .evaluate(() => {
          if (!location.protocol.startsWith('http')) return;
          window.stop();
          history.replaceState(null, '', '/__tab-handed-back__');
        })
        .catch(() => undefined);
      if (set.routes) await page.unrouteAll({ behavior: 'ignoreErrors' });
      if (set.media) await emulateMedia.call(page, { media: null, colorScheme: null, reducedMotion: null, forcedColors: null });
      Object.assign(set, { routes: false, media: false });
      await page.mouse.move(0, 0);
      idle.push(page);
    };
    return page;
  };
  return {
    /** A tab for a test of `site`, at `viewport`. */
    lend: async (site: object, viewport = defaultViewport): Promise<Page> => {
      const page = idle.pop() ?? (await open());
      lent.set(page, site);
      const size = page.viewportSize();
      if (size?.width !== viewport.width || size.height !== viewport.height) await page.setViewportSize(viewport);
      return page;
    },
    /** Hands back every tab `site` lent that its tests left open. */
    handBack: (site: object) => Promise.all([...lent].filter(([, by]) => by === site).map(([page]) => page.close())),
  };
}

/**
 * One connection to the shared Chromium for this test worker, and its two browser contexts (scripts on, scripts off),
 * made when a test file first asks and kept for the next files the worker runs (the e2e workers keep their modules
 * between files). Every browser context has renderer processes of its own, never shared with another context's:
 * with a connection and a context per test file, Chromium started 68 renderers in a run, each costing some 30 ms of
 * CPU to start (24 now; the browser tests took 85-88 CPU-s of the machine, against 88-90). Nothing a file does to a tab outlives the tab's close() (tabPool), and
 * the site keeps no cookies or storage and the test servers send no caching headers, so a file finds the contexts as
 * a new one would. The connection ends with the worker.
 */
let shared:
  | { browser: Promise<Browser>; tabs?: Promise<ReturnType<typeof tabPool>>; tabsWithoutScripts?: Promise<ReturnType<typeof tabPool>> }
  | undefined;
function sharedChromium() {
  shared ??= { browser: connectChromium() };
  return shared;
}

/**
 * The shared Chromium, and a static server: the run's own over dist/, or a new one over another built site
 * (with its base path). newPage() gives a tab of the worker's one browser context (a context per page costs Chromium
 * about twice the work; the site keeps no cookies or storage a context would isolate), at a viewport of its own if
 * asked, or, with `javaScript: false`, of its one context with scripts off; a tab's close() hands it back for the next
 * test (tabPool). newContext() gives a context of its own, for other options. close() hands back the tabs its tests
 * left open, closes the contexts its newContext() made and ends the server it started.
 */
export async function openSite(dir?: string, base = '/') {
  const chromium = sharedChromium();
  const [browser, server] = await Promise.all([
    chromium.browser,
    dir ? serveStatic(dir, base) : Promise.resolve({ url: inject('siteUrl'), close: async () => {} }),
  ]);
  const tabs = await (chromium.tabs ??= browser.newContext().then(tabPool));
  const site = {};
  const contexts = new Set<BrowserContext>();
  return {
    url: (path: string) => new URL(path.replace(/^\//, ''), server.url).href,
    newPage: async ({ viewport, javaScript }: TabOptions = {}): Promise<Page> =>
      javaScript === false
        ? (await (chromium.tabsWithoutScripts ??= browser.newContext({ javaScriptEnabled: false }).then(tabPool))).lend(site, viewport)
        : tabs.lend(site, viewport),
    newContext: async (options: BrowserContextOptions = {}): Promise<BrowserContext> => {
      const context = await browser.newContext(options);
      contexts.add(context);
      return context;
    },
    close: async () => {
      await Promise.all([tabs.handBack(site), chromium.tabsWithoutScripts?.then((pool) => pool.handBack(site))]);
      await Promise.all([...contexts].map((context) => context.close()));
      await server.close();
    },
  };
}
