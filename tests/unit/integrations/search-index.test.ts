import { describe, expect, it } from 'vitest';
import { pageBatch } from '../../../src/integrations/search-index';

describe('the batches of pages handed to the indexing thread', () => {
  it('carry 64 pages at a time, then what is left when flushed, each page once and in order', () => {
    const sent: string[][] = [];
    const batch = pageBatch((pages) => sent.push(pages.map((p) => p.file)));
    const files = Array.from({ length: 150 }, (_, i) => `findings/${i}/index.html`);
    for (const file of files) batch.add(file, new Uint8Array(100));
    expect(sent.map((b) => b.length)).toEqual([64, 64]);
    batch.flush();
    batch.flush();
    expect(sent.map((b) => b.length)).toEqual([64, 64, 22]);
    expect(sent.flat()).toEqual(files);
  });

  it('go as soon as they hold a megabyte, so a run of long letters is not held back', () => {
    const sent: number[] = [];
    const batch = pageBatch((pages) => sent.push(pages.length));
    for (let i = 0; i < 5; i++) batch.add(`letters/${i}/index.html`, new Uint8Array(400 * 1024));
    expect(sent).toEqual([3]);
  });
});
