import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { searchDocuments } from '../../src/lib/search/documents';
import { facetOrder } from '../../src/lib/search/facet-keys';
import { indexFiles, packFile } from '../../src/lib/search/index-files';
import { decodeDocFacets, readVersion, type Fragment, type Manifest } from '../../src/lib/search/index-format';
import { SearchIndexBuilder } from '../../src/lib/search/index-writer';
import { modelOf, must, narrativesIn, reference } from '../support';
import { filesUnder } from './support/links';
import { distDir } from './support/site';

/*
 * The search index of the seed's build (dist/, made from content/), read back as the browser reads it and checked
 * against the documents the site model gives (src/lib/search/documents.ts), never against the built pages.
 */

const indexDir = `${distDir}/search-index`;
const read = (file: string) => gunzipSync(readFileSync(`${indexDir}/${file}`));

/** The documents search covers in the seed's build. */
const documents = searchDocuments(modelOf(), { narratives: narrativesIn(), places: reference.places });

describe('the search index of the seed’s build', () => {
  it('holds exactly the documents of the site model, newest first, each with its page, result and facets', () => {
    const manifest = JSON.parse(read('manifest.json.gz').toString('utf8')) as Manifest;
    const { version, rest } = readVersion(read('docs.bin.gz'));
    expect(version).toBe(manifest.version);
    const { docs, facets } = decodeDocFacets(rest);
    expect(docs).toBe(documents.length);
    expect(manifest.docs).toBe(documents.length);
    expect(manifest.acronyms).toEqual(reference.acronyms.map((a) => ({ short: a.short, expansion: a.expansion })));
    const byUrl = new Map(documents.map((d) => [d.url, d]));
    const seen: string[] = [];
    let previousDate = '9999-12-31';
    for (let doc = 0; doc < docs; doc++) {
      const fragment = JSON.parse(read(`fragments/${doc}.json.gz`).toString('utf8')) as Fragment;
      const document = must(byUrl.get(fragment.url), `the document of ${fragment.url}`);
      seen.push(fragment.url);
      expect(existsSync(`${distDir}/${fragment.url}index.html`), `${fragment.url} is a built page`).toBe(true);
      expect(document.date <= previousDate, `${fragment.url} comes after a document no older`).toBe(true);
      previousDate = document.date;
      expect(fragment).toEqual({
        url: document.url,
        title: document.title,
        kind: document.kind,
        breadcrumb: document.breadcrumb,
        date: document.shownDate,
        paragraphs: document.paragraphs,
      });
      for (const { key } of facetOrder) {
        const set = facets[key].sets[facets[key].ofDoc[doc] ?? 0] ?? [];
        expect(set.map((v) => manifest.facets[key][v] ?? '').sort(), `${fragment.url} ${key}`).toEqual(
          [...new Set(document.facets[key] ?? [])].sort(),
        );
      }
    }
    expect(seen.sort()).toEqual([...byUrl.keys()].sort());
  });

  it('is the same byte for byte when made again from the same documents, in another order', () => {
    const builder = new SearchIndexBuilder({ acronyms: reference.acronyms, pack: packFile });
    for (const document of [...documents].reverse()) builder.add(document);
    const again = indexFiles(builder.finish());
    expect([...again.keys()].sort()).toEqual(filesUnder(indexDir).sort());
    for (const [path, bytes] of again) expect(Buffer.from(bytes).equals(readFileSync(`${indexDir}/${path}`)), path).toBe(true);
  });
});
