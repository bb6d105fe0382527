import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../../src/lib/words/labels';
import { atomFeed, xmlEscape } from '../../../../src/lib/publishing/feed';

describe('labels', () => {
  it('shorten text at a word boundary with an ellipsis', () => {
    expect(excerpt('short', 10)).toBe('short');
    expect(excerpt('The region had a sound awareness of areas for improvement', 30)).toBe('The region had a sound…');
  });

  it('escape XML and write an Atom feed dated by the letters, not the build', () => {
    expect(xmlEscape(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    const feed = atomFeed([], { title: 'T', site: 'https://example.org', description: 'D' });
    expect(feed).toContain('<updated>1970-01-01T00:00:00Z</updated>');
  });
});
