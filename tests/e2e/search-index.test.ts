import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { withSearchTerms } from '../../src/lib/publishing/search-terms';
import { indexedFile } from '../../src/lib/publishing/search-sink';
import { decodeDocFacets, readVersion, type Fragment, type Manifest } from '../../src/lib/search/index-format';
import { SearchIndexBuilder } from '../../src/lib/search/index-writer';
import { readPage } from '../../src/lib/search/page-html';
import { indexFiles, packFile } from '../../src/integrations/search-index-files';
import { facetOrder } from '../../src/lib/url-state/search-facet-keys';
import { reference } from '../support';
import { backgroundResult } from './support/background';
import { filesUnder } from './support/links';

let corpus: string;
beforeAll(async () => {
  ({ dir: corpus } = await backgroundResult('corpus'));
});

const read = (file: string) => gunzipSync(readFileSync(`${corpus}/search-index/${file}`));
const decodeEntities = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');

/** The built pages search covers: those of an indexed type with a part marked for search. */
const indexedPages = () =>
  filesUnder(corpus)
    .filter((f) => f.endsWith('/index.html') && indexedFile(`/${f.replace(/index\.html$/, '')}`, '/'))
    .filter((f) => readFileSync(`${corpus}/${f}`, 'utf8').includes('data-search-body'));

describe('the search index of a whole build', () => {
  it('lists exactly the pages search covers, each with the filters its page marks, newest first', () => {
    const manifest = JSON.parse(read('manifest.json.gz').toString('utf8')) as Manifest;
    const { version, rest } = readVersion(read('docs.bin.gz'));
    expect(version).toBe(manifest.version);
    const { docs, facets } = decodeDocFacets(rest);
    const pages = indexedPages();
    expect(docs).toBe(pages.length);
    expect(manifest.docs).toBe(pages.length);
    const byUrl = new Map<string, number>();
    let previousDate = '9999';
    for (let doc = 0; doc < docs; doc++) {
      const fragment = JSON.parse(read(`fragments/${doc}.json.gz`).toString('utf8')) as Fragment;
      byUrl.set(fragment.url, doc);
      const html = readFileSync(`${corpus}/${fragment.url}index.html`, 'utf8');
      const date = /data-search-sort="date">([^<]*)</.exec(html)?.[1] ?? '';
      expect(date <= previousDate, fragment.url).toBe(true);
      previousDate = date;
      for (const { key } of facetOrder) {
        const marked = [...html.matchAll(new RegExp(`data-search-filter="${key}">([^<]*)<`, 'g'))]
          .map((m) => decodeEntities(m[1] ?? ''))
          .sort();
        const set = facets[key].sets[facets[key].ofDoc[doc] ?? 0] ?? [];
        expect(set.map((v) => manifest.facets[key][v] ?? '').sort(), `${fragment.url} ${key}`).toEqual([...new Set(marked)]);
      }
    }
    expect([...byUrl.keys()].sort()).toEqual(pages.map((f) => f.replace(/index\.html$/, '')).sort());
  });

  it('is the same byte for byte when made again from the built pages, in another order', () => {
    const builder = new SearchIndexBuilder({ pack: packFile });
    for (const file of indexedPages().reverse()) {
      const page = readPage(withSearchTerms(readFileSync(`${corpus}/${file}`, 'utf8'), reference.acronyms));
      if (page) builder.add(file.replace(/index\.html$/, ''), page);
    }
    const again = indexFiles(builder.finish());
    const built = filesUnder(`${corpus}/search-index`);
    expect([...again.keys()].sort()).toEqual([...built].sort());
    for (const [path, bytes] of again) expect(Buffer.from(bytes).equals(readFileSync(`${corpus}/search-index/${path}`)), path).toBe(true);
  });
});
