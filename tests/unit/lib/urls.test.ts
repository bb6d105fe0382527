import { describe, expect, it } from 'vitest';
import { href, paths, permalink, ratingsAnchor } from '../../../src/lib/urls';

describe('site paths', () => {
  it('filter the recommendations explorer in the order given, leaving out empty filters', () => {
    expect(paths.recommendations()).toBe('/recommendations/');
    expect(paths.recommendations({ region: 'greater-manchester', addressee: 'region' })).toBe(
      '/recommendations/?region=greater-manchester&addressee=region',
    );
    expect(paths.recommendations({ domain: '2-2-assessment', year: '' })).toBe('/recommendations/?domain=2-2-assessment');
  });

  it('encode a search’s filters as the search page reads them', () => {
    expect(paths.search()).toBe('/search/');
    expect(paths.search({ domain: '2.1 Court work', kind: 'Key strength' })).toBe('/search/?domain=2.1+Court+work&kind=Key+strength');
  });

  it('name every comparison, download and chart CSV', () => {
    expect(paths.compare()).toBe('/compare/');
    expect(paths.compare('?pdus=a,b')).toBe('/compare/?pdus=a,b');
    expect(paths.compareRegion('greater-manchester')).toBe('/compare/greater-manchester/');
    expect(paths.dataFile('ratings.csv')).toBe('/data/ratings.csv');
    expect(paths.chartData('latest-scores')).toBe('/data/charts/latest-scores.csv');
    expect([paths.feed(), paths.sitemap(), paths.notFound(), paths.headers(), paths.favicon()]).toEqual([
      '/feed.xml',
      '/sitemap-index.xml',
      '/404.html',
      '/_headers',
      '/favicon.svg',
    ]);
  });

  it('point at a PDU’s ratings table in its letter by the anchor the table carries', () => {
    expect(ratingsAnchor('tameside')).toBe('ratings-tameside');
    expect(paths.ratingsInLetter('greater-manchester-2023-05', 'tameside')).toBe('/letters/greater-manchester-2023-05/#ratings-tameside');
  });

  it('apply the base path and the site address', () => {
    expect(href(paths.pdu('wigan'))).toBe('/pdus/wigan/');
    expect(permalink(paths.pdu('wigan'), 'https://example.org')).toBe('https://example.org/pdus/wigan/');
  });
});
