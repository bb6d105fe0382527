import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ByteReader, ByteWriter } from '../../../../src/lib/search/bytes';
import {
  chunksFor,
  decodeChunk,
  decodeDocFacets,
  encodeChunk,
  readVersion,
  withVersion,
  encodeDocFacets,
  type DocFacets,
} from '../../../../src/lib/search/index-format';
import { facetOrder } from '../../../../src/lib/search/facet-keys';

describe('the search index’s bytes', () => {
  it('reads back every integer and string it writes', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(), fc.maxSafeNat(), fc.string())), (values) => {
        const out = new ByteWriter();
        for (const v of values) {
          if (typeof v === 'number') out.uint(v);
          else out.string(v);
        }
        const input = new ByteReader(out.done());
        expect(values.map((v) => (typeof v === 'number' ? input.uint() : input.string()))).toEqual(values);
        expect(input.ended).toBe(true);
      }),
    );
  });

  it('refuses to read past the end of a file', () => {
    expect(() => new ByteReader(new Uint8Array([0x80])).uint()).toThrow(/ends too soon/);
  });

  it('reads back each document’s facet values, in runs', () => {
    const docs = 6;
    const facets = Object.fromEntries(
      facetOrder.map(({ key }, i) => [key, { sets: [[], [0], [0, 2 + i]], ofDoc: Uint32Array.from([1, 1, 1, 2, 0, 2]) }]),
    ) as DocFacets;
    const back = decodeDocFacets(encodeDocFacets(docs, facets));
    expect(back.docs).toBe(docs);
    for (const { key } of facetOrder) {
      expect(back.facets[key].sets).toEqual(facets[key].sets);
      expect([...back.facets[key].ofDoc]).toEqual([...facets[key].ofDoc]);
    }
  });

  it('reads back the version leading a file, and the bytes after it', () => {
    const { version, rest } = readVersion(withVersion('0a1b2c3d4e5f6789', Uint8Array.from([1, 2, 3])));
    expect(version).toBe('0a1b2c3d4e5f6789');
    expect([...rest]).toEqual([1, 2, 3]);
  });

  it('reads back a word chunk’s terms, documents and weights', () => {
    const postings = [
      { term: 'victim', docs: Uint32Array.from([0, 3, 300, 70000]), weights: Uint8Array.from([1, 255, 128, 7]) },
      { term: 'victimis', docs: Uint32Array.from([5]), weights: Uint8Array.from([9]) },
      { term: 'wait', docs: Uint32Array.from([1, 2]), weights: Uint8Array.from([3, 4]) },
    ];
    expect(decodeChunk(encodeChunk(postings))).toEqual(postings);
  });

  it('names the chunks a term falls in, and every chunk a prefix may reach', () => {
    const chunks = ['a', 'risk', 'vict', 'victim', 'wait'];
    expect(chunksFor(chunks, 'risk', false)).toEqual([1]);
    expect(chunksFor(chunks, 'staff', false)).toEqual([1]);
    expect(chunksFor(chunks, 'vic', true)).toEqual([1, 2, 3]);
    expect(chunksFor(chunks, 'victim', true)).toEqual([3]);
    expect(chunksFor(chunks, '0', false)).toEqual([0]);
  });
});
