import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config';
import { must } from '../support';
import { backgroundResult } from './support/background';
import { removeScratchFolders } from './support/build';
import { openSite } from './support/browser';
import { brokenLinks, filesUnder } from './support/links';
import { formulaStarts } from '../../src/lib/publishing/csv';
import { readCsv } from './support/csv';
import { elementsIn, is, pageText, parseHtml, sourceOf } from './support/site';
import { goldenFile, tidySvg } from './support/golden';

// The corpus is built twice, plainly (with retired ids) and under a base path, by the background job
// `corpus` (support/background.ts), which the run starts as it begins.
let plain: string;
let underBase: string;
beforeAll(async () => {
  ({ plain, underBase } = await backgroundResult('corpus'));
});
afterAll(removeScratchFolders);

describe('a site built from several synthetic letters', () => {
  it('has no broken links', () => {
    expect(brokenLinks(plain, '/', siteConfig.site).broken).toEqual([]);
  });

  it('shows a PDU’s history across its three inspections, newest first', () => {
    const text = pageText(readFileSync(`${plain}/pdus/northtown/index.html`, 'utf8'));
    expect(text).toContain('History across inspections');
    const history = text.slice(text.indexOf('History across inspections'));
    const order = ['fieldwork June 2024', 'fieldwork January 2024', 'fieldwork March 2022'].map((s) => history.indexOf(s));
    expect(order.every((i) => i > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('charts the PDU’s score across inspections, matching its golden SVG', async () => {
    const html = readFileSync(`${plain}/pdus/northtown/index.html`, 'utf8');
    const figure = must(
      elementsIn(parseHtml(html), (e) => is('figure', 'chart--line')(e) && e.properties.id === 'pdu-northtown-history')[0],
      'the history chart',
    );
    expect(pageText(figure)).toContain('From 18/27 (Good) in March 2022 to 26/27 (Outstanding) in June 2024.');
    const svg = sourceOf(html, must(elementsIn(figure, is('svg', 'chart-svg'))[0], 'the history chart’s SVG'));
    await expect(tidySvg(svg)).toMatchFileSnapshot(goldenFile('corpus-pdu-northtown-history.svg'));
  });

  it('lists a region’s letters over time and the PDUs of both', () => {
    const text = pageText(readFileSync(`${plain}/regions/north-east/index.html`, 'utf8'));
    expect(text).toMatch(/2 letters, 3 PDUs inspected/);
    expect(text.indexOf('20 March 2024')).toBeLessThan(text.indexOf('14 June 2022'));
    for (const pdu of ['Eastborough', 'Northtown', 'Westfield']) expect(text).toContain(pdu);
  });

  it('leaves a redirect page at a retired id, pointing at its replacement', () => {
    const html = readFileSync(`${plain}/findings/north-east-2022-06-leadership-strength-9/index.html`, 'utf8');
    expect(html).toContain('http-equiv="refresh" content="0; url=/findings/north-east-2022-06-leadership-strength-1/"');
    expect(html).toContain('merged into another');
  });

  it('leaves a redirect page at a retired letter id, sending readers and crawlers to its successor letter', () => {
    const html = readFileSync(`${plain}/letters/north-east-2022-05/index.html`, 'utf8');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/letters/north-east-2022-06/">');
    expect(html).toContain(`<link rel="canonical" href="${siteConfig.site}/letters/north-east-2022-06/">`);
    expect(html.match(/rel="canonical"/g)).toHaveLength(1);
    expect(html).toContain('<a href="/letters/north-east-2022-06/">');
    const text = pageText(html);
    expect(text).toContain('This letter has moved');
    expect(text).toContain('first published with the wrong month');
  });

  it('keeps a retired id’s redirect page out of search and the sitemap', () => {
    for (const path of ['letters/north-east-2022-05', 'findings/north-east-2022-06-leadership-strength-9']) {
      const html = readFileSync(`${plain}/${path}/index.html`, 'utf8');
      expect(html, path).toContain('<meta name="robots" content="noindex">');
      expect(html, path).not.toContain('data-pagefind-body');
      expect(readFileSync(`${plain}/sitemap.xml`, 'utf8'), path).not.toContain(`/${path}/`);
    }
  });

  it('shows markup and code in letter text literally on every page, never as markup', () => {
    for (const page of filesUnder(plain).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))) {
      // Attribute values (quoted, with quotes escaped) cannot open tags; everything else must hold no such markup.
      const html = readFileSync(`${plain}/${page}`, 'utf8').replace(/="[^"]*"/g, '=""');
      expect(html, page).not.toMatch(/<script>alert|<b>bold<\/b>|<em>service<\/em>|<img src=x|<[^>]*\sonerror=/);
    }
    const letter = pageText(readFileSync(`${plain}/letters/wales-2024-10/index.html`, 'utf8'));
    expect(letter).toContain('Their notes said <b>bold</b> things, {props.letter.id} & <img src=x onerror=alert(1)> stayed text.');
    expect(letter).toContain('a <script>alert("x")</script> tag and {curly braces} stay as text');
    expect(pageText(readFileSync(`${plain}/recommendations/wales-2024-10-southvale-3/index.html`, 'utf8'))).toContain(
      'fund the invented <em>service</em> properly, {not code}.',
    );
  });

  it('keeps such text exactly as published in the CSV and JSON downloads', () => {
    const findings = readCsv(`${plain}/data/findings.csv`);
    expect(
      findings.some((row) => row.includes('Governance was strong; a <script>alert("x")</script> tag and {curly braces} stay as text.')),
    ).toBe(true);
    const json = readFileSync(`${plain}/data/letters.json`, 'utf8');
    const wales = JSON.parse(json).letters.find((l: { id: string }) => l.id === 'wales-2024-10');
    expect(wales.recommendations.find((r: { id: string }) => r.id === 'wales-2024-10-southvale-3').text).toBe(
      'fund the invented <em>service</em> properly, {not code}.',
    );
  });

  it('starts no cell of any CSV download with a character a spreadsheet would run as a formula, and keeps numbers as numbers', () => {
    const files = filesUnder(plain).filter((f) => f.endsWith('.csv'));
    expect(files.length).toBeGreaterThan(4);
    for (const file of files) {
      for (const cell of readCsv(`${plain}/${file}`).flat()) {
        if (/^-?\d+(\.\d+)?$/.test(cell)) continue;
        expect(
          formulaStarts.some((c) => cell.startsWith(c)),
          `${file}: ${JSON.stringify(cell)}`,
        ).toBe(false);
      }
    }
    const [header, ...rows] = readCsv(`${plain}/data/inspections.csv`);
    const points = must(header, 'the header row of inspections.csv').indexOf('score_points');
    for (const row of rows) expect(row[points]).toMatch(/^\d+$/);
  });

  it('shows such text literally in search excerpts', async () => {
    const site = await openSite(plain);
    const page = await site.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(site.url('/search/?q=curly+braces'));
    await page.waitForSelector('.result__excerpt');
    const excerpts = await page.locator('.result__excerpt').allTextContents();
    expect(excerpts.some((e) => e.includes('<script>alert("x")</script>'))).toBe(true);
    expect(await page.locator('.results script, .results b, .results img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
    await site.close();
  });

  it('gives a region with two letters a feed of both, each dated by its committed version, and a sitemap dated by them', () => {
    const feed = readFileSync(`${plain}/regions/north-east/feed.xml`, 'utf8');
    expect([...feed.matchAll(/<entry>[\s\S]*?<id>([^<]+)<\/id>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => [m[1], m[2]])).toEqual([
      [`${siteConfig.site}/letters/north-east-2024-03/`, '2024-04-08T14:05:00Z'],
      [`${siteConfig.site}/letters/north-east-2022-06/`, '2022-07-04T09:30:00Z'],
    ]);
    expect(feed).toMatch(/<\/subtitle>[\s\S]*<updated>2024-04-08T14:05:00Z<\/updated>\s*<entry>/);
    const sitemap = readFileSync(`${plain}/sitemap.xml`, 'utf8');
    expect(sitemap).toContain(`<loc>${siteConfig.site}/letters/north-east-2022-06/</loc><lastmod>2022-07-04T09:30:00Z</lastmod>`);
    expect(sitemap).toContain(`<loc>${siteConfig.site}/regions/north-east/</loc><lastmod>2024-04-08T14:05:00Z</lastmod>`);
  });

  it('links the ready-made comparison of a region to CSVs of exactly its PDUs, none of another region’s', () => {
    const html = readFileSync(`${plain}/compare/north-east/index.html`, 'utf8');
    const links = [...html.matchAll(/href="(\/data\/charts\/[^"]+\.csv)"/g)].map((m) => must(m[1], 'a CSV link'));
    expect(links).toHaveLength(2);
    for (const link of links) {
      const names = new Set(
        readCsv(`${plain}${link}`)
          .slice(1)
          .map((row) => row[0]),
      );
      expect([...names].sort(), link).toEqual(['Eastborough', 'Northtown', 'Westfield']);
    }
  });

  it('points robots.txt to the sitemap under the base path', () => {
    expect(readFileSync(`${underBase}/robots.txt`, 'utf8')).toContain(
      `Sitemap: ${new URL('/inspections/sitemap.xml', siteConfig.site).href}\n`,
    );
  });

  it('escapes letter text in the feed', () => {
    const feed = readFileSync(`${plain}/feed.xml`, 'utf8');
    expect(feed).not.toMatch(/<script|<b>|<img/);
    expect(feed).toContain('<title>Regional inspection letter: Wales, 3 October 2024</title>');
  });

  it('makes a page for every region, even one without letters', () => {
    expect(existsSync(`${plain}/regions/london/index.html`)).toBe(true);
  });
});

describe('the same site built under a base path', () => {
  let site: Awaited<ReturnType<typeof openSite>>;
  beforeAll(async () => {
    site = await openSite(underBase, '/inspections/');
  });
  afterAll(async () => site?.close());

  it('resolves every internal link under the base path', () => {
    const { broken, checked } = brokenLinks(underBase, '/inspections/', siteConfig.site);
    expect(checked).toBeGreaterThan(500);
    expect(broken).toEqual([]);
    expect(readFileSync(`${underBase}/index.html`, 'utf8')).toContain('href="/inspections/pdus/northtown/"');
  });

  it('searches from the header box and opens a result, all under the base path', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/'));
    await page.fill('#site-search-q', 'invented backlog');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/inspections\/search\/\?q=invented\+backlog/);
    await page.waitForSelector('.result a');
    const first = page.locator('.result a').first();
    expect(await first.getAttribute('href')).toMatch(/^\/inspections\//);
    await first.click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toMatch(/^\/inspections\/(letters|findings)\//);
    await page.close();
  });
});
