import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must } from '../support';
import { backgroundResult, corpusBase, corpusExplorerPageSize, corpusSite } from './support/background';
import { removeScratchFolders } from './support/build';
import { openSite } from './support/browser';
import { axeViolations } from './support/axe';
import { brokenLinks, filesUnder } from './support/links';
import { formulaStarts } from '../../src/lib/publishing/csv';
import { readCsv } from './support/csv';
import { elementsIn, is, pageText, parseHtml, sitemapText, sourceOf } from './support/site';
import { goldenFile, tidySvg } from './support/golden';
import { chartProblems } from './support/charts';
import { cards, settled as explorerSettled, tooWide } from './support/explorer';

// The corpus is built once, under the base path /inspections/ (with retired ids), by the background job `corpus`
// (support/background.ts), which the run starts as it begins. Files are where they would be at the root; links,
// addresses and the site served carry the base path (B).
let corpus: string;
const B = corpusBase.replace(/\/$/, '');
/** The corpus's links, walked once: every test that reads them shares the one walk. */
let links: ReturnType<typeof brokenLinks> | undefined;
const corpusLinks = () => (links ??= brokenLinks(corpus, corpusBase, corpusSite));
beforeAll(async () => {
  ({ dir: corpus } = await backgroundResult('corpus'));
});
afterAll(removeScratchFolders);

