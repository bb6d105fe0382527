import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium';
import { serveStatic } from './server';
import { distDir } from './site';

/** A headless Chromium and a static server over a built site; close() stops both. */
export async function openSite(dir = distDir, base = '/') {
  const server = await serveStatic(dir, base);
  const browser: Browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
  return {
    url: (path: string) => new URL(path.replace(/^\//, ''), server.url).href,
    newPage: async (): Promise<Page> => browser.newPage(),
    newContext: async (options: BrowserContextOptions = {}): Promise<BrowserContext> => browser.newContext(options),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
