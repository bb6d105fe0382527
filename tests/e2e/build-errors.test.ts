import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validLetter } from '../fixtures/letters/catalogue';
import { buildSite, scratchContent } from './support/build';
import { root } from './support/site';

// The content check itself is tested in-process (tests/unit/lib/content-check.test.ts, letter-file.test.ts);
// these few real builds show that the build runs it, stops readably, and never publishes a partial site.
const fixture = (name: string) => `${root}tests/fixtures/letters/${name}`;
const stackTrace = /^\s+at .*:\d+:\d+\)?$/m;
const lettersIn = (output: string) => output.split('\n').filter((l) => l.includes('.mdx'));

describe('building the site from content', () => {
  it('builds a page for a valid letter, saved by a Windows editor with a byte-order mark and CRLF line ends', () => {
    const content = scratchContent({});
    writeFileSync(
      `${content}/letters/synthetic-north-east-2024-01.mdx`,
      `\ufeff${readFileSync(fixture(validLetter), 'utf8').replace(/\n/g, '\r\n')}`,
    );
    const build = buildSite(content);
    expect(build.status, build.output).toBe(0);
    expect(readFileSync(`${build.outDir}/letters/synthetic-north-east-2024-01/index.html`, 'utf8')).toContain(
      'Invented staffing narrative.',
    );
  });

  it('stops on an invalid letter with one line naming file, line, field and problem, and no stack trace', () => {
    const build = buildSite(scratchContent({ 'invalid-score-mismatch.mdx': fixture('invalid-score-mismatch.mdx') }));
    expect(build.status).toBe(1);
    expect(lettersIn(build.output)).toEqual([
      expect.stringMatching(/invalid-score-mismatch\.mdx:\d+: pdus\[0\]\.score\.points: stated score 6 does not equal 5/),
    ]);
    expect(build.output).not.toMatch(stackTrace);
  });

  it('refuses a body expression that would stop Astro early, before anything runs, and leaves the previous site intact', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'pi-dist-'));
    const good = buildSite(scratchContent({ 'synthetic-north-east-2024-01.mdx': fixture(validLetter) }), {}, outDir);
    expect(good.status, good.output).toBe(0);
    const before = readFileSync(join(outDir, 'index.html'), 'utf8');
    const content = scratchContent({});
    writeFileSync(
      `${content}/letters/synthetic-north-east-2024-01.mdx`,
      readFileSync(fixture(validLetter), 'utf8').replace('Invented staffing narrative.', 'Invented staffing narrative. {process.exit(0)}'),
    );
    const bad = buildSite(content, {}, outDir);
    expect(bad.status).toBe(1);
    expect(lettersIn(bad.output)).toEqual([
      expect.stringMatching(/synthetic-north-east-2024-01\.mdx:\d+: an expression \{…\} \(JavaScript\) is not allowed in a letter body/),
    ]);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe(before);
    expect(existsSync(`${outDir}.building`)).toBe(false);
  });

  it('does not publish a build that stopped early with exit 0, and lists what is missing', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'pi-dist-'));
    const good = buildSite(scratchContent({ 'synthetic-north-east-2024-01.mdx': fixture(validLetter) }), {}, outDir);
    expect(good.status, good.output).toBe(0);
    const before = readFileSync(join(outDir, 'index.html'), 'utf8');
    const early = buildSite(
      scratchContent({ 'synthetic-north-east-2024-01.mdx': fixture(validLetter) }),
      { PI_ASTRO_BIN: join(root, 'tests/e2e/support/astro-stops-early.mjs') },
      outDir,
    );
    expect(early.status).toBe(1);
    expect(early.output).toMatch(
      /The build is incomplete: 2 of 4 expected files are missing, so it was not published; the previous site in .* is unchanged/,
    );
    expect(early.output).toMatch(/missing: letters\/x-2024-01\/index\.html/);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe(before);
    expect(existsSync(`${outDir}.building`)).toBe(false);
  });

  it('stops when two letters use the same finding id, naming both files', () => {
    const content = scratchContent({ 'synthetic-north-east-2024-01.mdx': fixture(validLetter) });
    const copy = readFileSync(fixture(validLetter), 'utf8').replace(
      'id: "synthetic-north-east-2024-01"',
      'id: "synthetic-north-east-2024-02"',
    );
    writeFileSync(`${content}/letters/synthetic-north-east-2024-02.mdx`, copy);
    const build = buildSite(content);
    expect(build.status).toBe(1);
    expect(build.output).toMatch(
      /synthetic-north-east-2024-02\.mdx: id: "synthetic-north-east-2024-01-staff-strength-1" is already used by .*synthetic-north-east-2024-01\.mdx; ids must be unique across the site/,
    );
    expect(build.output).not.toMatch(stackTrace);
  });
});
