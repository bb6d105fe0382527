import { describe, expect, it } from 'vitest';
import { citation, excerpt } from '../../../../src/lib/words/labels';
import { atomFeed, siteFeedScope, xmlEscape } from '../../../../src/lib/publishing/feed';

describe('labels and citations', () => {
  it('cite an item with publisher, year, letter, date, item and permanent URL', () => {
    expect(
      citation({
        publisher: 'HM Inspectorate of Probation',
        date: '2023-05-25',
        letterTitle: 'Regional inspection letter: Greater Manchester',
        item: 'Annexe one, Tameside PDU, recommendation 8',
        url: 'https://example.org/r/',
      }),
    ).toBe(
      'HM Inspectorate of Probation (2023) Regional inspection letter: Greater Manchester, 25 May 2023. Annexe one, Tameside PDU, recommendation 8. Available at: https://example.org/r/',
    );
  });

  it('shorten text at a word boundary with an ellipsis', () => {
    expect(excerpt('short', 10)).toBe('short');
    expect(excerpt('The region had a sound awareness of areas for improvement', 30)).toBe('The region had a sound…');
  });

  it('escape XML, and refuse a feed with no letter to date it rather than invent a date', () => {
    expect(xmlEscape(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(() => atomFeed([], { site: 'https://example.org', description: 'D' }, {}, siteFeedScope('T'))).toThrow(
      '/feed.xml: a feed needs at least one letter; none was given',
    );
  });
});
