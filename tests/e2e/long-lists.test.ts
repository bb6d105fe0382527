import { describe, expect, it } from 'vitest';
import { must } from '../support';
import { builtPage, elementsIn, hasClass, is, pageText, parseHtml, sitemapText } from './support/site';

// What grows with the letters is capped (src/lib/model/groups.ts caps; the notes' counts and links are checked on a site of
// 120 letters in tests/unit/lib/model/caps.test.ts). On the seed alone nothing is left out, so no page says it is.
const hrefs = (node: Parameters<typeof elementsIn>[0]) => elementsIn(node, is('a')).map((a) => String(a.properties.href));

describe('long lists on the seed alone, where nothing is left out', () => {
  it('a domain page counts each standard’s latest ratings by rating, linking each standard’s own page', () => {
    const tree = parseHtml(builtPage('/domains/2-court-work-and-case-supervision/'));
    const table = must(
      elementsIn(tree, is('table')).find((t) => pageText(t).includes('counted by rating')),
      'the table counting each standard’s ratings',
    );
    const rows = elementsIn(table, is('tr')).slice(1);
    expect(rows.map((r) => pageText(must(elementsIn(r, is('th'))[0], 'the row’s standard')))).toEqual([
      '2.1 Court work',
      '2.2 Assessment',
      '2.3 Planning',
      '2.4 Implementation and delivery',
      '2.5 Reviewing',
    ]);
    // Each standard's counts add up to the seed's three PDUs.
    for (const row of rows) expect(elementsIn(row, is('td')).reduce((n, td) => n + Number(pageText(td)), 0)).toBe(3);
    expect(hrefs(table)).toContain('/domains/2-2-assessment/');
  });

  it('the letters list, the recurring recommendations, the PDU, region and findings pages show no pagination and no capped-list note', () => {
    for (const path of ['/letters/', '/recommendations/recurring/', '/pdus/tameside/', '/regions/greater-manchester/', '/findings/']) {
      const tree = parseHtml(builtPage(path));
      expect(
        elementsIn(tree, is('nav')).filter((n) => hasClass(n, 'pagination')),
        path,
      ).toEqual([]);
      expect(
        elementsIn(tree, is('p')).filter((p) => hasClass(p, 'cap-note')),
        path,
      ).toEqual([]);
    }
    expect(sitemapText()).not.toContain('/page/');
  });
});
