import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import type { Fragment, Manifest } from '../../src/lib/search/index-format';
import { builtPage, distDir, elementsIn, is, pageText, parseHtml } from './support/site';
import { openSite } from './support/browser';
import { searchAnnouncement } from './support/search-page';
import { must } from '../../src/lib/must';

/** A file of the built search index, unpacked. */
const indexFile = (path: string) => gunzipSync(readFileSync(`${distDir}/search-index/${path}`));
const manifest = JSON.parse(indexFile('manifest.json.gz').toString('utf8')) as Manifest;
const fragments = readdirSync(`${distDir}/search-index/fragments`).map(
  (name) => JSON.parse(indexFile(`fragments/${name}`).toString('utf8')) as Fragment,
);

/** A page's visible text without its footnote markers (a marker is no word of the letter's), spaces folded. */
function ownText(path: string): string {
  const tree = parseHtml(builtPage(path));
  for (const sup of elementsIn(tree, (e: Element) => is('sup')(e) && String(e.properties.className ?? '').includes('footnote-ref')))
    sup.children = [];
  return pageText(tree);
}

const fragmentOf = new Map(fragments.map((f) => [f.url, f]));
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

/**
 * Opens a search and waits for its announcement; returns it. The page is read by script in it, not through Playwright's
 * selector engine, which Playwright would put into each search's page to read it (13 ms of CPU each time): only the
 * first press of "Show more results", made as a person makes it, goes through it.
 */
async function search(page: Page, query: string): Promise<string> {
  await page.goto(site.url(`/search/${query}`));
  await searchAnnouncement(page, /\d+ results?|No result/);
  // Every result, not only the first ten: "Show more results" pressed until it goes, the first time as a person
  // clicks it, then in the page (not a round trip from the test per press), each press awaited until its results show.
  const more = await page.evaluate(() => {
    const button = document.querySelector('[data-more]');
    const box = button?.getBoundingClientRect();
    // Visible as Playwright means it: a box with a size, and not visibility: hidden.
    const visible = !!button && !!box && box.width > 0 && box.height > 0 && getComputedStyle(button).visibility !== 'hidden';
    return { visible, shown: document.querySelectorAll('.result').length };
  });
  if (more.visible) {
    await page.click('[data-more]');
    await page.evaluate(async (n) => {
      while (document.querySelectorAll('.result').length <= n) await new Promise((resolve) => requestAnimationFrame(resolve));
    }, more.shown);
  }
  await page.evaluate(async () => {
    const more = document.querySelector<HTMLButtonElement>('[data-more]');
    while (more && !more.hidden) {
      const before = document.querySelectorAll('.result').length;
      more.click();
      while (document.querySelectorAll('.result').length <= before) await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
  return page.evaluate(() => document.querySelector<HTMLElement>('[data-status]')?.innerText ?? '');
}

/** Each result shown: its page's path, its title, its excerpt's text and marked words, and whether it holds every word. */
const results = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.result')].map((li) => {
      const link = li.querySelector<HTMLAnchorElement>('.result__title a');
      const excerpt = li.querySelector<HTMLElement>('.result__excerpt');
      return {
        path: new URL(link?.href ?? '').pathname,
        title: link?.textContent ?? '',
        excerpt: excerpt?.textContent ?? '',
        marked: [...(excerpt?.querySelectorAll('mark') ?? [])].map((m) => m.textContent ?? ''),
        whole: li.closest('[data-results]') !== null,
      };
    }),
  );

/** What a search shows: its announcement, every result, and the heading over results holding only some words. */
interface Shown {
  status: string;
  found: Awaited<ReturnType<typeof results>>;
  partialHeading?: string;
}

// Each query is searched once in the run, on a page of its own, however many tests read what it shows.
const searches = new Map<string, Promise<Shown>>();
function searched(query: string): Promise<Shown> {
  let shown = searches.get(query);
  if (!shown) {
    shown = (async () => {
      const page = await site.newPage();
      const status = await search(page, `?q=${encodeURIComponent(query)}`);
      const found = await results(page);
      const partialHeading = await page.evaluate(() => document.querySelector<HTMLElement>('[data-partial-heading]')?.innerText);
      await page.close();
      return { status, found, ...(partialHeading === undefined ? {} : { partialHeading }) };
    })();
    searches.set(query, shown);
  }
  return shown;
}

