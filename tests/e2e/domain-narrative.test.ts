import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { axeViolations } from './support/axe';
import { openSite } from './support/browser';

// The seed lists no key strength or area for improvement on serious further offence work or unpaid work, yet has a
// section on the first and names the second in three paragraphs: their domain pages say so, never "None".
let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

/**
 * The text of a letter page from a section's heading (its anchor) to the next section's, however the page nests them:
 * the anchors are the letter's section ids, in order.
 */
const sectionText = (page: Page, id: string) =>
  page.evaluate((id) => {
    const ids = [...document.querySelectorAll('h2[id], h3[id]')].map((h) => h.id);
    const start = document.getElementById(id);
    const next = ids.slice(ids.indexOf(id) + 1).map((i) => document.getElementById(i))[0];
    if (!start) return '';
    const range = document.createRange();
    range.setStartBefore(start);
    if (next) range.setEndBefore(next);
    else range.setEndAfter(document.body.lastElementChild ?? start);
    return range.toString().replace(/\s+/g, ' ').trim();
  }, id);

/** The text of the Findings part of a domain page: from its heading, "Findings (0)", to the Recommendations heading (not the contents list's entries, "Findings (0 findings)"). */
const findingsPart = (text: string) => text.slice(text.search(/Findings \(\d+\)\s/), text.search(/Recommendations \(\d+\)\s/));

describe.concurrent('a domain page where the letter lists no finding on the domain but writes about it', () => {
  it('links the letter’s section on serious further offence work with its opening sentence, and says it lists no findings under it', async ({
    expect,
  }) => {
    const page = await site.newPage();
    await page.goto(site.url('/domains/learning-from-serious-further-offence-investigations/'));
    const findings = findingsPart(await page.locator('main').innerText());
    expect(findings).not.toMatch(/\bNone\./);
    expect(findings).toContain(
      'No letter lists a key strength or area for improvement on learning from Serious Further Offence investigations, but 1 letter writes about it in its narrative:',
    );
    expect(findings).toContain('Its section Learning from Serious Further Offence investigations (7 paragraphs) opens:');
    expect(await page.locator('.narrative-item blockquote').innerText()).toBe(
      'There was a clear commitment to achieve high standards in respect of Serious Further Offence (SFO) reviews.',
    );
    expect(findings).toContain('The letter lists no key strengths or areas for improvement under it.');
    expect(await axeViolations(page)).toEqual([]);
    // The link goes to the section's heading in the letter, which opens with the words quoted.
    await page.click('.narrative-item a:text-is("Learning from Serious Further Offence investigations")');
    await page.waitForURL(/\/letters\/greater-manchester-2023-05\/#learning-from-serious-further-offence-investigations$/);
    expect(await page.locator('#learning-from-serious-further-offence-investigations').innerText()).toContain(
      'Learning from Serious Further Offence investigations',
    );
    expect(await sectionText(page, 'learning-from-serious-further-offence-investigations')).toMatch(
      /^Learning from Serious Further Offence investigations\s+There was a clear commitment to achieve high standards/,
    );
    await page.close();
  });

  it('says the letter has no section on unpaid work and quotes, with its section, each paragraph that names it', async ({ expect }) => {
    const page = await site.newPage({ viewport: { width: 390, height: 844 }, javaScript: false });
    await page.goto(site.url('/domains/unpaid-work/'));
    const findings = findingsPart(await page.locator('main').innerText());
    expect(findings).not.toMatch(/\bNone\./);
    expect(findings).toContain('The letter has no section on unpaid work. It names “unpaid work” in 3 paragraphs:');
    const items = await page.locator('.narrative-mentions li').allInnerTexts();
    expect(items).toEqual([
      'Staff: “The vacancy rate across the Greater Manchester region for probation officers (POs) was 24 per cent, PSOs 25 per cent, unpaid work staff 8 per cent, accredited programmes 14 per cent, and statutory victim work 25 per cent.”',
      'Services and interventions: “The standard of standalone unpaid work cases was judged positively in PDU inspections.”',
      'Services and interventions: “Backlogs for unpaid work are not excessive.”',
    ]);
    const links = await page.locator('.narrative-mentions a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual([
      '/letters/greater-manchester-2023-05/#staff',
      '/letters/greater-manchester-2023-05/#services-and-interventions',
      '/letters/greater-manchester-2023-05/#services-and-interventions',
    ]);
    // Every quoted sentence is in the letter, in the section linked.
    await page.goto(site.url('/letters/greater-manchester-2023-05/'));
    expect(await sectionText(page, 'staff')).toContain('unpaid work staff 8 per cent');
    expect(await sectionText(page, 'services-and-interventions')).toContain('Backlogs for unpaid work are not excessive.');
    await page.close();
  });

  it('still says “None.” where the letter truly says nothing of the domain', async ({ expect }) => {
    const page = await site.newPage();
    await page.goto(site.url('/domains/2-5-reviewing/'));
    expect(findingsPart(await page.locator('main').innerText())).toMatch(/^Findings \(0\)\s+None\.\s*$/);
    await page.close();
  });
});
