import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importSeed } from '../../../src/importer/import-seed';
import { parseLetter } from '../../../src/importer/parse-letter';
import { reference, root, seedFile, seedText } from '../../support';

const imported = parseLetter(seedText, { file: seedFile, reference });
const dir = mkdtempSync(join(tmpdir(), 'pi-summary-'));
cpSync(join(root, 'content/reference'), join(dir, 'content/reference'), { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** A new content folder holding only the reference data. */
const freshContent = (name: string) => {
  cpSync(join(root, 'content/reference'), join(dir, name, 'reference'), { recursive: true });
  return join(dir, name);
};

describe('the ledger of the seed', () => {
  it('gives every non-blank source line a part of the letter', () => {
    const lines = seedText.split('\n');
    const unplaced = lines.flatMap((l, i) => (l.trim() && !imported.ledger.partOf(i + 1) ? [`${i + 1}: ${l.slice(0, 40)}`] : []));
    expect(unplaced).toEqual([]);
  });

  it('files each line under the part it became', () => {
    const partOf = (snippet: string) => imported.ledger.partOf(seedText.split('\n').findIndex((l) => l.startsWith(snippet)) + 1);
    expect(partOf('25 May 2023')).toBe('date');
    expect(partOf('Dear Chris,')).toBe('salutation');
    expect(partOf('Staff')).toBe('heading');
    expect(partOf('Key areas for improvement:')).toBe('finding lead-in');
    expect(partOf('- Some workloads were high')).toBe('finding');
    expect(partOf('regional delivery plan, though')).toBe('paragraph');
    expect(partOf('¹ [Independent')).toBe('footnote');
    expect(partOf('Justin Russell')).toBe('signature');
    expect(partOf('Greater Manchester Region should:')).toBe('recommendation lead-in');
    expect(partOf('8. reduce waiting times')).toBe('recommendation');
    expect(partOf('1.2 Staff\tGood')).toBe('rating row');
    expect(imported.ledger.counts().get('finding')).toBe(41);
  });
});

describe('the summary npm run import prints', () => {
  const { summary } = importSeed(seedFile, { contentDir: join(dir, 'content'), root });
  const lines = summary.split('\n');

  it('fits on one screen, every line but the file paths within 120 characters', () => {
    expect(lines.length).toBeLessThanOrEqual(50);
    const [header = '', ...rest] = lines;
    expect(header).toMatch(/^seeds\/\S+\.txt -> \/\S+\/content\/letters\/greater-manchester-2023-05\.mdx \(created\)$/);
    expect(Math.max(...rest.map((l) => l.length))).toBeLessThanOrEqual(120);
  });

  it('says what it read: sections with finding counts, recommendations per PDU and addressee, ratings per PDU', () => {
    expect(summary).toContain('region          Greater Manchester, from "Probation Service – Greater Manchester" (line 46)');
    expect(summary).toMatch(/Leadership 4\/3, Staff 5\/4, Services and interventions 7\/3/);
    expect(summary).toContain('findings        39: 25 key strengths, 14 areas for improvement');
    expect(summary).toMatch(/Tameside 10 \(PDU 5, region 3, HMPPS 2\)/);
    expect(summary).toContain(
      'Manchester North: 8 standards (not rated: 2.1), score 10/24, overall Requires improvement, fieldwork 2023-02',
    );
    expect(summary).toContain('footnotes       2');
    expect(summary).toMatch(/source lines {4}\d+ placed, every one accounted for/);
  });

  it('lists what it proposed rather than read: domain tags and key figures', () => {
    expect(summary).toMatch(/^Review \(proposed by the importer/m);
    expect(summary).toMatch(/1-3-services: \d+ findings; recommendations: .*tameside-8/);
    expect(summary).toMatch(/key figures {5}21:/);
    expect(summary).toContain('sickness-absence-all-staff-region 12.3');
  });

  it('flags a region read only from an alias for review', () => {
    const file = join(dir, 'alias.txt');
    writeFileSync(file, seedText.replace('review of Probation Service – Greater Manchester region.', 'review of GMPS.'));
    const result = importSeed(file, { contentDir: freshContent('alias-content'), root });
    expect(result.letter.region).toBe('greater-manchester');
    expect(result.summary).toMatch(/^ {2}region {10}Greater Manchester, from its alias "GMPS" \(line 46\)$/m);
  });

  it('shows page-break debris it removed, by line', () => {
    const file = join(dir, 'pages.txt');
    writeFileSync(file, seedText.replace('\nStaff\n', '\nPage 2 of 9\n\nStaff\n'));
    const result = importSeed(file, { contentDir: freshContent('pages-content'), root });
    expect(result.summary).toMatch(/1 line of page-break debris removed: 77/);
  });
});
