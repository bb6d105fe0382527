import { afterEach, describe, expect, it } from 'vitest';
import { indexedFile, searchSink, setSearchSink } from '../../../../src/lib/publishing/search-sink';

describe('the pages the build hands to the search index', () => {
  afterEach(() => setSearchSink(undefined));

  it('are the letter, finding, recommendation and PDU pages, named by their output file', () => {
    expect(indexedFile('/letters/greater-manchester-2023-05/', '/')).toBe('letters/greater-manchester-2023-05/index.html');
    expect(indexedFile('/findings/greater-manchester-2023-05-staff-improvement-2/', '/')).toBe(
      'findings/greater-manchester-2023-05-staff-improvement-2/index.html',
    );
    expect(indexedFile('/recommendations/greater-manchester-2023-05-tameside-8/', '/')).toBe(
      'recommendations/greater-manchester-2023-05-tameside-8/index.html',
    );
    expect(indexedFile('/pdus/wigan/', '/')).toBe('pdus/wigan/index.html');
  });

  it('leave out list pages, other page types and files', () => {
    for (const path of [
      '/',
      '/letters/',
      '/findings/',
      '/regions/wales/',
      '/domains/2-2-assessment/',
      '/search/',
      '/feed.xml',
      '/pdus/wigan/x/',
    ])
      expect(indexedFile(path, '/'), path).toBeUndefined();
  });

  it('read paths under a base path, and nothing outside it', () => {
    expect(indexedFile('/inspections/pdus/wigan/', '/inspections/')).toBe('pdus/wigan/index.html');
    expect(indexedFile('/inspections/pdus/wigan/', '/inspections')).toBe('pdus/wigan/index.html');
    expect(indexedFile('/pdus/wigan/', '/inspections/')).toBeUndefined();
  });

  it('go nowhere until the build opens a sink, and to the open sink after', () => {
    expect(searchSink()).toBeUndefined();
    const added: string[] = [];
    setSearchSink({ add: (file) => added.push(file) });
    searchSink()?.add('pdus/wigan/index.html', new TextEncoder().encode('<html></html>'));
    expect(added).toEqual(['pdus/wigan/index.html']);
    setSearchSink(undefined);
    expect(searchSink()).toBeUndefined();
  });
});
