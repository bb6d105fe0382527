/**
 * Issue 9, import integrity: the importer refuses rather than guesses.
 *
 * Runs every case of tests/fixtures/variants/catalogue.ts through importSeed. A variant that must import
 * gives exactly the model of the unmodified seed (only `source` and the recorded hash may differ) and the
 * same narrative body; a hostile letter is refused with a message whose first line is
 * `<file>:<line>: …` naming the expected line and saying what is wrong, with no stack trace, and every file
 * under the content folder is left byte-for-byte as it was. No case may import to a different model.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/importer/errors';
import { importSeed, type ImportResult } from '../../../src/importer/import-seed';
import type { Letter } from '../../../src/schemas/letter';
import { bytesOf, catalogue, seedPath, type Variant } from '../../fixtures/variants/catalogue';
import { writeVariant } from '../../fixtures/variants/generate';
import { must, root } from '../../support';

let work: string;
let scratchCount = 0;
/** A scratch content folder holding the committed reference data and published ids, and no letters. */
function freshContent(): string {
  const dir = join(work, `content-${++scratchCount}`);
  cpSync(join(root, 'content/reference'), join(dir, 'reference'), { recursive: true });
  cpSync(join(root, 'content/published-ids.json'), join(dir, 'published-ids.json'));
  return dir;
}

/** Every file under a folder, by relative path, with its bytes. */
function snapshot(dir: string, base = dir, into = new Map<string, Buffer>()): Map<string, Buffer> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) snapshot(path, base, into);
    else into.set(relative(base, path), readFileSync(path));
  }
  return into;
}

/** What differs between two snapshots, one line per file: "changed x", "new x", "removed x". */
function differences(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  const out: string[] = [];
  for (const [path, bytes] of after) {
    const old = before.get(path);
    if (!old) out.push(`new ${path}`);
    else if (!old.equals(bytes)) out.push(`changed ${path}`);
  }
  for (const path of before.keys()) if (!after.has(path)) out.push(`removed ${path}`);
  return out.sort();
}

/** The facts of a letter that say where it was read from; everything else must equal the seed's. */
function model(letter: Letter): Omit<Letter, 'source' | 'importedSha256'> {
  const { source: _source, importedSha256: _hash, ...rest } = letter;
  return rest;
}

/** The counts Issue 9 names, in one line each, so a wrong count reads at a glance. */
function counts(letter: Letter) {
  const n = <T>(items: readonly T[], pick: (t: T) => boolean = () => true) => items.filter(pick).length;
  return {
    findings: `${n(letter.findings)} (${n(letter.findings, (f) => f.kind === 'strength')} strengths, ${n(letter.findings, (f) => f.kind === 'improvement')} improvements)`,
    recommendations: `${n(letter.recommendations)} (${['pdu', 'region', 'hmpps'].map((a) => `${n(letter.recommendations, (r) => r.addressee === a)} ${a}`).join(', ')})`,
    sections: letter.sections.map((s) => s.id).join(', '),
    ratings: letter.pdus.reduce((sum, p) => sum + Object.keys(p.ratings).length, 0),
    scores: letter.pdus.map((p) => `${p.id} ${p.score.points}/${p.score.max}`).join(', '),
    footnotes: n(letter.footnotes),
  };
}

/**
 * An entry's narrative body, without what names the source file (the notice) and without the lead-in
 * wording of finding lists, which the importer rightly keeps as printed ("Key strengths include:").
 */
function narrative(entryPath: string): string {
  const text = readFileSync(entryPath, 'utf8');
  const body = text.slice(text.indexOf('\n---\n', 4) + 5);
  return body
    .replace(/^\{\/\* Imported from .*? by `npm run import`\..*\*\/\}$/m, '{/* notice */}')
    .replace(/ heading=\{"(?:[^"\\]|\\.)*"\}/g, ' heading={…}');
}

