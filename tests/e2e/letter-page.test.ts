import { describe, expect, it } from 'vitest';
import { must, seedText } from '../support';
import { builtPage, elementsIn, is, pageText, parseHtml } from './support/site';

const path = '/letters/greater-manchester-2023-05/';
const html = builtPage(path);
const tree = parseHtml(html);
const superscript = (digits: string) => [...digits].map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]).join('');
// A footnote reference shows its number raised, as the source's superscript marker does.
const raised = structuredClone(tree);
for (const sup of elementsIn(raised, is('sup', 'footnote-ref'))) sup.children = [{ type: 'text', value: superscript(pageText(sup)) }];
const text = pageText(raised);
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The seed's letter text as a reader sees it: Markdown link, list and bold syntax removed. */
function seedSentences(upTo: string): string[] {
  return seedText
    .slice(0, seedText.indexOf(upTo))
    .split('\n')
    .map((line) =>
      fold(
        line
          .replace(/^- /, '')
          .replace(/\[(.+?)\]\((\S+)\)/g, '$1')
          .replace(/\\([()])/g, '$1')
          .replace(/\*\*/g, ' '),
      ),
    )
    .filter(Boolean)
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z“"‘'])/));
}

describe('the built letter page', () => {
  it('contains every sentence of the seed’s letter text, up to the ratings tables', () => {
    const sentences = seedSentences('Manchester North Fieldwork started');
    expect(sentences.length).toBeGreaterThan(250);
    const missing = sentences.filter((s) => !text.includes(s));
    expect(missing).toEqual([]);
  });

  it('shows every rating, score and overall rating exactly as the source states them', () => {
    const tables = elementsIn(tree, is('table', 'ratings-table')).map((table) => {
      const caption = pageText(must(elementsIn(table, is('caption'))[0], 'a ratings table caption'));
      const rows = elementsIn(table, is('tr')).flatMap((tr) => {
        const [th, td] = [elementsIn(tr, is('th'))[0], elementsIn(tr, is('td'))[0]];
        return th && td ? [[pageText(th), pageText(td)]] : [];
      });
      return [caption, Object.fromEntries(rows)];
    });
    const rated = (r11: string, r13: string, r21: string, r22to25: string[]) => ({
      '1.1 Leadership': r11,
      '1.2 Staff': 'Good',
      '1.3 Services': r13,
      '1.4 Information and facilities': 'Good',
      '2.1 Court work': r21,
      '2.2 Assessment': 'Inadequate',
      '2.3 Planning': r22to25[0],
      '2.4 Implementation and delivery': r22to25[1],
      '2.5 Reviewing': r22to25[2],
    });
    expect(Object.fromEntries(tables)).toEqual({
      'Manchester North PDU Fieldwork started February 2023': {
        'Overall rating': 'Requires improvement',
        Score: '10/24',
        ...rated('Requires improvement', 'Good', 'Not rated', ['Requires improvement', 'Requires improvement', 'Requires improvement']),
      },
      'Tameside PDU Fieldwork started March 2023': {
        'Overall rating': 'Requires improvement',
        Score: '7/27',
        ...rated('Requires improvement', 'Requires improvement', 'Requires improvement', ['Inadequate', 'Inadequate', 'Inadequate']),
      },
      'Wigan PDU Fieldwork started March 2023': {
        'Overall rating': 'Requires improvement',
        Score: '7/27',
        ...rated('Requires improvement', 'Requires improvement', 'Requires improvement', ['Inadequate', 'Inadequate', 'Inadequate']),
      },
    });
  });

  it('gives every section, finding and recommendation an id anchor', () => {
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => must(m[1], 'an id')));
    for (const section of [
      'leadership',
      'staff',
      'services-and-interventions',
      'information-and-facilities',
      'statutory-victim-work',
      'learning-from-serious-further-offence-investigations',
      'summary',
    ]) {
      expect(ids.has(section), section).toBe(true);
    }
    expect([...ids].filter((id) => /-(strength|improvement)-\d+$/.test(id))).toHaveLength(39);
    expect([...ids].filter((id) => /^greater-manchester-2023-05-(manchester-north|tameside|wigan)-\d+$/.test(id))).toHaveLength(28);
    expect(ids.has('greater-manchester-2023-05-staff-improvement-2')).toBe(true);
    expect(ids.has('greater-manchester-2023-05-tameside-8')).toBe(true);
  });

  it('has no duplicate ids and every in-page link lands on an id', () => {
    const all = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => must(m[1], 'an id'));
    expect(all.length).toBe(new Set(all).size);
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => decodeURIComponent(must(m[1], 'a link target')));
    for (const t of targets) expect(all, t).toContain(t);
  });

  it('shows the rating word in every rating tag, never colour alone', () => {
    const tags = [...html.matchAll(/<(strong|span) class="tag tag--([a-z-]+)"[^>]*>([^<]*)</g)];
    // In Annexe two, 26 standard ratings, 3 overall ratings and Manchester North's 2.1, not rated; at the top, the 3 overall ratings again.
    expect(tags).toHaveLength(33);
    for (const [, , rating, word] of tags) expect(word?.toLowerCase().replace(/ /g, '-')).toBe(rating);
  });

  it('is listed on the home page', () => {
    expect(builtPage('/')).toContain(`href="${path}"`);
  });
});
