import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { invalidLetters, validLetter } from '../fixtures/letters/catalogue';
import { buildSite, scratchContent } from './support/build';
import { root } from './support/site';

const fixture = (name: string) => `${root}tests/fixtures/letters/${name}`;
const stackTrace = /^\s+at .*:\d+:\d+\)?$/m;

describe('building the site from content', () => {
  it('builds a page for a valid synthetic letter', () => {
    const build = buildSite(scratchContent({ 'synthetic-north-east-2024-01.mdx': fixture(validLetter) }));
    expect(build.status, build.output).toBe(0);
    expect(existsSync(`${build.outDir}/letters/synthetic-north-east-2024-01/index.html`)).toBe(true);
  });

  for (const bad of invalidLetters) {
    it(`stops on ${bad.file} (${bad.defect}) with one line naming file, field and problem, and no stack trace`, () => {
      const build = buildSite(scratchContent({ [bad.file]: fixture(bad.file) }));
      expect(build.status).toBe(1);
      const lines = build.output.split('\n').filter((l) => l.includes(bad.file));
      expect(lines.some((l) => bad.message.test(l)), build.output).toBe(true);
      expect(build.output).not.toMatch(stackTrace);
    });
  }

  it('stops when two letters use the same finding id, naming both files', () => {
    const content = scratchContent({ 'synthetic-north-east-2024-01.mdx': fixture(validLetter) });
    const copy = readFileSync(fixture(validLetter), 'utf8').replace('id: "synthetic-north-east-2024-01"', 'id: "synthetic-north-east-2024-02"');
    writeFileSync(`${content}/letters/synthetic-north-east-2024-02.mdx`, copy);
    const build = buildSite(content);
    expect(build.status).toBe(1);
    expect(build.output).toMatch(/synthetic-north-east-2024-02\.mdx: id: "synthetic-north-east-2024-01-staff-strength-1" is already used by .*synthetic-north-east-2024-01\.mdx; ids must be unique across the site/);
    expect(build.output).not.toMatch(stackTrace);
  });

  it('stops when a letter file is not named after its id', () => {
    const build = buildSite(scratchContent({ 'wrong-name.mdx': fixture(validLetter) }));
    expect(build.status).toBe(1);
    expect(build.output).toMatch(/wrong-name\.mdx: id: "synthetic-north-east-2024-01" does not match the file name; the file must be named synthetic-north-east-2024-01\.mdx/);
  });

  it('stops on a body component that names a section the letter does not have, with its line', () => {
    const content = scratchContent({});
    writeFileSync(`${content}/letters/synthetic-north-east-2024-01.mdx`, readFileSync(fixture(validLetter), 'utf8').replace('section={"staff"} kind={"strength"}', 'section={"stafff"} kind={"strength"}'));
    const build = buildSite(content);
    expect(build.status).toBe(1);
    expect(build.output).toMatch(/synthetic-north-east-2024-01\.mdx:\d+: <Findings section>: unknown section "stafff"; the letter's sections are staff/);
  });

  it('stops on an MDX body that cannot be read, with its line', () => {
    const content = scratchContent({});
    writeFileSync(`${content}/letters/synthetic-north-east-2024-01.mdx`, readFileSync(fixture(validLetter), 'utf8').replace('Invented staffing narrative.', 'Invented {staffing narrative.'));
    const build = buildSite(content);
    expect(build.status).toBe(1);
    expect(build.output).toMatch(/synthetic-north-east-2024-01\.mdx:\d+: the MDX body cannot be read: /);
  });

  it('leaves the previous site intact when a build fails', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'pi-dist-'));
    const good = buildSite(scratchContent({ 'synthetic-north-east-2024-01.mdx': fixture(validLetter) }), {}, outDir);
    expect(good.status, good.output).toBe(0);
    const before = readFileSync(join(outDir, 'index.html'), 'utf8');
    const bad = buildSite(scratchContent({ 'invalid-score-mismatch.mdx': fixture('invalid-score-mismatch.mdx') }), {}, outDir);
    expect(bad.status).toBe(1);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe(before);
    expect(existsSync(`${outDir}.building`)).toBe(false);
  });
});