/** Runs the import, turning a refusal into a readable failure for a case that must import. */
function importOrExplain(variant: Variant, file: string, contentDir: string): ImportResult {
  try {
    return importSeed(file, { contentDir });
  } catch (error) {
    throw new Error(`${variant.name} must import exactly as the seed, but the importer refused it:\n${(error as Error).message}`, {
      cause: error,
    });
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let canonical: ImportResult;
let canonicalNarrative: string;
/** A content folder that holds the canonical entry of the seed, copied for each refusal. */
let withSeed: string;
let variantsDir: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'pi-variants-'));
  variantsDir = join(work, 'variants');
  mkdirSync(variantsDir);
  withSeed = freshContent();
  canonical = importSeed(seedPath, { contentDir: withSeed });
  canonicalNarrative = narrative(canonical.target);
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the variant catalogue', () => {
  it('holds at least 60 cases with unique, file-name-safe names, and at least 15 that import and 15 that are refused', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(60);
    const names = catalogue.map((v) => v.name);
    expect(
      names.filter((n, i) => names.indexOf(n) !== i),
      'names used twice',
    ).toEqual([]);
    expect(
      names.filter((n) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(n)),
      'names that are not lower-case-with-hyphens',
    ).toEqual([]);
    expect(catalogue.filter((v) => v.expect === 'imports').length).toBeGreaterThanOrEqual(15);
    expect(catalogue.filter((v) => v.expect !== 'imports').length).toBeGreaterThanOrEqual(15);
    // Each refusal is held to one line, except the named cases that really are several problems.
    expect(catalogue.filter((v) => v.expect !== 'imports' && !(v.name in severalProblems)).length).toBeGreaterThanOrEqual(60);
    expect(
      Object.keys(severalProblems).filter((n) => !catalogue.some((v) => v.name === n && v.expect !== 'imports')),
      'several-problem cases that are not refused cases of the catalogue',
    ).toEqual([]);
  });

  it('builds every case deterministically, and each differs from the seed', () => {
    const seed = readFileSync(seedPath);
    for (const variant of catalogue) {
      const bytes = bytesOf(variant);
      expect(bytes.equals(bytesOf(variant)), `${variant.name} is built the same way twice`).toBe(true);
      expect(bytes.equals(seed), `${variant.name} differs from the seed`).toBe(false);
    }
  });

  it('compares against a canonical import of the unmodified seed that has the counts Issue 9 names', () => {
    expect(counts(canonical.letter)).toEqual({
      findings: '39 (25 strengths, 14 improvements)',
      recommendations: '28 (14 pdu, 10 region, 4 hmpps)',
      sections:
        'leadership, staff, services-and-interventions, information-and-facilities, statutory-victim-work, learning-from-serious-further-offence-investigations, summary',
      ratings: 26,
      scores: 'manchester-north 10/24, tameside 7/27, wigan 7/27',
      footnotes: 2,
    });
    expect(canonical.outcome).toBe('created');
  });
});

describe('variants real files contain are read exactly as the seed', () => {
  for (const variant of catalogue.filter((v) => v.expect === 'imports')) {
    it(`imports the seed with ${variant.why} — exactly the seed's model [${variant.name}]`, () => {
      const file = writeVariant(variant, variantsDir);
      const result = importOrExplain(variant, file, freshContent());
      expect(counts(result.letter), 'the counts').toEqual(counts(canonical.letter));
      expect(model(result.letter), 'the letter model (all but source)').toEqual(model(canonical.letter));
      expect(narrative(result.target), 'the narrative body of the entry').toBe(canonicalNarrative);
    });
  }
});

/**
 * Cases whose one change really is several problems, each worth its own line (a score whose points and maximum
 * both no longer add up), or whose text is broken throughout (a letter pasted twice). Every other refusal is one line.
 */
