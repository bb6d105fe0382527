import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { openSite } from './support/browser';
import { searchAnnouncement } from './support/search-page';
import { readFileSync } from 'node:fs';
import { readLetterFile } from '../../src/lib/checking/letter-file';
import { reference, root } from '../support';
import { csvParse } from 'd3-dsv';
import { must } from '../../src/lib/must';
import { documentTerms, holdsEveryWord, parseQuery } from '../../src/lib/language/reading';

/** The seed's entry, so expectations follow its reviewed tags. */
const letter = (() => {
  const file = `${root}content/letters/greater-manchester-2023-05.mdx`;
  const r = readLetterFile(file, readFileSync(file, 'utf8'), reference);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.letter;
})();
const sectionTitle = (id: string) =>
  must(
    letter.sections.find((s) => s.id === id),
    `the section ${id}`,
  ).title;
/** The findings tagged 1.2 Staff, by kind, labelled as search results' titles start: "Staff, area for improvement 2". */
const staffFindings = (kind: 'strength' | 'improvement') =>
  letter.findings
    .filter((f) => f.kind === kind && f.domains.includes('1-2-staff'))
    .map((f) => {
      const n = letter.findings.filter((g) => g.section === f.section && g.kind === kind).indexOf(f) + 1;
      return `${sectionTitle(f.section)}, ${kind === 'strength' ? 'key strength' : 'area for improvement'} ${n}`;
    });
/** Tameside's recommendation 8 as its page and its search result title it: the label, then the start of its own words. */
const tameside8 = 'Tameside recommendation 8: reduce waiting times for accredited programmes, particularly…';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

/** Waits until the search has announced its results, and returns the announcement. */
const settled = (page: Page): Promise<string> => searchAnnouncement(page, /\d+ results?/);
const resultTitles = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.result__title a')].map((a) => a.innerText));
/** The labels the results' titles start with: "Tameside recommendation 8" of "Tameside recommendation 8: reduce waiting…". */
const resultLabels = async (page: Page) => (await resultTitles(page)).map((t) => t.slice(0, t.indexOf(': ')));

