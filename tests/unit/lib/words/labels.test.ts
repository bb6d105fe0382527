import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../../src/lib/words/labels';
import { atomFeed, siteFeedScope, xmlEscape } from '../../../../src/lib/publishing/feed';

describe('labels', () => {
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
