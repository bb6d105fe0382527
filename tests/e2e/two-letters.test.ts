import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { backgroundResult } from './support/background';
import { pageText } from './support/site';

// The seed and another Greater Manchester letter of May 2023, imported one after the other (support/background.ts).
let dir: string;
let ids: string[];
let summary: string;
beforeAll(async () => {
  ({ dir, ids, summary } = await backgroundResult('two-letters'));
});
const page = (path: string) => readFileSync(`${dir}${path}index.html`, 'utf8');

describe('two letters of one region and month, imported one after the other', () => {
  it('are two letters with ids of their own, and the import says why the second has its id', () => {
    expect(ids).toEqual(['greater-manchester-2023-05', 'greater-manchester-2023-05-03']);
    expect(summary).toContain('greater-manchester-2023-05 is another letter');
  });

  it('each have their own page, dated as their letter is', () => {
    expect(pageText(page('/letters/greater-manchester-2023-05/'))).toContain('25 May 2023');
    expect(pageText(page('/letters/greater-manchester-2023-05-03/'))).toContain('3 May 2023');
  });

  it('are each an entry of the feed, and both inspections are in each PDU’s history', () => {
    const feed = readFileSync(`${dir}/feed.xml`, 'utf8');
    for (const id of ids) expect(feed).toContain(`/letters/${id}/`);
    const tameside = page('/pdus/tameside/');
    expect(pageText(tameside)).toContain('History across inspections');
    for (const id of ids) expect(tameside).toContain(`/letters/${id}/`);
  });
});
