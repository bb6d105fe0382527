import { readFileSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchableHtml, withSearchTerms } from '../../src/lib/publishing/search-terms';
import { indexedFile } from '../../src/lib/publishing/search-sink';
import { reference } from '../support';
import { backgroundResult } from './support/background';
import { filesUnder } from './support/links';
import { distDir } from './support/site';

/** Every file of a Pagefind index made of a site's indexed pages, each given to Pagefind as `prepare` makes it. */
async function indexFiles(site: string, prepare: (html: string) => string): Promise<Map<string, string>> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(errors.join('; '));
  const pages = filesUnder(site).filter((f) => f.endsWith('/index.html') && indexedFile(`/${f.replace(/index\.html$/, '')}`, '/'));
  for (const file of pages) {
    const added = await index.addHTMLFile({ sourcePath: file, content: prepare(readFileSync(`${site}/${file}`, 'utf8')) });
    if (added.errors.length) throw new Error(added.errors.join('; '));
  }
  const { files } = await index.getFiles();
  await index.deleteIndex();
  return new Map(files.map((f) => [f.path, Buffer.from(f.content).toString('base64')]));
}

let corpus: string;
beforeAll(async () => {
  ({ dir: corpus } = await backgroundResult('corpus'));
});
afterAll(() => pagefind.close());

describe('what the build hands the search index', () => {
  it('gives the same index, file for file and byte for byte, as the whole pages would, for the seed and the corpus with hostile text', async () => {
    for (const site of [distDir, corpus]) {
      const whole = await indexFiles(site, (html) => withSearchTerms(html, reference.acronyms));
      const cut = await indexFiles(site, (html) => searchableHtml(html, reference.acronyms));
      expect(whole.size).toBeGreaterThan(20);
      expect([...cut.keys()].sort()).toEqual([...whole.keys()].sort());
      for (const [path, bytes] of whole) expect(cut.get(path), path).toBe(bytes);
    }
  });

  it('hands over a quarter or less of each finding and recommendation page', () => {
    for (const file of filesUnder(distDir).filter((f) => /^(findings|recommendations)\/[^/]+\/index\.html$/.test(f))) {
      const html = readFileSync(`${distDir}/${file}`, 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      expect(searchableHtml(html, reference.acronyms).length, file).toBeLessThan(html.length / 4);
    }
  });
});
