import { readdirSync, readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readLetterFile } from '../../../../src/lib/checking/letter-file';
import { recordLetterVersions } from '../../../../src/lib/model/letter-versions';
import { buildSiteModel } from '../../../../src/lib/model/site-model';
import { atomFeed, lettersOfPdu, pduFeedScope, regionFeedScope, robotsTxt, siteFeedScope } from '../../../../src/lib/publishing/feed';
import { letterVersionsSchema } from '../../../../src/schemas/letter-versions';
import { must, reference, root } from '../../../support';

/** The synthetic fixture corpus: North East in 2022 and 2024 (Northtown inspected twice) and Wales in 2024 (a Northtown of its own), with its recorded versions. */
const corpus = `${root}tests/fixtures/corpus`;
const texts = Object.fromEntries(
  readdirSync(`${corpus}/letters`).map((f) => [f.replace(/\.mdx$/, ''), readFileSync(`${corpus}/letters/${f}`, 'utf8')]),
);
const model = buildSiteModel(
  Object.entries(texts).map(([id, text]) => {
    const r = readLetterFile(`${id}.mdx`, text, reference);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    return r.letter;
  }),
  reference,
);
const versions = letterVersionsSchema.parse(JSON.parse(readFileSync(`${corpus}/letter-versions.json`, 'utf8')));
const site = { site: 'https://example.org', description: 'Every letter.' };
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link'].includes(name) });
const parse = (xml: string) => {
  expect(XMLValidator.validate(xml)).toBe(true);
  return (
    parser.parse(xml) as {
      feed: { id: string; title: string; updated: string; entry: { id: string; updated: string; published: string }[] };
    }
  ).feed;
};
const northtown = must(
  model.pdus.find((p) => p.id === 'northtown'),
  'Northtown',
);
const northEast = must(
  model.regions.find((r) => r.region.id === 'north-east'),
  'the North East',
);
afterEach(() => {
  vi.useRealTimers();
});

describe('a PDU’s feed', () => {
  it('holds the letters that inspected the PDU, newest first, each dated by its recorded version', () => {
    // The corpus's North East Northtown is inspected in both North East letters (Wales's Northtown is another PDU).
    expect(lettersOfPdu(northtown).map((l) => l.letter.id)).toEqual(['north-east-2024-03', 'north-east-2022-06']);
    const feed = parse(atomFeed(lettersOfPdu(northtown), site, versions, pduFeedScope(northtown)));
    expect(feed.id).toBe('https://example.org/pdus/northtown/feed.xml');
    expect(feed.title).toBe('Letters about Northtown PDU');
    expect(feed.entry.map((e) => [e.id, e.published, e.updated])).toEqual([
      ['https://example.org/letters/north-east-2024-03/', '2024-03-20T00:00:00Z', '2024-04-08T14:05:00Z'],
      ['https://example.org/letters/north-east-2022-06/', '2022-06-14T00:00:00Z', '2022-07-04T09:30:00Z'],
    ]);
    expect(feed.updated).toBe('2024-04-08T14:05:00Z');
  });

  it('tells subscribers of a correction: the corrected letter’s entry and the feed are updated, the other entry is not', () => {
    const corrected = `${must(texts['north-east-2022-06'], 'the 2022 letter')}\nA corrected paragraph.\n`;
    const after = recordLetterVersions(
      versions,
      [{ id: 'north-east-2022-06', text: corrected }],
      new Date('2025-01-10T12:00:00Z'),
    ).versions;
    const feed = parse(atomFeed(lettersOfPdu(northtown), site, after, pduFeedScope(northtown)));
    expect(feed.entry.map((e) => e.updated)).toEqual(['2024-04-08T14:05:00Z', '2025-01-10T12:00:00Z']);
    expect(feed.updated).toBe('2025-01-10T12:00:00Z');
    expect(feed.entry.map((e) => e.id)).toEqual(
      parse(atomFeed(lettersOfPdu(northtown), site, versions, pduFeedScope(northtown))).entry.map((e) => e.id),
    );
  });
});

describe('every feed', () => {
  it('is the same whatever the clock says when it is built', () => {
    const feed = () => atomFeed(northEast.letters, site, versions, regionFeedScope(northEast));
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const early = feed();
    vi.setSystemTime(new Date('2031-06-01T00:00:00Z'));
    expect(feed()).toBe(early);
    expect(early).not.toMatch(/203[01]-/);
  });

  it('refuses to date a letter whose version was never recorded', () => {
    expect(() => atomFeed(model.letters, site, {}, siteFeedScope('Site'))).toThrow(
      /recorded version of letter "wales-2024-10".*npm run record-versions/,
    );
  });

  it('escapes what it quotes from the letters', () => {
    const xml = atomFeed(model.letters, site, versions, siteFeedScope('Site & <friends>'));
    expect(xml).toContain('<title>Site &amp; &lt;friends&gt;: new letters</title>');
    expect(XMLValidator.validate(xml)).toBe(true);
  });
});

describe('robots.txt', () => {
  it('allows every crawler and names the sitemap at its absolute URL', () => {
    expect(robotsTxt('https://example.org')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap-index.xml\n');
  });

  it('disallows everything in a preview, and names no sitemap, whose addresses are the placeholder’s', () => {
    expect(robotsTxt('https://example.org', { preview: true })).toBe('User-agent: *\nDisallow: /\n');
  });
});