const queries = [
  'BBR',
  'Building Better Relationships',
  'unpaid work',
  '"unpaid work"',
  'victims',
  'risk of harm',
  'SFO',
  'Wigan',
  'vict',
  'staff workloads',
  'probati',
];

describe('search shows only the letters’ own words', () => {
  it('shows, for every query, excerpts that are each a run of the text on the item’s own page', async () => {
    // The queries run four at a time, each on a page of its own (most of a search is waiting for the browser).
    const shown = async (query: string) => (await searched(query)).found.map((r) => ({ query, ...r }));
    const found = [];
    for (let i = 0; i < queries.length; i += 4) found.push(...(await Promise.all(queries.slice(i, i + 4).map(shown))).flat());
    for (const r of found) {
      const text = fold(r.excerpt.replace(/^…/, '').replace(/…$/, ''));
      expect(text.length, `${r.query}: ${r.path} has an excerpt`).toBeGreaterThan(0);
      expect(pages(r.path), `${r.query}: the excerpt of ${r.path}`).toContain(text);
    }
    expect(found.length).toBeGreaterThan(50);
  });

  it('shows no abbreviation list or item number in an excerpt, and for "BBR" marks the words the letter uses', async () => {
    const { found } = await searched('BBR');
    expect(found.length).toBeGreaterThan(0);
    for (const r of found) {
      expect(r.excerpt).not.toMatch(/\(BBR\);|\(UPW\)|\(PDU\) \d+\./);
      expect(r.marked.join(' ')).toMatch(/Building Better Relationships|BBR/);
    }
    const tameside8 = found.find((r) => r.path.endsWith('/recommendations/greater-manchester-2023-05-tameside-8/'));
    expect(tameside8?.marked).toEqual(['Building', 'Better', 'Relationships']);
  });

  it('cuts excerpts at word boundaries and marks every cut with "…"', async () => {
    for (const r of (await searched('probation')).found) {
      const own = pages(r.path);
      const body = fold(r.excerpt.replace(/^…/, '').replace(/…$/, ''));
      const at = own.indexOf(body);
      expect(at, r.path).toBeGreaterThanOrEqual(0);
      // It starts and ends at a word's edge: never inside a word, whether cut ("…") or not.
      const letter = /[\p{L}\p{N}]/u;
      expect(`${own[at - 1] ?? ' '}${body[0]}`, `${r.path}: ${body.slice(0, 20)}`).not.toMatch(
        new RegExp(`^${letter.source}${letter.source}$`, 'u'),
      );
      expect(`${body[body.length - 1]}${own[at + body.length] ?? ' '}`, `${r.path}: ${body.slice(-20)}`).not.toMatch(
        new RegExp(`^${letter.source}${letter.source}$`, 'u'),
      );
      // Every cut is marked: an excerpt without a leading "…" starts one of the item's paragraphs, without a trailing one ends it.
      const paragraphs = (fragmentOf.get(r.path.replace(/^\//, ''))?.paragraphs ?? []).map(fold);
      if (!r.excerpt.startsWith('…'))
        expect(
          paragraphs.some((p) => p.startsWith(body)),
          `${r.path} starts a paragraph`,
        ).toBe(true);
      if (!r.excerpt.endsWith('…'))
        expect(
          paragraphs.some((p) => p.endsWith(body)),
          `${r.path} ends a paragraph`,
        ).toBe(true);
    }
  });
});

const pageCache = new Map<string, string>();
function pages(path: string): string {
  let text = pageCache.get(path);
  if (text === undefined) pageCache.set(path, (text = ownText(path)));
  return text;
}

describe('search is precise', () => {
  it('puts Wigan recommendation 6 first for "unpaid work", with only results holding both words above the line', async () => {
    const { status, found, partialHeading } = await searched('unpaid work');
    expect(found[0]?.title).toMatch(/^Wigan recommendation 6: /);
    const whole = found.filter((r) => r.whole);
    expect(status).toMatch(
      new RegExp(
        `^${whole.length} results? contains? every word of “unpaid work”; ${found.length - whole.length} more contain some of them$`,
      ),
    );
    for (const r of whole) expect(pages(r.path), r.path).toMatch(/unpaid[\s\S]*\bwork|\bwork[\s\S]*unpaid/i);
    // Below the line, and said so: results holding only some of the words.
    expect(found.slice(whole.length).every((r) => !r.whole)).toBe(true);
    if (found.length > whole.length) expect(partialHeading).toMatch(/contain some of the words$/);
  });

  it('matches a quoted phrase only where its words stand together', async () => {
    const { status, found } = await searched('"unpaid work"');
    expect(found.length).toBeGreaterThan(0);
    expect(status).not.toMatch(/some of them/);
    for (const r of found) expect(pages(r.path), r.path).toMatch(/unpaid work/i);
  });

  it('puts Tameside recommendation 8 first for "Building Better Relationships"', async () => {
    const { found } = await searched('Building Better Relationships');
    expect(found[0]?.title).toMatch(/^Tameside recommendation 8: /);
  });
});

describe('the search index and the site agree', () => {
  it('indexes only pages the build made, each titled by its page’s h1', () => {
    expect(fragments.length).toBe(manifest.docs);
    for (const f of fragments) {
      const html = builtPage(`/${f.url}`);
      const h1 = elementsIn(parseHtml(html), is('h1'));
      expect(h1, f.url).toHaveLength(1);
      expect(fold(pageText(h1[0] as Element)), f.url).toBe(f.title);
    }
  });

  it('indexes every letter, finding, recommendation and PDU page the build made', () => {
    const indexed = new Set(fragments.map((f) => f.url));
    for (const kind of ['letters', 'findings', 'recommendations', 'pdus']) {
      const built = readdirSync(`${distDir}/${kind}`, { withFileTypes: true })
        .filter((d) => d.isDirectory() && d.name !== 'page' && readdirSync(`${distDir}/${kind}/${d.name}`).includes('index.html'))
        .map((d) => `${kind}/${d.name}/`)
        .filter((url) => !/^recommendations\/(recurring|explorer)\/$/.test(url));
      expect(built.length, kind).toBeGreaterThan(0);
      for (const url of built) expect(indexed.has(url), url).toBe(true);
    }
  });
});

describe('search and the explorer agree', () => {
  it('keeps in the explorer exactly the recommendations search finds holding every word', async () => {
    const page = await site.newPage();
    for (const words of [
      'unpaid work',
      'BBR',
      'Building Better Relationships',
      'victims',
      '"risk of harm"',
      'training needs',
      'vict',
      'probati',
    ]) {
      await search(page, `?q=${encodeURIComponent(words)}&kind=Recommendation`);
      const fromSearch = (await results(page))
        .filter((r) => r.whole)
        .map((r) => must(/\/recommendations\/([^/]+)\/$/.exec(r.path)?.[1], r.path))
        .sort();
      await page.goto(site.url(`/recommendations/?q=${encodeURIComponent(words)}`));
      // The rows shown once the explorer has filtered, read by script in the page (as search() reads it).
      const fromExplorer = await page.evaluate(async () => {
        while (document.querySelector('.explorer__table')?.hasAttribute('aria-busy') !== false)
          await new Promise((resolve) => requestAnimationFrame(resolve));
        return [...document.querySelectorAll<HTMLElement>('.explorer__table tbody tr')]
          .filter((tr) => {
            const box = tr.getBoundingClientRect();
            return box.width > 0 && box.height > 0 && getComputedStyle(tr).visibility !== 'hidden';
          })
          .map((tr) => tr.dataset.id ?? '')
          .sort();
      });
      expect(fromExplorer, words).toEqual(fromSearch);
      expect(fromSearch.length, words).toBeGreaterThan(0);
    }
    await page.close();
  });
});

describe('what a search fetches', () => {
  it('asks for the "did you mean" vocabulary only when a word of the query is in no document', async () => {
    const page = await site.newPage();
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('vocabulary')) asked.push(new URL(r.url()).search || r.url());
    });
    await search(page, '?q=unpaid+work');
    expect(asked).toEqual([]);
    await search(page, '?q=statutory+vicitms');
    await page.waitForSelector('[data-suggestion]:not([hidden])');
    expect(asked.length).toBe(1);
    await page.close();
  });
});