describe('a site built from several synthetic letters', () => {
  it('has no broken links', () => {
    expect(corpusLinks().broken).toEqual([]);
  });

  it('shows a PDU’s history across its inspections, newest first, and another region’s PDU of the same name apart', () => {
    const text = pageText(readFileSync(`${corpus}/pdus/northtown/index.html`, 'utf8'));
    expect(text).toContain('History across inspections');
    const history = text.slice(text.indexOf('History across inspections'));
    expect(history).not.toContain('fieldwork June 2024');
    const wales = pageText(readFileSync(`${corpus}/pdus/wales-northtown/index.html`, 'utf8'));
    expect(wales).toContain('Northtown probation delivery unit, Wales region');
    const order = ['fieldwork January 2024', 'fieldwork March 2022'].map((s) => history.indexOf(s));
    expect(order.every((i) => i > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('charts the PDU’s score across inspections, matching its golden SVG', async () => {
    const html = readFileSync(`${corpus}/pdus/northtown/index.html`, 'utf8');
    const figure = must(
      elementsIn(parseHtml(html), (e) => is('figure', 'chart--line')(e) && e.properties.id === 'pdu-northtown-history')[0],
      'the history chart',
    );
    expect(pageText(figure)).toContain('From 18/27 (Good) in March 2022 to 9/27 (Requires improvement) in January 2024.');
    // Its wide form (time across) and its narrow form (a row per inspection), each with its golden file.
    const [wide, narrow] = elementsIn(figure, is('svg', 'chart-svg')).map((svg) => sourceOf(html, svg));
    await expect(tidySvg(must(wide, 'the history chart’s SVG'))).toMatchFileSnapshot(goldenFile('corpus-pdu-northtown-history.svg'));
    await expect(tidySvg(must(narrow, 'its narrow form'))).toMatchFileSnapshot(goldenFile('corpus-pdu-northtown-history.line-rows.svg'));
  });

  it('lists a region’s letters over time and the PDUs of both', () => {
    const html = readFileSync(`${corpus}/regions/north-east/index.html`, 'utf8');
    const text = pageText(html);
    expect(text).toMatch(/2 letters, 3 PDUs inspected/);
    // The letters, newest first.
    const letters = pageText(must(elementsIn(parseHtml(html), is('ol', 'timeline'))[0], 'the list of letters'));
    expect(letters.indexOf('20 March 2024')).toBeGreaterThanOrEqual(0);
    expect(letters.indexOf('20 March 2024')).toBeLessThan(letters.indexOf('14 June 2022'));
    for (const pdu of ['Eastborough', 'Northtown', 'Westfield']) expect(text).toContain(pdu);
  });

  it('leaves a redirect page at a retired id, pointing at its replacement', () => {
    const html = readFileSync(`${corpus}/findings/north-east-2022-06-leadership-strength-9/index.html`, 'utf8');
    expect(html).toContain(`http-equiv="refresh" content="0; url=${B}/findings/north-east-2022-06-leadership-strength-1/"`);
    expect(html).toContain('merged into another');
  });

  it('leaves a redirect page at a retired letter id, sending readers and crawlers to its successor letter', () => {
    const html = readFileSync(`${corpus}/letters/north-east-2022-05/index.html`, 'utf8');
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${B}/letters/north-east-2022-06/">`);
    expect(html).toContain(`<link rel="canonical" href="${corpusSite}${B}/letters/north-east-2022-06/">`);
    expect(html.match(/rel="canonical"/g)).toHaveLength(1);
    expect(html).toContain(`<a href="${B}/letters/north-east-2022-06/">`);
    const text = pageText(html);
    expect(text).toContain('This letter has moved');
    expect(text).toContain('first published with the wrong month');
  });

  it('keeps a retired id’s redirect page out of search and the sitemap', () => {
    const indexed = new Set(
      readdirSync(`${corpus}/search-index/fragments`).map(
        (name) =>
          (JSON.parse(gunzipSync(readFileSync(`${corpus}/search-index/fragments/${name}`)).toString('utf8')) as { url: string }).url,
      ),
    );
    expect(indexed.size).toBeGreaterThan(0);
    for (const path of ['letters/north-east-2022-05', 'findings/north-east-2022-06-leadership-strength-9']) {
      const html = readFileSync(`${corpus}/${path}/index.html`, 'utf8');
      expect(html, path).toContain('<meta name="robots" content="noindex">');
      expect(indexed.has(`${path}/`), path).toBe(false);
      expect(sitemapText(corpus, corpusBase), path).not.toContain(`/${path}/`);
    }
  });

  it('shows markup and code in letter text literally on every page, never as markup', () => {
    for (const page of filesUnder(corpus).filter((f) => f.endsWith('.html') && !f.startsWith('search-index/'))) {
      // Attribute values (quoted, with quotes escaped) cannot open tags; everything else must hold no such markup.
      const html = readFileSync(`${corpus}/${page}`, 'utf8').replace(/="[^"]*"/g, '=""');
      expect(html, page).not.toMatch(/<script>alert|<b>bold<\/b>|<em>service<\/em>|<img src=x|<[^>]*\sonerror=/);
    }
    const letter = pageText(readFileSync(`${corpus}/letters/wales-2024-10/index.html`, 'utf8'));
    expect(letter).toContain('Their notes said <b>bold</b> things, {props.letter.id} & <img src=x onerror=alert(1)> stayed text.');
    expect(letter).toContain('a <script>alert("x")</script> tag and {curly braces} stay as text');
    expect(pageText(readFileSync(`${corpus}/recommendations/wales-2024-10-southvale-3/index.html`, 'utf8'))).toContain(
      'fund the invented <em>service</em> properly, {not code}.',
    );
  });

  it('keeps such text exactly as published in the CSV and JSON downloads', () => {
    const findings = readCsv(`${corpus}/data/findings.csv`);
    expect(
      findings.some((row) => row.includes('Governance was strong; a <script>alert("x")</script> tag and {curly braces} stay as text.')),
    ).toBe(true);
    const json = readFileSync(`${corpus}/data/letters.json`, 'utf8');
    const wales = JSON.parse(json).letters.find((l: { id: string }) => l.id === 'wales-2024-10');
    expect(wales.recommendations.find((r: { id: string }) => r.id === 'wales-2024-10-southvale-3').text).toBe(
      'fund the invented <em>service</em> properly, {not code}.',
    );
  });

  it('starts no cell of any CSV download with a character a spreadsheet would run as a formula, and keeps numbers as numbers', () => {
    const files = filesUnder(corpus).filter((f) => f.endsWith('.csv'));
    expect(files.length).toBeGreaterThan(4);
    for (const file of files) {
      for (const cell of readCsv(`${corpus}/${file}`).flat()) {
        if (/^-?\d+(\.\d+)?$/.test(cell)) continue;
        expect(
          formulaStarts.some((c) => cell.startsWith(c)),
          `${file}: ${JSON.stringify(cell)}`,
        ).toBe(false);
      }
    }
    const [header, ...rows] = readCsv(`${corpus}/data/inspections.csv`);
    const points = must(header, 'the header row of inspections.csv').indexOf('score_points');
    for (const row of rows) expect(row[points]).toMatch(/^\d+$/);
  });

  it('shows such text literally in search excerpts', async () => {
    const site = await openSite(corpus, corpusBase);
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
    const feed = readFileSync(`${corpus}/regions/north-east/feed.xml`, 'utf8');
    expect([...feed.matchAll(/<entry>[\s\S]*?<id>([^<]+)<\/id>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => [m[1], m[2]])).toEqual([
      [`${corpusSite}${B}/letters/north-east-2024-03/`, '2024-04-08T14:05:00Z'],
      [`${corpusSite}${B}/letters/north-east-2022-06/`, '2022-07-04T09:30:00Z'],
    ]);
    expect(feed).toMatch(/<\/subtitle>[\s\S]*<updated>2024-04-08T14:05:00Z<\/updated>\s*<entry>/);
    const sitemap = sitemapText(corpus, corpusBase);
    expect(sitemap).toContain(`<loc>${corpusSite}${B}/letters/north-east-2022-06/</loc><lastmod>2022-07-04T09:30:00.000Z</lastmod>`);
    expect(sitemap).toContain(`<loc>${corpusSite}${B}/regions/north-east/</loc><lastmod>2024-04-08T14:05:00.000Z</lastmod>`);
  });

  it('links the ready-made comparison of a region to CSVs of exactly its PDUs, none of another region’s', () => {
    const html = readFileSync(`${corpus}/compare/north-east/index.html`, 'utf8');
    const links = [...html.matchAll(/href="\/inspections(\/data\/charts\/[^"]+\.csv)"/g)].map((m) => must(m[1], 'a CSV link'));
    expect(links).toHaveLength(2);
    for (const link of links) {
      const names = new Set(
        readCsv(`${corpus}${link}`)
          .slice(1)
          .map((row) => row[0]),
      );
      expect([...names].sort(), link).toEqual(['Eastborough', 'Northtown', 'Westfield']);
    }
  });

  it('points robots.txt to the sitemap under the base path', () => {
    expect(readFileSync(`${corpus}/robots.txt`, 'utf8')).toContain(
      `Sitemap: ${new URL('/inspections/sitemap-index.xml', corpusSite).href}\n`,
    );
  });

  it('escapes letter text in the feed', () => {
    const feed = readFileSync(`${corpus}/feed.xml`, 'utf8');
    expect(feed).not.toMatch(/<script|<b>|<img/);
    expect(feed).toContain('<title>Regional inspection letter: Wales, 3 October 2024</title>');
  });

  it('says “made 3 times” of a recommendation the letters repeat in the same words, and counts the letters', () => {
    const text = pageText(readFileSync(`${corpus}/recommendations/recurring/index.html`, 'utf8'));
    expect(text).toContain('15 recommendations form 5 groups of related recommendations');
    expect(text).toContain('Made 3 times in the same words, under 3 PDUs (Eastborough, Southvale and Westfield) in 3 letters.');
    expect(text).toContain('Made 3 times in the same words, under 1 PDU (Northtown) in 3 letters.');
    expect(text).toContain('Northtown recommendation 1: keep doing what it does well');
  });

  it('makes a page for every region, even one without letters', () => {
    expect(existsSync(`${corpus}/regions/london/index.html`)).toBe(true);
  });
});

describe('the recommendations explorer of the corpus, 10 rows a page', () => {
  const rowIds = (html: string) => [...html.matchAll(/<tr data-id="([^"]+)"/g)].map((m) => must(m[1], 'a row id'));
  const corpusIds = () => {
    const json = JSON.parse(readFileSync(`${corpus}/data/letters.json`, 'utf8')) as {
      letters: { date: string; recommendations: { id: string }[] }[];
    };
    // Newest letter first, then as each letter has them: the order the pages are written in.
    return [...json.letters].sort((a, b) => b.date.localeCompare(a.date)).flatMap((l) => l.recommendations.map((r) => r.id));
  };

  it('puts every recommendation on exactly one page without JavaScript, newest first, each page linking the next', () => {
    const all = corpusIds();
    expect(all.length).toBeGreaterThan(corpusExplorerPageSize);
    const seen: string[] = [];
    let path = '/recommendations/';
    for (let n = 1; path; n++) {
      const html = readFileSync(`${corpus}${path}index.html`, 'utf8');
      const ids = rowIds(html);
      const first = (n - 1) * corpusExplorerPageSize + 1;
      expect(ids.length).toBe(Math.min(corpusExplorerPageSize, all.length - first + 1));
      expect(pageText(html)).toContain(`Showing ${first} to ${first + ids.length - 1} of ${all.length} recommendations.`);
      seen.push(...ids);
      const next = /<a href="([^"]+)" rel="next"/.exec(html)?.[1] ?? '';
      if (next) expect(next).toBe(`${B}/recommendations/page/${n + 1}/`);
      path = next.slice(B.length);
    }
    expect(seen).toEqual(all);
  });

  it('filters, sorts and pages every recommendation with JavaScript from any page, from an index loaded only when asked', async () => {
    const all = corpusIds();
    const site = await openSite(corpus, corpusBase);
    const page = await site.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => void (r.url().includes('/recommendations/explorer/') && fetched.push(new URL(r.url()).pathname)));
    const settled = () => page.waitForFunction(() => !document.querySelector('.explorer__table')?.hasAttribute('aria-busy'));
    const shown = () => page.locator('.explorer__table tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.id));
    const where = () => new URL(page.url()).pathname + new URL(page.url()).search;
    await page.goto(site.url('/recommendations/page/2/'));
    expect(fetched).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    // A sort from page 2 orders every recommendation and starts again at its first page.
    await page.click('th[data-sort-key="pdu"] button');
    await settled();
    expect(where()).toBe(`${B}/recommendations/?sort=pdu-asc`);
    expect(await page.locator('[data-explorer-status]').innerText()).toBe(`Showing 1 to 10 of ${all.length} recommendations.`);
    const firstPage = await shown();
    await page.click('[data-explorer-pager] a[rel="next"]');
    expect(where()).toBe(`${B}/recommendations/?sort=pdu-asc&page=2`);
    const secondPage = await shown();
    expect([...firstPage, ...secondPage].sort()).toEqual([...all].sort());
    expect(await axeViolations(page)).toEqual([]);
    const pdus = await page.locator('.explorer__table tbody tr td:nth-child(4)').allInnerTexts();
    expect(pdus).toEqual([...pdus].sort((a, b) => a.localeCompare(b)));
    // Back in the history: the first page of the sort, then page 2 as built.
    await page.goBack();
    expect(await shown()).toEqual(firstPage);
    await page.goBack();
    expect(where()).toBe(`${B}/recommendations/page/2/`);
    expect(await shown()).toEqual(all.slice(corpusExplorerPageSize, 2 * corpusExplorerPageSize));
    await page.selectOption('select[name="region"]', 'north-east');
    await settled();
    const northEast = JSON.parse(readFileSync(`${corpus}/data/letters.json`, 'utf8'))
      .letters.filter((l: { region: string }) => l.region === 'north-east')
      .flatMap((l: { recommendations: { id: string }[] }) => l.recommendations.map((r) => r.id));
    expect(where()).toBe(`${B}/recommendations/?region=north-east`);
    expect((await shown()).sort()).toEqual([...northEast].sort());
    // A year filter loads that year's file alone.
    fetched.length = 0;
    await page.goto(site.url('/recommendations/?year=2022'));
    await settled();
    expect(fetched.sort()).toEqual([`${B}/recommendations/explorer/2022.json`, `${B}/recommendations/explorer/index.json`]);
    expect(await page.inputValue('select[name="year"]')).toBe('2022');
    // The rows the script writes are the build's rows: the same cells and links.
    const row = (p: typeof page, id: string) =>
      p.locator(`tr[data-id="${id}"]`).evaluate((tr) => ({
        cells: [...(tr as HTMLTableRowElement).cells].map((c) => c.textContent?.trim()),
        links: [...tr.querySelectorAll('a')].map((a) => a.getAttribute('href')),
        time: tr.querySelector('time')?.getAttribute('datetime'),
      }));
    const id = must((await shown())[0], 'a row of 2022');
    const plainPage = await site.newPage({ javaScript: false });
    const builtAt = corpusIds().indexOf(id);
    await plainPage.goto(
      site.url(`/recommendations/${builtAt < corpusExplorerPageSize ? '' : `page/${Math.floor(builtAt / corpusExplorerPageSize) + 1}/`}`),
    );
    expect(await row(page, id)).toEqual(await row(plainPage, id));
    await plainPage.close();
    await page.reload();
    await settled();
    expect(await page.inputValue('select[name="year"]')).toBe('2022');
    expect((await shown()).length).toBeGreaterThan(0);
    await page.close();
    await site.close();
  });

  it('pages its cards on a phone, with JavaScript and without, and sorts every recommendation with the Sort by control', async () => {
    const all = corpusIds();
    const site = await openSite(corpus, corpusBase);
    const phone = { viewport: { width: 390, height: 844 } };
    // Without the site's scripts: the built pages, newest first, the pager moving between them.
    const plain = await site.newPage(phone);
    await plain.route('**/*.js', (route) => route.abort());
    await plain.goto(site.url('/recommendations/'));
    expect((await cards(plain)).map((c) => c.id)).toEqual(all.slice(0, corpusExplorerPageSize));
    expect(await plain.locator('[data-explorer-order]').innerText()).toBe('Newest first.');
    const next = plain.locator('[data-explorer-pager] a[rel="next"]');
    expect(await next.isVisible()).toBe(true);
    expect(await tooWide(plain)).toEqual([]);
    await next.click();
    await plain.waitForURL(/\/recommendations\/page\/2\/$/);
    const second = await cards(plain);
    expect(second.map((c) => c.id)).toEqual(all.slice(corpusExplorerPageSize, 2 * corpusExplorerPageSize));
    expect(second.every((c) => c.shown && /^\S.* recommendation \d+$/.test(c.name))).toBe(true);
    expect(await tooWide(plain)).toEqual([]);
    expect(await axeViolations(plain)).toEqual([]);
    await plain.close();

    // With them: the Sort by control orders every recommendation, and the pager moves through the sorted cards.
    const page = await site.newPage(phone);
    await page.goto(site.url('/recommendations/page/2/'));
    await page.waitForSelector('[data-explorer-filters]:not([hidden])');
    await page.selectOption('select[name="sort"]', 'pdu-asc');
    await explorerSettled(page);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(`${B}/recommendations/?sort=pdu-asc`);
    const firstPdus = (await cards(page)).map((c) => c.fields[1]?.[1] ?? '');
    await page.locator('[data-explorer-pager] a[rel="next"]').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('page') === '2');
    const secondCards = await cards(page);
    const pdus = [...firstPdus, ...secondCards.map((c) => c.fields[1]?.[1] ?? '')];
    expect(pdus).toHaveLength(Math.min(all.length, 2 * corpusExplorerPageSize));
    expect(pdus).toEqual([...pdus].sort((a, b) => a.localeCompare(b, 'en-GB')));
    expect(secondCards.every((c) => c.shown)).toBe(true);
    expect(await page.locator('[data-explorer-status]').innerText()).toBe(
      `Showing ${corpusExplorerPageSize + 1} to ${Math.min(all.length, 2 * corpusExplorerPageSize)} of ${all.length} recommendations.`,
    );
    expect(await tooWide(page)).toEqual([]);
    await page.close();
    await site.close();
  });
});

describe('the same site built under a base path', () => {
  let site: Awaited<ReturnType<typeof openSite>>;
  beforeAll(async () => {
    site = await openSite(corpus, corpusBase);
  });
  afterAll(async () => site?.close());

  it('resolves every internal link under the base path', () => {
    const { checked } = corpusLinks();
    expect(checked).toBeGreaterThan(500);
    expect(readFileSync(`${corpus}/index.html`, 'utf8')).toContain('href="/inspections/pdus/northtown/"');
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

// The corpus has four PDUs: more than a matrix's narrow form draws as blocks (src/lib/charts/matrix.ts
// matrixNarrowForm), so its matrices are the compact grid on a phone, which the seed's three PDUs never are.
describe('a matrix of four PDUs or more in the corpus', () => {
  // The home page rates the five PDUs (North East's Northtown and Wales's are two), the region page North East's.
  const matrices = [
    { page: 'index.html', path: '/', id: 'latest-ratings', rows: 5 },
    { page: 'regions/north-east/index.html', path: '/regions/north-east/', id: 'region-north-east-ratings', rows: 4 },
  ];

  it('is a compact grid on a phone, matching its golden SVG, with the standards written out under it as under the wide one', async () => {
    for (const { page, id } of matrices) {
      const html = readFileSync(`${corpus}/${page}`, 'utf8');
      const figure = must(elementsIn(parseHtml(html), (e) => is('figure', 'chart')(e) && e.properties.id === id)[0], id);
      const forms = elementsIn(figure, is('div', 'chart-form'));
      expect(forms.map((f) => f.properties.dataForm)).toEqual(['grid', 'compact']);
      for (const form of forms)
        expect(pageText(form), id).toContain(
          'Standards: 1.1 Leadership; 1.2 Staff; 1.3 Services; 1.4 Information and facilities; 2.1 Court work; 2.2 Assessment; 2.3 Planning; 2.4 Implementation and delivery; 2.5 Reviewing.',
        );
      const compact = sourceOf(html, must(elementsIn(must(forms[1], 'the compact form'), is('svg', 'chart-svg'))[0], 'its SVG'));
      await expect(tidySvg(compact)).toMatchFileSnapshot(goldenFile(`corpus-${id}.compact.svg`));
    }
  });

  it('keeps its text at 12 px or more at 320, 390 and 1280 px, nothing clipped, axe clean, each PDU’s name above its own cells', async () => {
    const site = await openSite(corpus, corpusBase);
    const page = await site.newPage();
    for (const { path, id, rows: expected } of matrices) {
      await page.setViewportSize({ width: 320, height: 844 });
      await page.goto(site.url(path));
      for (const width of [320, 390, 1280]) {
        await page.setViewportSize({ width, height: 844 });
        expect.soft(await chartProblems(page), `${path} at ${width} px`).toEqual([]);
        if (width === 320) expect.soft(await axeViolations(page), `axe on ${path} at ${width} px`).toEqual([]);
        const shown = await page.locator(`#${id} .chart-form:visible`).getAttribute('data-form');
        expect(shown, `${id} at ${width} px`).toBe(width === 1280 ? 'grid' : 'compact');
      }
      await page.setViewportSize({ width: 390, height: 844 });
      // Each row's name ends above its cells and starts below the row above's cells.
      const rows = await page.locator(`#${id} .chart-form:visible g.matrix-row`).evaluateAll((gs) =>
        gs.map((g) => {
          const texts = [...g.querySelectorAll('text')].map((t) => t.getBoundingClientRect());
          const cells = [...g.querySelectorAll('use')].map((u) => u.getBoundingClientRect());
          return {
            name: Math.max(...texts.map((t) => t.bottom)),
            top: Math.min(...texts.map((t) => t.top)),
            cells: Math.min(...cells.map((c) => c.top)),
            end: Math.max(...cells.map((c) => c.bottom)),
            count: cells.length,
          };
        }),
      );
      expect(rows, id).toHaveLength(expected);
      rows.forEach((row, i) => {
        expect(row.count, id).toBe(9);
        expect(row.name, id).toBeLessThanOrEqual(row.cells + 1);
        if (i > 0) expect(row.top, id).toBeGreaterThan(must(rows[i - 1], 'the row above').end);
      });
    }
    await site.close();
  });

  it('closes up the rows the compare page shows, and its embed page fits its frame at 320 px', async () => {
    const site = await openSite(corpus, corpusBase);
    const page = await site.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(site.url('/compare/?pdus=westfield,southvale'));
    await page.waitForSelector('[data-comparison]:not([hidden])');
    expect(await page.locator('#compare-ratings .chart-form:visible').getAttribute('data-form')).toBe('compact');
    const svg = page.locator('#compare-ratings .chart-form:visible svg');
    const rows = await svg.evaluate((s) =>
      [...s.querySelectorAll<SVGGElement>('g.matrix-row')]
        .filter((g) => g.style.display !== 'none')
        .map((g) => [g.dataset.pdu, g.getAttribute('transform')]),
    );
    const [top, step] = await svg.evaluate((s) => [s.getAttribute('data-top'), s.getAttribute('data-step')].map(Number));
    expect(rows.map(([pdu]) => pdu).sort()).toEqual(['southvale', 'westfield']);
    expect(rows.map(([, t]) => t)).toEqual([`translate(0 ${top})`, `translate(0 ${Math.round((Number(top) + Number(step)) * 10) / 10})`]);
    expect.soft(await chartProblems(page)).toEqual([]);
    // The embed page in a frame 320 px wide (a page 316 px wide, inside the frame’s border) is no taller than the snippet’s frame.
    const snippet = pageText(
      must(
        elementsIn(
          parseHtml(readFileSync(`${corpus}/index.html`, 'utf8')),
          (e) => e.tagName === 'code' && pageText(e).includes('/embed/latest-ratings/'),
        )[0],
        'the snippet',
      ),
    );
    const height = Number(must(/ height="(\d+)"/.exec(snippet), 'the frame’s height')[1]);
    await page.setViewportSize({ width: 316, height });
    await page.goto(site.url('/embed/latest-ratings/'));
    await page.evaluate(() => document.fonts.ready);
    expect(await page.locator('.chart-form:visible').getAttribute('data-form')).toBe('compact');
    const scroll = await page.evaluate(() => ({
      content: document.documentElement.scrollHeight,
      frame: document.documentElement.clientHeight,
    }));
    expect(scroll.frame).toBe(height);
    expect(scroll.content).toBeLessThanOrEqual(scroll.frame);
    await page.close();
    await site.close();
  });
});
