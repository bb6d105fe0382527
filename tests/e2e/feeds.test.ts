import { readdirSync, readFileSync } from 'node:fs';
import { sep } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config';
import { letterVersionsSchema } from '../../src/schemas/letter-versions';
import { siteCharts } from '../../src/lib/charts/catalogue';
import { loadRegistry } from '../../src/lib/model/registry';
import { datasets } from '../../src/lib/publishing/open-data';
import { outputFile, siteRoutes, sitemapPaths } from '../../src/lib/publishing/routes';
import { recurringRecommendations, similarityLinks } from '../../src/lib/similarity/similar';
import { modelOf, must, reference } from '../support';
import { builtPage, distDir, root } from './support/site';

// Feeds, robots.txt and the sitemap of the built site, read with fast-xml-parser: an XML parser independent of the
// code that writes them.
const read = (file: string) => readFileSync(`${distDir}/${file}`, 'utf8');
const versions = letterVersionsSchema.parse(JSON.parse(readFileSync(`${root}content/letter-versions.json`, 'utf8')));
const letters = JSON.parse(read('data/letters.json')).letters as { id: string; region: string; pdus: { id: string; name: string }[] }[];
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['entry', 'url', 'link'].includes(name),
});
const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const absolute = (path: string) => new URL(path, siteConfig.site).href;

interface AtomFeed {
  id: string;
  title: string;
  updated: string;
  link: { '@rel': string; '@href': string }[];
  entry: { id: string; title: string; published: string; updated: string; link: { '@href': string }[] }[];
}

/** A feed file parsed as XML, after checking it is well-formed. */
function parseFeed(file: string): AtomFeed {
  const xml = read(file);
  expect(XMLValidator.validate(xml), file).toBe(true);
  const doc = parser.parse(xml) as { feed: AtomFeed & { '@xmlns': string } };
  expect(doc.feed['@xmlns'], file).toBe('http://www.w3.org/2005/Atom');
  return doc.feed;
}

/** What a feed must say: its own URL as id and self link, one entry per letter, each dated by its recorded version. */
function expectFeedOf(file: string, letterIds: string[], page: string): void {
  const feed = parseFeed(file);
  const self = absolute(`/${file}`);
  expect(feed.id).toBe(self);
  expect(feed.link.find((l) => l['@rel'] === 'self')?.['@href']).toBe(self);
  expect(feed.link.find((l) => l['@rel'] === 'alternate')?.['@href']).toBe(absolute(page));
  expect(feed.entry.map((e) => e.id)).toEqual(letterIds.map((id) => absolute(`/letters/${id}/`)));
  for (const [i, entry] of feed.entry.entries()) {
    const id = must(letterIds[i], `letter ${i}`);
    expect(entry.updated).toMatch(dateTime);
    expect(entry.updated, `${file}: ${id}`).toBe(must(versions[id], `the recorded version of ${id}`).recorded);
    expect(entry.published).toMatch(dateTime);
    expect(entry.link[0]?.['@href']).toBe(entry.id);
  }
  expect(feed.updated).toBe(
    feed.entry
      .map((e) => e.updated)
      .sort()
      .at(-1),
  );
}

describe('the Atom feeds', () => {
  it('give every PDU a feed of the letters that inspected it, each entry dated by its letter’s recorded version', () => {
    const pdus = [...new Set(letters.flatMap((l) => l.pdus.map((p) => p.id)))];
    expect(pdus.length).toBeGreaterThan(0);
    for (const pdu of pdus)
      expectFeedOf(
        `pdus/${pdu}/feed.xml`,
        letters.filter((l) => l.pdus.some((p) => p.id === pdu)).map((l) => l.id),
        `/pdus/${pdu}/`,
      );
  });

  it('give every region with letters a feed of them', () => {
    for (const region of new Set(letters.map((l) => l.region)))
      expectFeedOf(
        `regions/${region}/feed.xml`,
        letters.filter((l) => l.region === region).map((l) => l.id),
        `/regions/${region}/`,
      );
  });

  it('keep the site feed of every letter, dated the same way', () => {
    expectFeedOf(
      'feed.xml',
      letters.map((l) => l.id),
      '/',
    );
  });

  it('are linked from their pages, in the head for feed readers and visibly for people', () => {
    for (const [path, name, feed] of [
      ['/pdus/wigan/', 'Wigan', '/pdus/wigan/feed.xml'],
      ['/regions/greater-manchester/', 'Greater Manchester', '/regions/greater-manchester/feed.xml'],
    ] as const) {
      const html = builtPage(path);
      const head = must(/<head>([\s\S]*?)<\/head>/.exec(html)?.[1], `the head of ${path}`);
      expect(head).toMatch(new RegExp(`<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="${feed}">`));
      expect(html).toContain(`<a href="${feed}" type="application/atom+xml">Subscribe to updates for ${name} (Atom feed)</a>`);
    }
  });

  it('offer no feed for a region with no letter, which could not be dated truly', () => {
    expect(builtPage('/regions/london/')).not.toContain('/regions/london/feed.xml');
  });
});