const severalProblems: Record<string, string> = {
  'rating-added-for-unrated-standard': 'the stated points and the stated maximum both disagree with the ratings',
  'rating-lost-for-a-standard': 'the stated points and the stated maximum both disagree with the ratings',
  'score-without-maximum': 'the score line lacks its maximum, and its points stand alone on the next line',
  'recommendation-number-repeated': 'the numbering check the content check shares reports each number out of order',
  'recommendation-numbers-restart': 'the numbering check the content check shares reports each number out of order',
  'ratings-pdu-cyrillic': 'the look-alike name in Annexe two, and Annexe one’s Wigan, which Annexe two then does not rate',
  'ratings-unknown-line': 'the line read as a PDU name, and Wigan, whose rows that name took',
  'ratings-pdu-name-missing': 'every row of a PDU with no name',
  'annex-two-tabs-lost': 'every row whose tab was lost',
  'truncated-after-the-closing': 'both annexes are missing',
  'letter-pasted-twice': 'every line of the second copy',
};

describe('hostile letters are refused, naming file and line, and nothing is written', () => {
  for (const variant of catalogue) {
    if (variant.expect === 'imports') continue;
    const { line, mentions } = variant.expect.refuses;
    it(`refuses the seed with ${variant.why}, naming line ${line}, and leaves the content folder untouched [${variant.name}]`, () => {
      const file = writeVariant(variant, variantsDir);
      const contentDir = join(work, `refusal-${variant.name}`);
      cpSync(withSeed, contentDir, { recursive: true });
      const before = snapshot(contentDir);

      let error: unknown;
      let imported: ImportResult | undefined;
      try {
        imported = importSeed(file, { contentDir });
      } catch (e) {
        error = e;
      }
      if (imported) {
        throw new Error(
          `${variant.name} must be refused at line ${line}, but it was imported (${imported.outcome}, ${JSON.stringify(counts(imported.letter))})`,
        );
      }
      if (!(error instanceof ImportError)) {
        throw new Error(
          `${variant.name} must be refused with an ImportError, but the importer threw ${(error as Error)?.name}: ${(error as Error)?.message}`,
          { cause: error },
        );
      }

      const lines = error.message.split('\n');
      const shown = [relative(process.cwd(), file), file].map(escape).join('|');
      expect(lines[0], 'the first line of the message names the file and the line').toMatch(new RegExp(`^(${shown}):${line}: `));
      for (const pattern of mentions) expect(lines[0], `the first line of the message says ${pattern}`).toMatch(pattern);
      // One mistake gives one line: no problem that only follows from the first (a few named cases are several).
      if (!(variant.name in severalProblems)) expect(lines, 'the refusal is one line').toHaveLength(1);
      expect(
        lines.filter((l) => /^\s+at\s|\(\S+:\d+:\d+\)$/.test(l)),
        'message lines that are a stack trace',
      ).toEqual([]);
      expect(differences(before, snapshot(contentDir)), 'files under the content folder that changed').toEqual([]);
    });
  }
});

describe('one mistake gives one line', () => {
  const refusalOf = (variant: Variant): string[] => {
    const file = writeVariant(variant, variantsDir);
    const contentDir = join(work, `one-line-${variant.name}`);
    cpSync(withSeed, contentDir, { recursive: true });
    try {
      importSeed(file, { contentDir });
    } catch (error) {
      return (error as Error).message.split('\n');
    }
    throw new Error(`${variant.name} must be refused`);
  };

  it('shows at most ten problems and counts the rest, naming the file, for a letter wrong throughout', () => {
    const pastedTwice = must(
      catalogue.find((v) => v.name === 'letter-pasted-twice'),
      'the letter-pasted-twice case',
    );
    const lines = refusalOf(pastedTwice);
    expect(lines).toHaveLength(11);
    expect(lines[10]).toMatch(/^\S*letter-pasted-twice\.txt: … and \d{2,} more problems after these; mend the ones above first/);
  });

  it('reports a run of bullets in an unknown mark once, at its first line, and does not call their list empty', () => {
    const run = catalogue.find((v) => v.name === 'unknown-bullet-mark-chevron');
    expect(refusalOf(must(run, 'the unknown-bullet-mark-chevron case'))).toEqual([
      expect.stringMatching(/unknown-bullet-mark-chevron\.txt:145: the line starts with ">", a bullet mark the importer does not know/),
    ]);
  });
});
