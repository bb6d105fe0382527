import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/importer/errors';
import { importSeed } from '../../../src/importer/import-seed';
import { must, root, seedFile, seedText } from '../../support';

const plain = 'greater-manchester-2023-05';
let dir: string;
let contentDir: string;
const importHere = (seed: string, replaces?: string) =>
  importSeed(seed, { contentDir, root, ...(replaces === undefined ? {} : { replaces }) });
/** Another letter: the seed with another date line (and so another text), saved as its own file. */
function otherLetter(name: string, date: string): string {
  const path = join(dir, name);
  writeFileSync(path, seedText.replace('\n25 May 2023\n', `\n${date}\n`));
  return path;
}
const entry = (id: string) => join(contentDir, 'letters', `${id}.mdx`);
const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error.message;
    throw error;
  }
  throw new Error('the import was not refused');
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pi-identity-'));
  contentDir = join(dir, 'content');
  cpSync(join(root, 'content/reference'), join(contentDir, 'reference'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('which letter a seed is', () => {
  it('gives a second letter of the same region and month an id of its own, leaving the first as it was, and says so', () => {
    importHere(seedFile);
    const first = readFileSync(entry(plain), 'utf8');
    const second = importHere(otherLetter('third-of-may.txt', '3 May 2023'));
    expect(second.letter.id).toBe(`${plain}-03`);
    expect(second.outcome).toBe('created');
    expect(second.summary).toContain(
      `id              ${plain}-03: a letter of its own: ${plain} is another letter (imported from ${seedFile})`,
    );
    expect(second.summary).toContain(`--replaces ${plain}`);
    expect(readFileSync(entry(plain), 'utf8')).toBe(first);
    expect(second.letter.findings.every((f) => f.id.startsWith(`${plain}-03-`))).toBe(true);
    const ids = JSON.parse(readFileSync(join(contentDir, 'published-ids.json'), 'utf8')) as { letters: string[] };
    expect(ids.letters).toEqual([plain, `${plain}-03`]);
  });

  it('counts on when two more letters share the day as well', () => {
    importHere(seedFile);
    const sameDay = join(dir, 'same-day.txt');
    writeFileSync(sameDay, seedText.replace('Many thanks', 'Many, many thanks'));
    expect(importHere(sameDay).letter.id).toBe(`${plain}-25`);
    const again = join(dir, 'same-day-again.txt');
    writeFileSync(again, seedText.replace('Many thanks', 'Thank you'));
    expect(importHere(again).letter.id).toBe(`${plain}-25-2`);
  });

  it('re-imports the entry that records this very seed, whatever else holds the month', () => {
    importHere(seedFile);
    importHere(otherLetter('third-of-may.txt', '3 May 2023'));
    const again = importHere(seedFile);
    expect(again.letter.id).toBe(plain);
    expect(again.outcome).toBe('unchanged');
    expect(again.summary).not.toContain('a letter of its own');
  });

  it('never gives a published id to another letter, even when its entry and import record are gone', () => {
    writeFileSync(join(contentDir, 'published-ids.json'), JSON.stringify({ letters: [plain], findings: [], recommendations: [] }));
    const result = importHere(seedFile);
    expect(result.letter.id).toBe(`${plain}-25`);
    expect(result.summary).toContain('a letter published before, whose entry and import record are gone');
  });

  it('re-imports a corrected copy into the letter the editor names with --replaces', () => {
    importHere(seedFile);
    const corrected = join(dir, 'corrected.txt');
    writeFileSync(corrected, seedText.replace('Seventy-seven per cent of staff', 'Seventy-eight per cent of staff'));
    const result = importHere(corrected, plain);
    expect(result.letter.id).toBe(plain);
    expect(result.outcome).toBe('updated');
    expect(existsSync(entry(`${plain}-25`))).toBe(false);
  });

  it('refuses --replaces naming no letter, and an entry whose source cannot be read, writing nothing', () => {
    expect(refusal(() => importHere(seedFile, 'no-such-letter'))).toMatch(/--replaces no-such-letter: there is no letter no-such-letter/);
    importHere(seedFile);
    writeFileSync(entry(plain), readFileSync(entry(plain), 'utf8').replace(/\nsource:\n {2}file: .*\n {2}sha256: .*\n/, '\n'));
    const other = otherLetter('third-of-may.txt', '3 May 2023');
    expect(refusal(() => importHere(other))).toMatch(
      new RegExp(`${plain} is taken by an entry \\(or import record\\) whose source cannot be read`),
    );
    expect(existsSync(entry(`${plain}-03`))).toBe(false);
  });
});

describe('an import record where the entry is gone', () => {
  it('gives the letter its recorded ids, and hands no published id to another item', () => {
    importHere(seedFile);
    const before = JSON.parse(readFileSync(join(contentDir, 'published-ids.json'), 'utf8')) as { findings: string[] };
    rmSync(entry(plain));
    // A corrected copy lacking the first key strength of the Staff section, imported into the letter.
    const lacking = join(dir, 'lacking.txt');
    const strength = must(/Key strengths:\n+- ([^\n]+)\n/.exec(seedText.slice(seedText.indexOf('\nStaff\n'))), 'a Staff key strength')[1];
    writeFileSync(lacking, seedText.replace(`- ${strength}\n`, ''));
    const result = importHere(lacking, plain);
    const staff = result.letter.findings.filter((f) => f.section === 'staff' && f.kind === 'strength').map((f) => f.id);
    expect(staff).not.toContain(`${plain}-staff-strength-1`);
    expect(before.findings).toContain(`${plain}-staff-strength-1`);
    expect(staff.length).toBeGreaterThan(0);
  });

  it('refuses a folder where a letter’s import record should be, naming the folder, not the seed', () => {
    const folder = join(contentDir, 'imports', `${plain}.mdx`);
    mkdirSync(folder, { recursive: true });
    expect(refusal(() => importHere(seedFile))).toMatch(
      /imports\/greater-manchester-2023-05\.mdx: is a folder, where a letter's file should be/,
    );
  });
});

describe('a PDU of another region with the same name', () => {
  const northWestText = seedText.replaceAll('Greater Manchester', 'North West').replaceAll('GMPS', 'the service');
  /** Lists the seed's PDU names under North West too, as the reference data would once a source placed them there. */
  function listUnderNorthWest() {
    const file = join(contentDir, 'reference/regions.json');
    const regions = JSON.parse(readFileSync(file, 'utf8')) as { id: string; pdus?: { name: string; source: string }[] }[];
    const source = 'a test source placing PDUs of these names in North West';
    must(
      regions.find((r) => r.id === 'north-west'),
      'North West',
    ).pdus = ['Manchester North', 'Tameside', 'Wigan'].map((name) => ({ name, source }));
    writeFileSync(file, JSON.stringify(regions));
  }

  it('is refused, at the region, while the reference data places those names in another region only', () => {
    const northWest = join(dir, 'north-west.txt');
    writeFileSync(northWest, northWestText);
    expect(refusal(() => importHere(northWest))).toMatch(
      /north-west\.txt:\d+: region: the letter is filed under North West, but its PDUs "Manchester North" \(Greater Manchester\)/,
    );
    expect(existsSync(entry('north-west-2023-05'))).toBe(false);
  });

  it('gets an id of its own once the reference data lists the name in both regions, so it never shares the first region’s PDU page and history', () => {
    listUnderNorthWest();
    importHere(seedFile);
    const northWest = join(dir, 'north-west.txt');
    writeFileSync(northWest, northWestText);
    const result = importHere(northWest);
    expect(result.letter.region).toBe('north-west');
    expect(result.letter.pdus.map((p) => p.id)).toEqual(['north-west-manchester-north', 'north-west-tameside', 'north-west-wigan']);
    expect(result.letter.recommendations.every((r) => r.pdu.startsWith('north-west-'))).toBe(true);
    // Imported again, it keeps them.
    expect(importHere(northWest).outcome).toBe('unchanged');
  });
});