describe('robots.txt and the sitemap', () => {
  it('point crawlers to the sitemap at its absolute URL, once the site is published (a preview disallows them)', () => {
    // dist/ is built without PI_SITE, a preview; the published robots.txt is tried on the corpus (preview-and-publish.test.ts).
    expect(read('robots.txt')).toBe(
      siteConfig.preview ? 'User-agent: *\nDisallow: /\n' : `User-agent: *\nAllow: /\n\nSitemap: ${absolute('/sitemap-index.xml')}\n`,
    );
  });

  it('name each part of the sitemap in its index, dated by the latest of its pages', () => {
    const index = read('sitemap-index.xml');
    expect(XMLValidator.validate(index)).toBe(true);
    const parts = (
      parser.parse(index) as { sitemapindex: { sitemap: { loc: string; lastmod?: string } | { loc: string; lastmod?: string }[] } }
    ).sitemapindex.sitemap;
    const list = Array.isArray(parts) ? parts : [parts];
    expect(list.map((p) => p.loc)).toEqual([absolute('/sitemap-0.xml')]);
    const gm = must(versions['greater-manchester-2023-05'], 'the seed letter’s version').recorded;
    expect(instant(list[0]?.lastmod)).toBe(instant(gm));
  });

  it('date each page of the sitemap by the recorded versions of the letters it shows, and list no feed', () => {
    const urls = sitemapUrls();
    const recorded = new Set(Object.values(versions).map((v) => instant(v.recorded)));
    const byLoc = new Map(urls.map((u) => [u.loc, u.lastmod]));
    for (const url of urls) {
      expect(url.loc).not.toMatch(/feed\.xml$/);
      if (url.lastmod !== undefined) expect(recorded.has(instant(url.lastmod)), url.loc).toBe(true);
    }
    const gm = instant(must(versions['greater-manchester-2023-05'], 'the seed letter’s version').recorded);
    expect(instant(byLoc.get(absolute('/letters/greater-manchester-2023-05/')))).toBe(gm);
    expect(instant(byLoc.get(absolute('/pdus/wigan/')))).toBe(gm);
    expect(instant(byLoc.get(absolute('/')))).toBe(gm);
    expect(byLoc.has(absolute('/regions/london/'))).toBe(true);
    expect(byLoc.get(absolute('/regions/london/'))).toBeUndefined();
  });

  it('list exactly the route table’s pages, and the route table exactly the pages Astro built', () => {
    const model = modelOf(`${root}content/letters`);
    const routes = siteRoutes(model, {
      charts: siteCharts(model).all,
      registry: loadRegistry(`${root}content`),
      datasetFiles: datasets(model, siteConfig.site).map((d) => d.file),
      recurringGroups: recurringRecommendations(model, similarityLinks(model, reference.acronyms)).length,
    });
    expect(
      sitemapUrls()
        .map((u) => u.loc)
        .sort(),
    ).toEqual(sitemapPaths(routes).map(absolute).sort());
    const built = readdirSync(distDir, { recursive: true })
      .map((f) => String(f).split(sep).join('/'))
      .filter((f) => f.endsWith('.html'));
    const listed = routes.map((r) => outputFile(r.path)).filter((f) => f.endsWith('.html'));
    expect(built.sort()).toEqual(listed.sort());
  });
});

/** Every URL of the sitemap's one part, after checking it is well-formed. */
function sitemapUrls(): { loc: string; lastmod?: string }[] {
  const xml = read('sitemap-0.xml');
  expect(XMLValidator.validate(xml)).toBe(true);
  return (parser.parse(xml) as { urlset: { url: { loc: string; lastmod?: string }[] } }).urlset.url;
}

/** A date-time as milliseconds since 1970 (the sitemap writes milliseconds, the versions file does not), or undefined. */
function instant(dateTime: string | undefined): number | undefined {
  return dateTime === undefined ? undefined : Date.parse(dateTime);
}
