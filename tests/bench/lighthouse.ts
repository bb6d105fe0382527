/**
 * Lighthouse's performance and accessibility scores for the pages readers open most (issue 13: the search page with a
 * query scores 100 like the reading pages; issue 19: the home, letter, region, PDU and explorer pages keep 100 for both),
 * with Debian's Chromium run headless and Lighthouse's default mobile emulation and throttling.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from '../e2e/support/chromium';
import { serveStatic } from '../e2e/support/server';

/** One page's performance score (0 to 100) and the timings it is made of, and its accessibility score. */
export interface LighthouseScore {
  path: string;
  score: number;
  accessibility: number;
  /** First and largest contentful paint, total blocking time (ms), cumulative layout shift. */
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
}

/** The pages scored: the home page, a letter, its region, a PDU, the explorer and the search page with a query. */
export const lighthousePaths = (site: { letter: string; region: string; pdu: string }) => [
  '/',
  `/letters/${site.letter}/`,
  `/regions/${site.region}/`,
  `/pdus/${site.pdu}/`,
  '/recommendations/',
  '/search/?q=victim',
];

/** Scores each page of the site in `dist`, one after another in one Chromium. */
export async function lighthouseScores(dist: string, paths: readonly string[]): Promise<LighthouseScore[]> {
  const server = await serveStatic(dist);
  const chrome = await chromeLauncher.launch({ chromePath: findChromium({ full: true }), chromeFlags: ['--headless=new', '--no-sandbox'] });
  try {
    const scores: LighthouseScore[] = [];
    for (const path of paths) {
      const run = await lighthouse(new URL(path.replace(/^\//, ''), server.url).href, {
        port: chrome.port,
        onlyCategories: ['performance', 'accessibility'],
        logLevel: 'error',
      });
      if (!run) throw new Error(`Lighthouse gave no result for ${path}`);
      const { lhr } = run;
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      scores.push({
        path,
        score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
      });
    }
    return scores;
  } finally {
    chrome.kill();
    await server.close();
  }
}

/** One line a page: "/search/?q=victim  100  (FCP 0.9 s, LCP 1.4 s, TBT 10 ms, CLS 0.000), accessibility 100". */
export function lighthouseTable(scores: readonly LighthouseScore[]): string[] {
  return scores.map(
    (s) =>
      `  ${s.path.padEnd(40)}${String(s.score).padStart(4)}  (FCP ${(s.fcp / 1000).toFixed(1)} s, LCP ${(s.lcp / 1000).toFixed(1)} s, TBT ${Math.round(s.tbt)} ms, CLS ${s.cls.toFixed(3)}), accessibility ${s.accessibility}`,
  );
}
