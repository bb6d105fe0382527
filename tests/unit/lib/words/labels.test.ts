import { describe, expect, it } from 'vitest';
import { excerpt, findingNumber } from '../../../../src/lib/words/labels';
import { modelOf, root } from '../../../support';
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

  it('number each finding within its section and kind in printed order, and give 0 to a finding its letter does not hold', () => {
    const model = modelOf(`${root}tests/fixtures/corpus/letters`);
    for (const f of model.findings) {
      const list = f.letter.letter.findings.filter((g) => g.section === f.finding.section && g.kind === f.finding.kind);
      expect(findingNumber(f), f.finding.id).toBe(list.indexOf(f.finding) + 1);
    }
    const [f] = model.findings;
    expect(f && findingNumber({ ...f, finding: { ...f.finding } })).toBe(0);
  });
});