describe.concurrent('search in Chromium', () => {
  it('finds Tameside’s recommendation on waiting times from "Building Better Relationships" and opens it', async ({ expect }) => {
    const page = await site.newPage();
    await page.goto(site.url('/search/'));
    await page.waitForSelector('.facet input');
    await page.fill('#search-q', 'Building Better Relationships');
    expect(await settled(page)).toMatch(
      /^\d+ results? contains? every word of “Building Better Relationships”; \d+ more contain some of them$/,
    );
    expect(await resultTitles(page)).toContain(tameside8);
    expect(await page.locator('.result', { hasText: tameside8 }).locator('mark').first().innerText()).toMatch(
      /Building|Better|Relationships/,
    );
    await page.click(`.result__title a:text-is("${tameside8}")`);
    await page.waitForURL(/\/recommendations\/greater-manchester-2023-05-tameside-8\/$/);
    expect(await page.locator('h1').innerText()).toBe(tameside8);
    await page.close();
  });

  it('gives exactly the 4 recommendations to HMPPS when filtering by addressee with no query', async ({ expect }) => {
    const page = await site.newPage();
    await page.goto(site.url('/search/'));
    await page.waitForSelector('.facet input');
    await page.check('input[name="addressee"][value="HM Prison and Probation Service"]');
    expect(await settled(page)).toBe('4 results with 1 filter');
    expect((await resultLabels(page)).sort()).toEqual([
      'Tameside recommendation 10',
      'Tameside recommendation 9',
      'Wigan recommendation 8',
      'Wigan recommendation 9',
    ]);
    expect(new URL(page.url()).search).toBe('?addressee=HM+Prison+and+Probation+Service');
    await page.close();
  });

  it('gives exactly the areas for improvement tagged 1.2 Staff for kind and domain filters', async ({ expect }) => {
    const expected = staffFindings('improvement');
    expect(expected.length).toBeGreaterThanOrEqual(4);
    const page = await site.newPage();
    await page.goto(site.url('/search/'));
    await page.waitForSelector('.facet input');
    await page.check('input[name="kind"][value="Area for improvement"]');
    await settled(page);
    await page.check('input[name="domain"][value="1.2 Staff"]');
    await page.waitForFunction(
      (n) => document.querySelector('[data-status]')?.textContent === `${n} results with 2 filters`,
      expected.length,
    );
    expect((await resultLabels(page)).sort()).toEqual(expected.sort());
    // Values of one facet are alternatives, so their counts ignore that facet's own choice.
    expect(await page.locator('label[for^="facet-kind"]', { hasText: 'Key strength' }).innerText()).toBe(
      `Key strength (${staffFindings('strength').length})`,
    );
    await page.close();
  });

  it('restores a search from its URL, and the back button restores the previous search', async ({ expect }) => {
    const page = await site.newPage();
    await page.goto(site.url('/search/?q=victims&kind=Recommendation&sort=newest'));
    const first = await settled(page);
    expect(first).toMatch(/results? for “victims” with 1 filter/);
    expect(await page.inputValue('#search-q')).toBe('victims');
    expect(await page.isChecked('input[name="kind"][value="Recommendation"]')).toBe(true);
    expect(await page.inputValue('select[name="sort"]')).toBe('newest');
    const firstTitles = await resultTitles(page);
    expect(firstTitles.length).toBeGreaterThan(0);
    expect(firstTitles.every((t) => /^[A-Z][A-Za-z ]+ recommendation \d+: \S/.test(t))).toBe(true);

    // Only PDUs some result has are offered; tick the first.
    const pduBox = page.locator('.facet__option:not([hidden]) input[name="pdu"]').first();
    const pdu = must(await pduBox.getAttribute('value'), 'a PDU filter with results');
    await pduBox.check();
    await page.waitForFunction(() => /with 2 filters/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    expect(new URL(page.url()).searchParams.getAll('pdu')).toEqual([pdu]);
    await page.goBack();
    await page.waitForFunction(() => /with 1 filter$/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    expect(await page.isChecked(`input[name="pdu"][value="${pdu}"]`)).toBe(false);
    expect(await resultTitles(page)).toEqual(firstTitles);
    await page.close();
  });

  it('suggests the nearest words the letters use for a misspelled word, and searches for them when asked', async ({ expect }) => {
    const page = await site.newPage();
    await page.goto(site.url('/search/?q=statutory+vicitms'));
    await page.waitForSelector('[data-suggestion]:not([hidden])');
    expect(await page.locator('[data-suggestion]').innerText()).toBe('Did you mean statutory victims?');
    await page.click('[data-suggestion-link]');
    expect(await settled(page)).toMatch(/^\d+ results? (for|contains? every word of) “statutory victims”/);
    expect(await page.locator('[data-suggestion]').isVisible()).toBe(false);
    expect((await resultTitles(page)).length).toBeGreaterThan(0);
    await page.close();
  });

  it('says what the site covers, with links, when a place it does not cover finds nothing', async ({ expect }) => {
    const page = await site.newPage();
    await page.goto(site.url('/search/?q=Bolton'));
    await page.waitForSelector('[data-no-results]:not([hidden])');
    expect(await settled(page)).toBe('0 results for “Bolton”');
    const links = page.locator('[data-no-results] a');
    expect(await links.allInnerTexts()).toEqual(expect.arrayContaining(['Greater Manchester', 'Manchester North', 'Tameside', 'Wigan']));
    expect(await page.getAttribute('[data-no-results] a:text("Wigan")', 'href')).toBe('/pdus/wigan/');
    await page.close();
  });

  it('finds Tameside’s recommendation 8 among the first three for "BBR", which its text spells out in full', async ({ expect }) => {
    const page = await site.newPage();
    await page.goto(site.url('/search/?q=BBR'));
    await settled(page);
    expect((await resultTitles(page)).slice(0, 3)).toContain(tameside8);
    await page.close();
  });

  it('ranks the findings and recommendations that hold every word above the letter that mentions them', async ({ expect }) => {
    const page = await site.newPage();
    await page.goto(site.url('/search/?q=waiting+times'));
    await settled(page);
    const titles = await resultTitles(page);
    const letterAt = titles.findIndex((t) => t.startsWith('Regional inspection letter'));
    expect(titles.slice(0, letterAt).length).toBeGreaterThan(0);
    expect(titles.slice(0, letterAt).every((t) => /^[^:]+ (recommendation|key strength|area for improvement) \d+: \S/.test(t))).toBe(true);
    await page.close();
  });

  it('finds the PDU of a place its letter names', async ({ expect }) => {
    const page = await site.newPage();
    await page.goto(site.url('/search/?q=Atherton'));
    await settled(page);
    expect(await resultTitles(page)).toContain('Wigan PDU');
    await page.close();
  });

  it('runs the header box’s query on load', async ({ expect }) => {
    const page = await site.newPage();
    await page.goto(site.url('/pdus/'));
    await page.fill('#site-search-q', 'sickness');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/search\/\?q=sickness$/);
    expect(await settled(page)).toMatch(/for “sickness”/);
    expect(await resultLabels(page)).toContain('Manchester North recommendation 5');
    await page.close();
  });

  it('works by keyboard alone: type, tab to a filter, tick it with the space bar', async ({ expect }) => {
    const page = await site.newPage();
    await page.goto(site.url('/search/'));
    await page.waitForSelector('.facet input');
    await page.focus('#search-q');
    await page.keyboard.type('staff');
    await settled(page);
    await page.focus('input[name="kind"][value="Key strength"]');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => /with 1 filter/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    expect(new URL(page.url()).searchParams.get('kind')).toBe('Key strength');
    await page.close();
  });

  // Its accessibility with results showing is checked with every page type (every-page-type.test.ts).
});

/** The page's cumulative layout shift so far (shifts not caused by input), as Chromium measures it. */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );

