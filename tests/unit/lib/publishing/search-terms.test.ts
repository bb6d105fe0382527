import { describe, expect, it } from 'vitest';
import { acronymsIn, withSearchTerms } from '../../../../src/lib/publishing/search-terms';
import { reference } from '../../../support';

const acronyms = [
  { short: 'BBR', expansion: 'Building Better Relationships', source: 'seed line 106' },
  { short: 'PO', expansion: 'probation officer', source: 'seed line 80' },
];
const page = (body: string) =>
  `<html><body><nav>PDUs</nav><main><div data-search-body><h1>Tameside recommendation 8</h1><p>${body}</p></div></main></body></html>`;

describe('the words a page is indexed under besides its own', () => {
  it('finds an acronym in either form, the short form as printed (a plural allowed), the long form in any case', () => {
    expect(acronymsIn('reduce waiting times, particularly Building Better Relationships.', acronyms)).toEqual([acronyms[0]]);
    expect(acronymsIn('referrals for BBR', acronyms)).toEqual([acronyms[0]]);
    expect(acronymsIn('newly qualified POs and building better\nrelationships', acronyms)).toEqual(acronyms);
    expect(acronymsIn('a PORT and the bbrx', acronyms)).toEqual([]);
  });

  it('adds both forms of each acronym the page uses at the start of its indexed part, and leaves the page otherwise as it was', () => {
    const html = page('reduce waiting times for accredited programmes, particularly Building Better Relationships.');
    const indexed = withSearchTerms(html, acronyms);
    expect(indexed).toBe(html.replace('<div data-search-body>', '<div data-search-body><p>Building Better Relationships (BBR)</p>'));
  });

  it('leaves a page alone when it uses no acronym or has no indexed part', () => {
    expect(withSearchTerms(page('Staff morale was high.'), acronyms)).toBe(page('Staff morale was high.'));
    const plain = '<html><body><p>Building Better Relationships</p></body></html>';
    expect(withSearchTerms(plain, acronyms)).toBe(plain);
  });

  it('reads the project’s acronym list, in which BBR stands for Building Better Relationships', () => {
    expect(acronymsIn('Building Better Relationships', reference.acronyms).map((a) => a.short)).toContain('BBR');
  });
});
