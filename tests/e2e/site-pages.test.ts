import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config';
import { must } from '../support';
import { readCsv } from './support/csv';
import { filesUnder } from './support/links';
import { distDir, sitemapText } from './support/site';

// Embed pages (a chart alone, for other sites' iframes: share-and-embed.test.ts) have no site furniture and no place in the sitemap.
const pages = filesUnder(distDir).filter((f) => f.endsWith('.html') && !f.startsWith('search-index/') && !f.startsWith('embed/'));
const read = (file: string) => readFileSync(`${distDir}/${file}`, 'utf8');
const fileOf = (url: string) => {
  const path = new URL(url).pathname;
  return path.endsWith('/') ? `${path}index.html` : path;
};

describe('every built page', () => {
  it('has a title, a description and Open Graph tags', () => {
    expect(pages.length).toBeGreaterThan(100);
    for (const page of pages) {
      const html = read(page);
      expect(html, page).toMatch(/<title>[^<]{5,}<\/title>/);
      expect(html, page).toMatch(/<meta name="description" content="[^"]{20,}"/);
      expect(html, page).toMatch(/<meta property="og:title" content="[^"]+"/);
      expect(html, page).toMatch(/<meta property="og:description" content="[^"]+"/);
      expect(html, page).toContain('lang="en-GB"');
    }
  });

  it('has a skip link, the header search box and breadcrumbs (except the home page and 404)', () => {
    for (const page of pages) {
      const html = read(page);
      expect(html, page).toContain('<a class="skip-link" href="#main">');
      expect(html, page).toMatch(/<form class="site-search" role="search" action="\/search\/" method="get">/);
      if (page !== 'index.html' && page !== '404.html') expect(html, page).toContain('aria-label="Breadcrumb"');
    }
  });
});

describe('the open data downloads', () => {
  const csv = (name: string) => readCsv(`${distDir}/data/${name}`);

  it('hold one row per PDU × standard, inspection, finding and recommendation', () => {
    expect(csv('ratings.csv')).toHaveLength(1 + 3 * 9);
    expect(csv('inspections.csv')).toHaveLength(1 + 3);
    expect(csv('findings.csv')).toHaveLength(1 + 39);
    expect(csv('recommendations.csv')).toHaveLength(1 + 28);
  });

  it('are RFC 4180 with a header row, and every row’s URL is a page of the site', () => {
    for (const name of ['ratings.csv', 'inspections.csv', 'findings.csv', 'recommendations.csv']) {
      const text = read(`data/${name}`);
      expect(text.startsWith('\ufeff')).toBe(true);
      expect(text.replace(/"[^"]*"/g, '')).not.toMatch(/[^\r]\n/);
      const [head, ...rows] = csv(name);
      const header = must(head, `the header row of ${name}`);
      expect(header.at(-1)).toBe('url');
      for (const row of rows) {
        expect(row).toHaveLength(header.length);
        const url = must(row.at(-1), `the url of a row of ${name}`);
        expect(url.startsWith(siteConfig.site)).toBe(true);
        expect(existsSync(`${distDir}${fileOf(url)}`), url).toBe(true);
      }
    }
  });

  it('say the same as the content: Manchester North’s 2.1 not rated, Tameside 7/27, recommendation text as published', () => {
    const ratings = csv('ratings.csv');
    const h = must(ratings[0], 'the header row of ratings.csv');
    const mn21 = must(
      ratings.find((r) => r[h.indexOf('pdu_id')] === 'manchester-north' && r[h.indexOf('standard')] === '2.1'),
      'Manchester North’s 2.1 in ratings.csv',
    );
    expect(mn21[h.indexOf('rating')]).toBe('');
    expect(mn21[h.indexOf('rating_label')]).toBe('Not rated');
    const inspections = csv('inspections.csv');
    const ih = must(inspections[0], 'the header row of inspections.csv');
    expect(
      must(
        inspections.find((r) => r[ih.indexOf('pdu_id')] === 'tameside'),
        'Tameside in inspections.csv',
      ).slice(ih.indexOf('score_points'), ih.indexOf('score_max') + 1),
    ).toEqual(['7', '27']);
    const recs = csv('recommendations.csv');
    const rh = must(recs[0], 'the header row of recommendations.csv');
    expect(
      must(
        recs.find((r) => r[0] === 'greater-manchester-2023-05-tameside-8'),
        'Tameside 8 in recommendations.csv',
      )[rh.indexOf('text')],
    ).toBe('reduce waiting times for accredited programmes, particularly Building Better Relationships.');
  });

  it('include letters.json with a schema version, a content hash and every letter', () => {
    const json = JSON.parse(read('data/letters.json'));
    expect(json.schemaVersion).toBe(2);
    expect(json.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(json.letters.map((l: { id: string }) => l.id)).toEqual(['greater-manchester-2023-05']);
    expect(json.letters[0].recommendations).toHaveLength(28);
  });

  it('are documented column by column on /data/', () => {
    const html = read('data/index.html');
    for (const column of [
      'letter_id',
      'pdu_id',
      'standard',
      'rating_label',
      'score_points',
      'overall',
      'section',
      'addressee',
      'finding_id',
      'recommendation_id',
      'domain',
      'url',
    ]) {
      expect(html).toContain(`<code>${column}</code>`);
    }
  });
});

describe('site furniture', () => {
  it('has an Atom feed of letters', () => {
    const feed = read('feed.xml');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(feed).toContain(`<id>${siteConfig.site}/letters/greater-manchester-2023-05/</id>`);
    expect(feed).toContain('<published>2023-05-25T00:00:00Z</published>');
    // Updated: when the letter's current content was recorded (content/letter-versions.json), never the build's clock.
    const recorded = JSON.parse(readFileSync('content/letter-versions.json', 'utf8'))['greater-manchester-2023-05'].recorded;
    expect(feed).toContain(`<updated>${recorded}</updated>`);
  });

  it('has a sitemap listing every page, each of which exists', () => {
    const urls = [...sitemapText().matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => must(m[1], 'a sitemap URL'));
    expect(urls.length).toBe(pages.length - 1);
    for (const url of urls) expect(existsSync(`${distDir}${fileOf(url)}`), url).toBe(true);
  });

  it('has a 404 page', () => {
    expect(read('404.html')).toContain('Page not found');
  });
});
