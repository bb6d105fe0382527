import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must } from '../support';
import {
  correctedFinding,
  correctedInspection,
  correctedParagraph,
  correctedRecommendation,
  seedLetter,
} from '../fixtures/corrections/catalogue';
import { backgroundResult } from './support/background';
import { openSite } from './support/browser';
import { axeViolations } from './support/axe';
import { readCsv } from './support/csv';
import { builtPage, distDir, elementsIn, pageText, parseHtml } from './support/site';

// One build of the seed entry with the named corrections (tests/fixtures/corrections/) beside its import record, made
// by the background job `corrections` (support/background.ts) as the run begins; the seed's own build is dist/.
let dir: string;
let site: Awaited<ReturnType<typeof openSite>>;
let page: Page;
beforeAll(async () => {
  ({ dir } = await backgroundResult('corrections'));
  site = await openSite(dir);
  page = await site.newPage();
});
afterAll(async () => {
  await page?.close();
  await site?.close();
});

/** The lead every mark starts with: what the editors did and when the letter's version was recorded (the test builds record 1 January 2026). */
const lead = /^Corrected by the editors; this version recorded 1 January 2026\. Show the text as imported$/;

/** Opens a mark's disclosure, as a reader clicks it, and gives what it shows as imported. */
async function openMark(mark: Locator): Promise<string> {
  const imported = mark.locator('.corrected__imported');
  expect(await imported.isVisible(), 'the imported text before the click').toBe(false);
  await mark.locator('summary').click();
  expect(await imported.isVisible(), 'the imported text after the click').toBe(true);
  return imported.innerText();
}

/** A CSV download of a build, as records of column name to cell. */
function csvRows(root: string, file: string): Record<string, string>[] {
  const [header, ...rows] = readCsv(`${root}/data/${file}`);
  const names = must(header, `the header of ${file}`);
  return rows.map((row) => Object.fromEntries(names.map((name, i) => [name, row[i] ?? ''])));
}

