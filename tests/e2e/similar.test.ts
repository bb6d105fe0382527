import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must } from '../support';
import { openSite } from './support/browser';
import { builtPage, elementsIn, hasClass, is, pageText, parseHtml, sitemapText } from './support/site';

const letter = 'greater-manchester-2023-05';
const recommendationPage = (id: string) => parseHtml(builtPage(`/recommendations/${letter}-${id}/`));
/** The "Similar …" section of a built page. */
const similarSection = (tree: ReturnType<typeof parseHtml>) =>
  must(
    elementsIn(tree, is('section')).find((s) => hasClass(s, 'similar')),
    'the similar-items section',
  );
const hrefs = (node: Parameters<typeof elementsIn>[0]) => elementsIn(node, is('a')).map((a) => String(a.properties.href));

describe('similar recommendations on a recommendation page', () => {
  it('lists those like it under other PDUs, most similar first, each by its PDU, number and own words, with its region, date and addressee', () => {
    const section = similarSection(recommendationPage('tameside-3'));
    const items = elementsIn(section, is('li'));
    expect(pageText(section)).toMatch(/^Similar recommendations /);
    expect(items.map((li) => hrefs(li)[0])).toEqual([`/recommendations/${letter}-wigan-9/`, `/recommendations/${letter}-wigan-8/`]);
    expect(pageText(must(items[0], 'the first item'))).toBe(
      'Wigan recommendation 9: Ensure sufficient resource is in place to provide enhanced management oversight. Greater Manchester, 25 May 2023, to HM Prison and Probation Service',
    );
    expect(hrefs(section)).toContain('/recommendations/recurring/#how-similarity-is-worked-out');
  });

  it('says so when no recommendation elsewhere is similar', () => {
    const section = similarSection(recommendationPage('tameside-8'));
    expect(elementsIn(section, is('li'))).toEqual([]);
    expect(pageText(section)).toContain('No similar recommendations in other letters or PDUs.');
  });

  it('keeps the similar texts out of the page’s search entry', () => {
    const html = builtPage(`/recommendations/${letter}-tameside-3/`);
    const body = html.slice(html.indexOf('data-search-body'));
    expect(body.slice(0, body.indexOf('</div>'))).not.toContain('Ensure sufficient resource');
  });
});

describe('similar findings on a finding page', () => {
  it('says there are none in other letters while the seed is the only letter', () => {
    const section = similarSection(parseHtml(builtPage(`/findings/${letter}-staff-improvement-2/`)));
    expect(pageText(section)).toContain('Similar findings No similar findings in other letters.');
  });
});

describe('the recurring recommendations page', () => {
  const path = '/recommendations/recurring/';
  const tree = parseHtml(builtPage(path));
  const text = pageText(tree);

  it('is built at its own address, beside the recommendations’ pages, and listed in the sitemap', () => {
    expect(text).toContain('Recurring recommendations');
    expect(sitemapText()).toContain(`${path}</loc>`);
  });

  it('shows the seed’s recurring groups across Manchester North, Tameside and Wigan, largest first, linking to each member', () => {
    const groups = elementsIn(tree, is('section')).filter((s) => hasClass(s, 'recurring-group'));
    expect(groups.map((g) => hrefs(g).map((h) => h.replace(`/recommendations/${letter}-`, '').replace(/\/$/, '')))).toEqual([
      ['tameside-3', 'tameside-9', 'wigan-8', 'wigan-9'],
      ['manchester-north-1', 'tameside-7'],
      ['tameside-4', 'wigan-1'],
    ]);
    const group = must(groups[0], 'the first group');
    // Four different wordings of one concern: related, never "made 4 times".
    expect(pageText(group)).toContain('4 related recommendations from 2 PDUs (Tameside and Wigan).');
    expect(text).not.toMatch(/\bmade \d+ times\b|\bmade twice\b/i);
    expect(pageText(group)).toContain(
      'increase middle management capacity to ensure sufficient resource is in place to provide enhanced management oversight',
    );
    expect(pageText(must(groups[1], 'the second group'))).toContain(
      '2 related recommendations from 2 PDUs (Manchester North and Tameside).',
    );
  });

  it('explains how similarity is worked out, at the anchor the item pages link to', () => {
    const heading = must(
      elementsIn(tree, is('h2')).find((h) => h.properties.id === 'how-similarity-is-worked-out'),
      'the explanation heading',
    );
    expect(pageText(heading)).toBe('How similarity is worked out');
    expect(text).toContain('“BBR” and “Building Better Relationships” match');
  });

  it('is linked from the recommendations explorer and the home page', () => {
    expect(hrefs(parseHtml(builtPage('/recommendations/')))).toContain(path);
    expect(hrefs(parseHtml(builtPage('/')))).toContain(path);
  });
});

describe('the recurring recommendations page in Chromium', () => {
  let site: Awaited<ReturnType<typeof openSite>>;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it('says what each group is, related recommendations from so many PDUs, and lists each member by its PDU, number and own words', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/recommendations/recurring/'));
    expect(await page.locator('.lead').innerText()).toBe(
      '8 recommendations form 3 groups of related recommendations, each group spanning more than one PDU or letter, largest group first.',
    );
    const groups = page.locator('.recurring-group');
    const summaries = await groups.evaluateAll((sections) =>
      sections.map((s) => [...s.querySelectorAll(':scope > p')].map((p) => (p as HTMLElement).innerText).join(' ')),
    );
    expect(summaries).toEqual([
      '4 related recommendations from 2 PDUs (Tameside and Wigan).',
      '2 related recommendations from 2 PDUs (Manchester North and Tameside).',
      '2 related recommendations from 2 PDUs (Tameside and Wigan).',
    ]);
    expect(await page.locator('main').innerText()).not.toMatch(/\bmade (\d+ times|twice)\b/i);
    // Each member names its PDU and number, then the start of its own words.
    expect(await groups.first().locator('li a').allInnerTexts()).toEqual([
      'Tameside recommendation 3: increase middle management capacity to ensure sufficient…',
      'Tameside recommendation 9: ensure probation delivery units and probation regions are…',
      'Wigan recommendation 8: ensure regions and PDUs have the appropriate level of middle…',
      'Wigan recommendation 9: Ensure sufficient resource is in place to provide enhanced…',
    ]);
    await page.close();
  });
});
