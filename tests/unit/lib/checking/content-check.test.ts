import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentDir, formatProblem } from '../../../../src/lib/checking/content-check';
import { contentDirWith as sharedContentDir } from './content-dir';
import { acceptedCases, hostileCases, seedEntry, type AcceptedCase } from '../../../fixtures/entries/catalogue';
import { must } from '../../../support';

const content = fileURLToPath(new URL('../../../../content/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'content-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const contentDirWith = (name: string, files: Record<string, string | Buffer>) => sharedContentDir(scratch, name, files);

/** Every file under `dir` with its size and modification time, to see that the check writes nothing. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((path) => {
      const s = statSync(join(dir, path));
      return `${path} ${s.size} ${s.mtimeMs}`;
    });
}

/** A line a stack trace would add: "    at fn (file.ts:1:2)", "node:internal/…", "file.js:10:5". */
const stackLine = /^\s*at\s|\bat\s+\S+\s+\(|node:internal|\.(?:[cm]?[jt]s|tsx?):\d+:\d+/m;

/** The alias bombs must be refused before anything expands them. */
const bombBudgetMs = 1000;

describe('the catalogue of hostile entries', () => {
  it('holds at least 30 hostile cases, each with a unique name', () => {
    expect(hostileCases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(hostileCases.map((c) => c.name)).size).toBe(hostileCases.length);
    expect(new Set(acceptedCases.map((c) => c.name)).size).toBe(acceptedCases.length);
  });

  it('changes the seed entry in every hostile case and names a file the case places', () => {
    for (const c of hostileCases) {
      const files = c.files(seedEntry);
      expect(Object.keys(files), c.name).toContain(c.expect.file);
      expect(
        Object.entries(files).some(([path, text]) => path !== 'greater-manchester-2023-05.mdx' || text.toString() !== seedEntry),
        c.name,
      ).toBe(true);
      expect(c.expect.line, c.name).toBeGreaterThanOrEqual(1);
      expect(c.expect.mentions.length, c.name).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('the content check on hostile entries', () => {
  for (const c of hostileCases) {
    it(`refuses ${c.name} with exactly one problem at its .mdx line`, () => {
      const dir = contentDirWith(c.name, c.files(seedEntry));
      const before = snapshot(dir);
      const started = performance.now();
      const { problems } = checkContentDir(dir, { root: dir });
      const elapsed = performance.now() - started;
      const lines = problems.map(formatProblem);

      expect(lines, c.why).toHaveLength(1);
      const problem = must(problems[0], 'the one problem');
      const line = must(lines[0], 'the one problem’s line');
      expect({ file: problem.file, line: problem.line }).toEqual({ file: `letters/${c.expect.file}`, line: c.expect.line });
      expect(line.startsWith(`letters/${c.expect.file}:${c.expect.line}: `), line).toBe(true);
      for (const mention of c.expect.mentions) expect(line).toMatch(mention);
      expect(line).not.toContain('\n');
      expect(line).not.toMatch(stackLine);
      expect(snapshot(dir), 'the check writes nothing').toEqual(before);
      if (/alias bomb/.test(c.name)) expect(elapsed).toBeLessThan(bombBudgetMs);
    });
  }
});

describe('the content check on unusual but valid entries', () => {
  const accepts = (c: AcceptedCase) => {
    const dir = contentDirWith(`accepted ${c.name}`, c.files(seedEntry));
    const { problems } = checkContentDir(dir, { root: dir });
    expect(problems.map(formatProblem), c.why).toEqual([]);
  };
  for (const c of acceptedCases) it(`accepts ${c.name} without a problem`, () => accepts(c));

  it('tries the byte-order mark case with a file that really starts with one', () => {
    const bom = must(
      acceptedCases.find((c) => c.name === 'a byte-order mark at the start'),
      'the byte-order mark case',
    );
    const bytes = Object.values(bom.files(seedEntry))[0] as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(readFileSync(join(content, 'letters', 'greater-manchester-2023-05.mdx'), 'utf8')).toBe(seedEntry);
  });
});
