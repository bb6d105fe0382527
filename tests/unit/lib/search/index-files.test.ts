import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyNarrative } from '../../../../src/lib/checking/checked-narratives';
import { splitEntry } from '../../../../src/lib/checking/letter-file';
import { searchDocuments } from '../../../../src/lib/search/documents';
import { indexFiles, indexVersion, packFile, writeIndex, writeSiteIndex } from '../../../../src/lib/search/index-files';
import { decodeDocFacets, readVersion, type Fragment, type Manifest } from '../../../../src/lib/search/index-format';
import { SearchIndexBuilder } from '../../../../src/lib/search/index-writer';
import { buildSiteModel } from '../../../../src/lib/model/site-model';
import { seedEntry } from '../../../fixtures/entries/catalogue';
import { modelOf, must, reference } from '../../../support';
import { testDoc } from './helpers';

const scratch = mkdtempSync(join(tmpdir(), 'search-index-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let folders = 0;
/** A new folder's path in the scratch folder, not yet made. */
const newDir = () => join(scratch, `search-index-${folders++}`);

/** Every file under a folder, by path under it. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1));

/** The index of twelve documents, its fragments packed as they arrive (as the build does). */
function built(text = (i: number) => `Risk ${i}`) {
  const builder = new SearchIndexBuilder({ acronyms: [], pack: packFile });
  for (let i = 0; i < 12; i++) {
    builder.add(testDoc(i, { date: `202${i % 4}-0${(i % 9) + 1}-01`, facets: { year: [`202${i % 4}`] }, paragraphs: [text(i)] }));
  }
  return builder.finish();
}

describe('the search index’s files', () => {
  it('are written as indexFiles gives them, every one gzip, the fragments packed once', () => {
    const dir = newDir();
    const index = built();
    const expected = indexFiles(index);
    expect(writeIndex(dir, index)).toBe(expected.size);
    expect(filesUnder(dir).sort()).toEqual([...expected.keys()].sort());
    for (const [path, bytes] of expected) expect(readFileSync(join(dir, path)).equals(bytes), path).toBe(true);
    expect(filesUnder(dir).every((path) => path.endsWith('.gz'))).toBe(true);
    const fragment = JSON.parse(gunzipSync(readFileSync(join(dir, 'fragments/0.json.gz'))).toString('utf8')) as Fragment;
    expect(fragment.url, 'the newest document first').toBe('findings/f7/');
  });

  it('carry one version in the manifest and the documents’ file, which changes when any document does', () => {
    const dir = newDir();
    writeIndex(dir, built());
    const manifest = JSON.parse(gunzipSync(readFileSync(join(dir, 'manifest.json.gz'))).toString('utf8')) as Manifest;
    const { version, rest } = readVersion(gunzipSync(readFileSync(join(dir, 'docs.bin.gz'))));
    expect(version).toBe(manifest.version);
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(decodeDocFacets(rest).docs).toBe(12);
    expect(indexVersion(built())).toBe(version);
    expect(indexVersion(built((i) => (i === 5 ? 'Harm 5' : `Risk ${i}`)))).not.toBe(version);
  });

  it('are packed the same way every time, with no name or time in the gzip header', () => {
    const bytes = new TextEncoder().encode('the same bytes');
    const packed = packFile(bytes);
    expect(Buffer.from(packFile(bytes)).equals(Buffer.from(packed))).toBe(true);
    expect([...packed.subarray(4, 8)], 'no modification time').toEqual([0, 0, 0, 0]);
    expect(packed[3], 'no flags: no file name or comment').toBe(0);
    expect(new TextDecoder().decode(gunzipSync(packed))).toBe('the same bytes');
  });
});

describe('the site’s search index', () => {
  it('is made from the model’s documents and written into a folder, as many documents as searchDocuments gives', () => {
    const model = modelOf();
    const letter = must(model.letters[0], 'the seed letter');
    const split = splitEntry(seedEntry);
    if (!('body' in split)) throw new Error('the seed entry has no body');
    const narratives = new Map([[letter.letter.id, bodyNarrative(split.body, letter.letter)]]);
    const dir = newDir();
    const written = writeSiteIndex(dir, model, { narratives, places: reference.places, acronyms: reference.acronyms });
    expect(written.docs).toBe(searchDocuments(model, { narratives, places: reference.places }).length);
    expect(written.files).toBe(filesUnder(dir).length);
    const manifest = JSON.parse(gunzipSync(readFileSync(join(dir, 'manifest.json.gz'))).toString('utf8')) as Manifest;
    expect(manifest.docs).toBe(written.docs);
    expect(manifest.acronyms.map((a) => a.short)).toContain('BBR');
  });

  it('is refused when there is nothing to index', () => {
    const empty = buildSiteModel([], reference);
    expect(() => writeSiteIndex(newDir(), empty, { narratives: new Map(), places: [], acronyms: [] })).toThrow('there is nothing to index');
  });
});
