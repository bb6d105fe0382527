import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexFiles, packFile, writeIndex, writePendingFragment } from '../../../src/integrations/search-index-files';
import { SearchIndexBuilder } from '../../../src/lib/search/index-writer';
import { readPage } from '../../../src/lib/search/page-html';
import { must } from '../../../src/lib/must';
import { pageHtml } from '../lib/search/helpers';

const scratch = mkdtempSync(join(tmpdir(), 'search-index-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file under a folder, by path under it. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1));

describe('the search index’s files', () => {
  it('completes the index where each fragment was written as its page came, as indexFiles gives it, with no provisional file left', () => {
    const dir = join(scratch, 'search-index');
    const builder = new SearchIndexBuilder({ pack: packFile });
    for (let i = 0; i < 12; i++) {
      const url = `findings/f${i}/`;
      const date = `202${i % 4}-0${(i % 9) + 1}-01`;
      const html = pageHtml({ url, date, kind: 'Key strength', filters: { year: [`202${i % 4}`] }, heading: `F ${i}`, text: `Risk ${i}` });
      const added = must(builder.add(url, must(readPage(html), url)), url);
      writePendingFragment(dir, added.page, added.fragment);
    }
    const index = builder.finish();
    const expected = indexFiles(index);
    expect(writeIndex(dir, index)).toBe(expected.size);
    expect(filesUnder(dir).sort()).toEqual([...expected.keys()].sort());
    for (const [path, bytes] of expected) expect(readFileSync(join(dir, path)).equals(bytes), path).toBe(true);
  });
});