describe.concurrent('search without JavaScript', () => {
  it('says in whole words that search needs JavaScript, and links every other way in', async ({ expect }) => {
    const page = await site.newPage({ javaScript: false });
    await page.goto(site.url('/search/'));
    const notice = page.locator('.search__results .notice');
    expect(await notice.isVisible()).toBe(true);
    // Read as rendered, so words glued across a link ("browseby region") fail, whatever the markup's line breaks.
    expect(await notice.innerText()).toBe(
      'Search runs in your browser and needs JavaScript. Without it, browse by region, by PDU, by domain, or read every recommendation and every finding.',
    );
    expect(await notice.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/regions/',
      '/pdus/',
      '/domains/',
      '/recommendations/',
      '/findings/',
    ]);
    await page.close();
  });
});

describe.concurrent('search on any screen', () => {
  it('on a 390 × 844 phone shows the first result on the first screen, filters folded behind a button, and nothing shifting', async ({
    expect,
  }) => {
    const page = await site.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(site.url('/search/?q=victim'));
    await settled(page);
    await page.waitForTimeout(300);
    expect(await layoutShift(page)).toBeLessThan(0.05);
    const first = must(await page.locator('.result').first().boundingBox(), 'the first result’s box');
    expect(first.y).toBeLessThan(844);
    const toggle = page.locator('[data-filters-toggle]');
    expect(await page.locator('#search-facets').isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.innerText()).toBe('Filters (none selected)');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#search-facets').isVisible()).toBe(true);
    await page.locator('[data-facet="kind"] .facet__option:not([hidden]) label').first().click();
    await page.waitForFunction(() => document.querySelector('[data-filters-toggle]')?.textContent === 'Filters (1 selected)');
    expect(await page.locator('#search-facets').isVisible()).toBe(true);
    await page.close();
  });

  it('on a wide screen shifts nothing as results arrive, and shows only filter values some result has', async ({ expect }) => {
    const page = await site.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.url('/search/?q=victim'));
    await settled(page);
    await page.waitForTimeout(300);
    expect(await layoutShift(page)).toBeLessThan(0.05);
    expect(await page.locator('[data-filters-toggle]').isVisible()).toBe(false);
    const counts = await page
      .locator('.facet__option:not([hidden]) .facet__count')
      .evaluateAll((spans) => spans.map((s) => Number(/\d+/.exec(s.textContent ?? '')?.[0])));
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((n) => n > 0)).toBe(true);
    expect(await page.locator('.facet__option[hidden]').count()).toBeGreaterThan(0);
    for (const fieldset of await page.locator('.facet:not([hidden])').all())
      expect(await fieldset.locator('.facet__option:not([hidden])').count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe.concurrent('the recommendations explorer in Chromium', () => {
  /** Waits until the explorer has loaded its index and shown the rows (it does so the first time a filter or sort is used). */
  const settled = (page: Page) => page.waitForFunction(() => !document.querySelector('.explorer__table')?.hasAttribute('aria-busy'));

  it('is the complete table without JavaScript', async ({ expect }) => {
    const page = await site.newPage({ javaScript: false });
    await page.goto(site.url('/recommendations/'));
    expect(await page.locator('.explorer__table tbody tr').count()).toBe(28);
    expect(await page.locator('[data-explorer-filters]').isVisible()).toBe(false);
    await page.close();
  });

  it('filters instantly, writes the filters to the URL and restores them from it', async ({ expect }) => {
    const page = await site.newPage();
    await page.goto(site.url('/recommendations/'));
    await page.selectOption('select[name="addressee"]', 'hmpps');
    await settled(page);
    expect(await page.locator('.explorer__table tbody tr:visible').count()).toBe(4);
    expect(await page.locator('[data-explorer-status]').innerText()).toBe('Showing 4 of 28 recommendations.');
    expect(new URL(page.url()).search).toBe('?addressee=hmpps');
    await page.selectOption('select[name="pdu"]', 'wigan');
    expect(await page.locator('.explorer__table tbody tr:visible').count()).toBe(2);
    await page.goto(site.url('/recommendations/?domain=2-1-court-work'));
    await settled(page);
    expect(await page.locator('.explorer__table tbody tr:visible').count()).toBe(1);
    expect(await page.inputValue('select[name="domain"]')).toBe('2-1-court-work');
    await page.close();
  });

  it('filters by words in the text, keeps them in the URL and restores them after a reload', async ({ expect }) => {
    // The explorer reads words as search does (src/lib/search/words.ts): every word's stem, in any case.
    const query = parseQuery('Times  WAITING');
    const expected = letter.recommendations
      .filter((r) => holdsEveryWord(new Set(documentTerms(r.text, reference.acronyms)), query, () => false))
      .map((r) => r.id);
    expect(expected.length).toBeGreaterThan(0);
    const page = await site.newPage();
    await page.goto(site.url('/recommendations/'));
    await page.fill('[data-explorer-filters] input[name="q"]', 'Times  WAITING');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'Times  WAITING'.trim());
    const shown = () =>
      page.locator('.explorer__table tbody tr:visible').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.id));
    expect((await shown()).sort()).toEqual([...expected].sort());
    expect(await page.locator('[data-explorer-status]').innerText()).toBe(`Showing ${expected.length} of 28 recommendations.`);
    await page.reload();
    await settled(page);
    expect(await page.inputValue('[data-explorer-filters] input[name="q"]')).toBe('Times  WAITING');
    expect((await shown()).sort()).toEqual([...expected].sort());
    await page.close();
  });

  it('downloads just the rows shown, with the columns of the full CSV, and links the full CSV without JavaScript', async ({ expect }) => {
    const page = await site.newPage();
    await page.goto(site.url('/recommendations/?addressee=hmpps&sort=pdu-desc'));
    await settled(page);
    const link = page.locator('[data-explorer-download]');
    expect(await link.innerText()).toBe('Download these 4 rows (CSV)');
    const shown = await page
      .locator('.explorer__table tbody tr:visible')
      .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.id));
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    // The browser is shared over a connection, so the file is read as a stream rather than from its path.
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(download.suggestedFilename()).toBe('recommendations-selected.csv');
    const full = await (await fetch(site.url('/data/recommendations.csv'))).text();
    const picked = csvParse(text.replace(/^\ufeff/, ''));
    expect(picked.columns).toEqual(csvParse(full.replace(/^\ufeff/, '')).columns);
    expect(picked.map((row) => row.id)).toEqual(shown);
    expect(picked.every((row) => row.addressee === 'hmpps')).toBe(true);
    await page.close();

    const plain = await site.newPage({ javaScript: false });
    await plain.goto(site.url('/recommendations/?addressee=hmpps'));
    expect(await plain.locator('[data-explorer-download]').innerText()).toBe('Download all 28 recommendations (CSV)');
    expect(await plain.getAttribute('[data-explorer-download]', 'href')).toBe('/data/recommendations.csv');
    await plain.close();
  });

  it('sorts by a column when its header is pressed', async ({ expect }) => {
    const page = await site.newPage();
    await page.goto(site.url('/recommendations/'));
    await page.click('th[data-sort-key="pdu"] button');
    await settled(page);
    expect(await page.getAttribute('th[data-sort-key="pdu"]', 'aria-sort')).toBe('ascending');
    const pdus = await page.locator('.explorer__table tbody tr td:nth-child(4)').allInnerTexts();
    expect(pdus).toEqual([...pdus].sort((a, b) => a.localeCompare(b)));
    expect(new URL(page.url()).searchParams.get('sort')).toBe('pdu-asc');
    await page.close();
  });

  it('has no axe violations', async ({ expect }) => {
    const page = await site.newPage();
    await page.goto(site.url('/recommendations/?addressee=region'));
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
