import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadReference } from '../../../../src/lib/model/reference';
import { reference, root, seedFile, seedText } from '../../../support';

const scratch = mkdtempSync(join(tmpdir(), 'acronyms-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the reference folder with acronyms.json replaced by `text`. */
function referenceWith(text: string): string {
  const dir = mkdtempSync(join(scratch, 'reference-'));
  cpSync(`${root}content/reference`, dir, { recursive: true });
  writeFileSync(join(dir, 'acronyms.json'), text);
  return dir;
}

/** Text folded for comparing a quotation with the seed: letter case, line breaks and runs of spaces aside. */
const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');

describe('the acronym list (content/reference/acronyms.json)', () => {
  it('loads with the reference data, each abbreviation once', () => {
    const shorts = reference.acronyms.map((a) => a.short);
    expect(shorts).toContain('BBR');
    expect(new Set(shorts).size).toBe(shorts.length);
  });

  it('gives for each expansion taken from the seed the lines where the seed spells it out, with its abbreviation', () => {
    const lines = seedText.split('\n');
    const fromSeed = reference.acronyms.filter((a) => a.source.startsWith(seedFile));
    expect(fromSeed.length).toBeGreaterThan(15);
    for (const a of fromSeed) {
      const [, first, last] = /line (\d+)(?:–(\d+))?/.exec(a.source) ?? [];
      const quoted = lines.slice(Number(first) - 1, Number(last ?? first)).join(' ');
      expect(fold(quoted), a.short).toContain(fold(`${a.expansion}`).slice(0, -1));
      expect(quoted, a.short).toMatch(new RegExp(`\\(${a.short}s?\\)`));
    }
  });

  it('names a published source for every other expansion', () => {
    for (const a of reference.acronyms.filter((x) => !x.source.startsWith(seedFile))) expect(a.source, a.short).toMatch(/https:\/\//);
  });

  it('stops the build with the file and field when an entry is malformed', () => {
    const dir = referenceWith(JSON.stringify([{ short: 'BBR', expansion: 'Building Better Relationships' }]));
    expect(() => loadReference(dir)).toThrow(/acronyms\.json.*\[0\]\.source/);
  });

  it('stops the build when an abbreviation is listed twice', () => {
    const entry = { short: 'BBR', expansion: 'Building Better Relationships', source: 'the seed letter, line 108' };
    const dir = referenceWith(JSON.stringify([entry, { ...entry, short: 'bbr', expansion: 'Better Building Relationships' }]));
    expect(() => loadReference(dir)).toThrow(/acronyms\.json: the abbreviation "bbr" is listed twice/);
  });
});
