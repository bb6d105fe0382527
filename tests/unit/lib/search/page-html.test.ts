import { describe, expect, it } from 'vitest';
import { readPage } from '../../../../src/lib/search/page-html';
import { pageHtml } from './helpers';

describe('what search reads from a page', () => {
  it('reads the filters, sort date and metadata, and only the text of the part marked for search', () => {
    const html = pageHtml({
      url: 'findings/a/',
      date: '2023-05-25',
      kind: 'Key strength',
      filters: { region: ['Greater Manchester'], domain: ['1.2 Staff', '1.3 Services'] },
      heading: 'Staff &amp; services',
      text: 'Workloads were <em>manage</em>able &lt;mostly&gt;.',
    });
    const page = readPage(html);
    expect(page).toMatchObject({
      title: 'Staff & services',
      date: '2023-05-25',
      meta: { kind: 'Key strength', date: '2023-05-25', breadcrumb: 'Region › Key strength' },
      filters: { region: ['Greater Manchester'], domain: ['1.2 Staff', '1.3 Services'] },
      text: 'Staff & services Workloads were manageable <mostly>.',
    });
    expect(page?.text).not.toMatch(/Menu|Footer|Greater Manchester/);
  });

  it('weighs a first-level heading seven times, and other text once', () => {
    const page = readPage('<div data-search-body><h1>Title</h1><h2>Part</h2><p>Body <a href="#">link</a></p></div>');
    const weights = (page?.runs ?? []).filter((r) => r.text.trim()).map((r) => [r.text, r.weight]);
    expect(weights).toEqual([
      ['Title', 7],
      ['Part', 6],
      ['Body ', 1],
      ['link', 1],
    ]);
  });

  it('takes the title marked data-search-meta="title" over the first heading, even when its text is left out', () => {
    const page = readPage(
      '<div data-search-body><h1 data-search-meta="title" data-search-ignore>Tameside recommendation 8</h1><p>Reduce waits</p></div>',
    );
    expect(page?.title).toBe('Tameside recommendation 8');
    expect(page?.text).toBe('Reduce waits');
  });

  it('finds nothing in a page with no part marked for search', () => {
    expect(readPage('<html><body><p>Recurring recommendations</p></body></html>')).toBeUndefined();
  });
});
