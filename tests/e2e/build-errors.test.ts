import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validLetter } from '../fixtures/letters/catalogue';
import { buildSite, scratchContent } from './support/build';
import { root } from './support/site';

const fixture = (name: string) => `${root}tests/fixtures/letters/${name}`;

describe('building the site from content', () => {
  it('builds a page for a valid synthetic letter', () => {
    const build = buildSite(scratchContent({ 'synthetic-north-east-2024-01.mdx': fixture(validLetter) }));
    expect(build.status, build.output).toBe(0);
    expect(existsSync(`${build.outDir}/letters/synthetic-north-east-2024-01/index.html`)).toBe(true);
  });

  it('stops on a letter whose stated score is not the sum of its ratings, naming the file and field', () => {
    const build = buildSite(scratchContent({ 'invalid-score-mismatch.mdx': fixture('invalid-score-mismatch.mdx') }));
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('invalid-score-mismatch');
    expect(build.output).toContain("pdus.0.score.points: stated score 6 does not equal 5, the sum of Northtown's rating points");
  });

  it('stops when two letters use the same finding id, naming both files', () => {
    const content = scratchContent({ 'synthetic-north-east-2024-01.mdx': fixture(validLetter) });
    const copy = readFileSync(fixture(validLetter), 'utf8').replace('id: "synthetic-north-east-2024-01"', 'id: "synthetic-north-east-2024-02"');
    writeFileSync(`${content}/letters/synthetic-north-east-2024-02.mdx`, copy);
    const build = buildSite(content);
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/synthetic-north-east-2024-0[12]\.mdx: id: "synthetic-north-east-2024-01-staff-strength-1" is already used by .*synthetic-north-east-2024-0[12]\.mdx; ids must be unique across the site/);
  });

  it('stops when a letter file is not named after its id', () => {
    const build = buildSite(scratchContent({ 'wrong-name.mdx': fixture(validLetter) }));
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/wrong-name\.mdx: id: "synthetic-north-east-2024-01" does not match the file name; the file must be named synthetic-north-east-2024-01\.mdx/);
  });
});
