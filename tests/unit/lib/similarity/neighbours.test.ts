import { describe, expect, it } from 'vitest';
import { linkedGroups, nearestNeighbours, type TermDocument } from '../../../../src/lib/similarity/neighbours';

const doc = (text: string, group: string): TermDocument => ({ terms: text.split(' '), group });
const options = { threshold: 0.2, limit: 5, postingCap: 128, visitBudget: 4096 };

describe('nearest neighbours through the inverted index', () => {
  it('scores identical texts of different groups 1 and never pairs a text with its own group', () => {
    const found = nearestNeighbours([doc('waiting list bbr', 'a'), doc('waiting list bbr', 'a'), doc('waiting list bbr', 'b')], options);
    expect(found[0]).toEqual([{ index: 2, score: 1 }]);
    expect(found[1]).toEqual([{ index: 2, score: 1 }]);
    expect(found[2]?.map((n) => n.index)).toEqual([0, 1]);
  });

  it('pairs nothing that shares no term, nor anything under the threshold', () => {
    const found = nearestNeighbours([doc('waiting list bbr', 'a'), doc('complaint process', 'b'), doc('bbr x y z w v u t', 'c')], options);
    expect(found[0]).toEqual([]);
    expect(found[1]).toEqual([]);
  });

  it('lists at most the limit, most similar first, equal scores in document order', () => {
    const docs = [doc('a b c d', 'q'), ...Array.from({ length: 6 }, (_, k) => doc('a b c d', `g${k}`)), doc('a b c x', 'h')];
    const found = nearestNeighbours(docs, options)[0] ?? [];
    expect(found.map((n) => n.index)).toEqual([1, 2, 3, 4, 5]);
    const nearlyFirst = nearestNeighbours([doc('a b c d', 'q'), doc('a b c x', 'h'), doc('a b c d', 'g')], options)[0] ?? [];
    expect(nearlyFirst.map((n) => n.index)).toEqual([2, 1]);
    expect(nearlyFirst[0]?.score).toBeGreaterThan(nearlyFirst[1]?.score ?? 1);
  });

  it('visits at most the posting cap of documents through a term shared by more', () => {
    const docs = Array.from({ length: 10 }, (_, k) => doc('common', `g${k}`));
    expect(nearestNeighbours(docs, { ...options, postingCap: 3 })[9]?.map((n) => n.index)).toEqual([0, 1, 2]);
  });

  it('spends its visits on a document’s rarest terms first, and scores the candidates found exactly', () => {
    // "rare" is shared with document 1 only; "common" with all; a budget of 3 visits reaches document 1 through "rare" (itself is the other visit)
    // and then one document through "common", and document 1's score counts "common" too.
    const docs = [doc('rare common', 'a'), doc('rare common', 'b'), ...Array.from({ length: 5 }, (_, k) => doc('common', `c${k}`))];
    const found = nearestNeighbours(docs, { ...options, threshold: 0, visitBudget: 3 })[0] ?? [];
    expect(found.map((n) => n.index)).toEqual([1, 2]);
    expect(found[0]?.score).toBeCloseTo(1, 12);
  });
});

describe('groups of linked documents', () => {
  it('joins documents linked directly or through one another, largest group first, leaving the unlinked out', () => {
    const link = (...indices: number[]) => indices.map((index) => ({ index, score: 0.5 }));
    expect(linkedGroups([link(1), link(0), link(), link(4), link(5), link()])).toEqual([
      [3, 4, 5],
      [0, 1],
    ]);
  });
});