describe('a letter the editors corrected after import', () => {
  it('marks the corrected paragraph of the narrative where it stands, with its imported words one click away', async () => {
    await page.goto(site.url(`/letters/${seedLetter}/`));
    const mark = page.locator('#corrected-paragraph-1');
    expect(await mark.locator('summary').innerText()).toMatch(lead);
    const before = await mark.evaluate((m) => m.previousElementSibling?.textContent ?? '');
    expect(before.startsWith(correctedParagraph.corrected)).toBe(true);
    const imported = await openMark(mark);
    expect(imported).toContain(correctedParagraph.imported);
    expect(await page.locator('.corrected').count(), 'marks on the letter page').toBe(4);
    expect(await axeViolations(page), 'axe-core violations with the disclosure open').toEqual([]);
  });

  it('marks the corrected finding in its list in the letter and on its own page', async () => {
    await page.goto(site.url(`/letters/${seedLetter}/`));
    const item = page.locator(`[id="${correctedFinding.id}"]`);
    expect((await item.locator('p').first().innerText()).startsWith(correctedFinding.corrected)).toBe(true);
    expect(await openMark(item.locator('.corrected'))).toContain(correctedFinding.imported);
    await page.goto(site.url(`/findings/${correctedFinding.id}/#corrected`));
    const mark = page.locator('#corrected');
    expect(await mark.locator('summary').innerText()).toMatch(lead);
    expect(await openMark(mark)).toContain(correctedFinding.imported);
    expect(await axeViolations(page), 'axe-core violations with the disclosure open').toEqual([]);
  });

  it('marks the corrected recommendation in Annexe one and on its own page', async () => {
    await page.goto(site.url(`/letters/${seedLetter}/`));
    const item = page.locator(`[id="${correctedRecommendation.id}"]`);
    expect(await item.locator('.recommendation__text').innerText()).toBe(correctedRecommendation.corrected);
    expect(await openMark(item.locator('.corrected'))).toContain(correctedRecommendation.imported);
    await page.goto(site.url(`/recommendations/${correctedRecommendation.id}/`));
    expect(await openMark(page.locator('#corrected'))).toContain(correctedRecommendation.imported);
  });

  it('marks the PDU’s corrected rating and score on its page and in Annexe two, with the values imported', async () => {
    await page.goto(site.url(`/pdus/${correctedInspection.pdu}/`));
    const imported = await openMark(page.locator('#corrected'));
    expect(imported).toContain('Score: 10/24');
    expect(imported).toContain('1.1 Leadership: Requires improvement');
    await page.goto(site.url(`/letters/${seedLetter}/`));
    expect(await openMark(page.locator(`#ratings-${correctedInspection.pdu} .corrected`))).toContain('Score: 10/24');
  });

  it('lists its corrections beside its source, each linking to its mark, and the tags the editors reviewed', () => {
    const html = readFileSync(`${dir}/letters/${seedLetter}/index.html`, 'utf8');
    const tree = parseHtml(html);
    const summary = must(elementsIn(tree, (e) => e.properties.id === 'corrections')[0], 'the list of corrections');
    expect(pageText(summary)).toContain('The editors corrected 4 places in this letter after importing it from the source.');
    expect(pageText(summary)).toContain('the domain tags of Wigan recommendation 5');
    const targets = elementsIn(summary, (e) => e.tagName === 'a').map((a) => String(a.properties.href).replace(/^#/, ''));
    expect(targets).toEqual([
      'corrected-paragraph-1',
      correctedFinding.id,
      correctedRecommendation.id,
      `ratings-${correctedInspection.pdu}`,
    ]);
    for (const id of targets)
      expect(
        elementsIn(tree, (e) => e.properties.id === id),
        id,
      ).toHaveLength(1);
  });

  it('tags the corrected items in lists, linking to their marks, and the letter in the list of letters', () => {
    const staff = parseHtml(readFileSync(`${dir}/domains/1-2-staff/index.html`, 'utf8'));
    const tags = elementsIn(staff, (e) => e.tagName === 'a' && String(e.properties.className).includes('corrected-tag'));
    expect(tags.map((a) => a.properties.href)).toEqual([`/findings/${correctedFinding.id}/#corrected`]);
    expect(pageText(must(tags[0], 'the tag'))).toBe('Corrected by the editors after import: see the text as imported');
    const tameside = readFileSync(`${dir}/pdus/tameside/index.html`, 'utf8');
    expect(tameside).toContain(`href="/recommendations/${correctedRecommendation.id}/#corrected"`);
    for (const list of ['letters/index.html', 'index.html', 'regions/greater-manchester/index.html']) {
      const letterTags = elementsIn(
        parseHtml(readFileSync(`${dir}/${list}`, 'utf8')),
        (e) =>
          e.tagName === 'a' &&
          String(e.properties.className).includes('corrected-tag') &&
          String(e.properties.href).startsWith('/letters/'),
      );
      expect(
        letterTags.map((a) => `${String(a.properties.href)} ${pageText(a)}`),
        list,
      ).toEqual([`/letters/${seedLetter}/#corrections Corrected by the editors after import: see what they changed`]);
    }
  });

  it('keeps the imported words out of search, which finds the corrected ones', async () => {
    // Search is made from the model, which holds the corrected text; the imported words are in no fragment.
    const index = `${dir}/search-index/fragments`;
    const fragments = readdirSync(index).map((name) => gunzipSync(readFileSync(`${index}/${name}`)).toString('utf8'));
    for (const item of [correctedFinding, correctedRecommendation, correctedParagraph]) {
      expect(
        fragments.some((f) => f.includes(JSON.stringify(item.corrected).slice(1, -1))),
        item.corrected,
      ).toBe(true);
      expect(
        fragments.some((f) => f.includes(JSON.stringify(item.imported).slice(1, -1))),
        item.imported,
      ).toBe(false);
    }
    await page.goto(site.url('/search/?q=workloads+high+hard+to+manage'));
    await page.waitForSelector('.result__excerpt');
    expect(await page.locator('.result__excerpt').first().innerText()).toContain('hard to manage');
  });

  it('says corrected is true in the CSVs for exactly the changed rows, with the imported text beside the corrected', () => {
    const corrected = (file: string, key: (row: Record<string, string>) => string) =>
      csvRows(dir, file)
        .filter((r) => r.corrected === 'true')
        .map(key);
    expect(csvRows(dir, 'findings.csv').every((r) => r.corrected === 'true' || r.corrected === 'false')).toBe(true);
    expect(corrected('findings.csv', (r) => `${r.id}: ${r.imported_text?.slice(0, correctedFinding.imported.length)}`)).toEqual([
      `${correctedFinding.id}: ${correctedFinding.imported}`,
    ]);
    expect(corrected('recommendations.csv', (r) => `${r.id}: ${r.imported_text}`)).toEqual([
      `${correctedRecommendation.id}: ${correctedRecommendation.imported}`,
    ]);
    expect(corrected('inspections.csv', (r) => String(r.pdu_id))).toEqual([correctedInspection.pdu]);
    expect(corrected('ratings.csv', (r) => `${r.pdu_id} ${r.standard}`)).toEqual([
      `${correctedInspection.pdu} ${correctedInspection.standard}`,
    ]);
    const json = JSON.parse(readFileSync(`${dir}/data/letters.json`, 'utf8')) as {
      letters: { corrected: boolean; findings: { id: string; corrected: boolean }[] }[];
    };
    expect(json.letters[0]?.corrected).toBe(true);
    expect(json.letters[0]?.findings.filter((f) => f.corrected).map((f) => f.id)).toEqual([correctedFinding.id]);
  });
});

describe('the seed as committed', () => {
  it('shows no correction mark or tag: its one difference from the import is a domain tag, listed as reviewed', () => {
    const letter = builtPage(`/letters/${seedLetter}/`);
    expect(letter).not.toContain('data-corrected');
    const summary = pageText(must(elementsIn(parseHtml(letter), (e) => e.properties.id === 'corrections')[0], 'the changes since import'));
    expect(summary).toContain('The editors have not changed the letter’s words or facts since importing it from the source.');
    expect(summary).toContain('They changed the domain tags of Wigan recommendation 5, which the importer proposed for their review.');
    for (const path of [`/recommendations/${seedLetter}-wigan-5/`, '/domains/1-2-staff/', '/letters/', `/pdus/${correctedInspection.pdu}/`])
      expect(builtPage(path), path).not.toMatch(/data-corrected|corrected-tag/);
    for (const file of ['findings.csv', 'recommendations.csv', 'inspections.csv', 'ratings.csv'])
      expect(
        csvRows(distDir, file).filter((r) => r.corrected !== 'false'),
        file,
      ).toEqual([]);
  });
});
