import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/importer/errors';
import { importSeed } from '../../../src/importer/import-seed';
import { root, seedFile, seedText } from '../../support';

let dir: string;
let contentDir: string;
const entry = () => join(contentDir, 'letters/greater-manchester-2023-05.mdx');
const read = () => readFileSync(entry(), 'utf8');
const importSeedHere = (seed = seedFile, overwrite = false, replaces?: string) =>
  importSeed(seed, { contentDir, overwrite, root, ...(replaces === undefined ? {} : { replaces }) });
const seedLetter = 'greater-manchester-2023-05';

/** Every file under the content folder with its bytes, to show that a refused import wrote nothing. */
function snapshot(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(contentDir, path)] = readFileSync(path).toString('base64');
    }
  };
  walk(contentDir);
  return files;
}

/** The import's problems, one line each; fails the test if it did not refuse. */
function refusal(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as ImportError).message.split('\n');
  }
  throw new Error('expected the import to be refused');
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pi-reimport-'));
  contentDir = join(dir, 'content');
  cpSync(join(root, 'content/reference'), join(contentDir, 'reference'), { recursive: true });
  importSeedHere();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('re-importing a letter an editor has corrected', () => {
  const finding = 'Some workloads were high and difficult to manage.';
  const paragraph = 'As of January 2023, staffing levels were insufficient.';
  const edit = (text: string) => {
    let out = text.replace(finding, 'Some workloads were very high and difficult to manage.');
    out = out.replace(paragraph, 'As at January 2023, staffing levels were insufficient.');
    out = out.replace(
      'reduce waiting times for accredited programmes, particularly Building Better Relationships.',
      'reduce waiting times for accredited programmes, particularly Building Better Relationships (BBR).',
    );
    // Tameside recommendation 8 is about accredited programmes: the editor tags it with 1.3 Services only.
    out = out.replace(
      /(id: "greater-manchester-2023-05-tameside-8"[\s\S]*?domains:\n)((?:\s+- ".*"\n)+)/,
      '$1      - "1-3-services"\n      - "unpaid-work"\n',
    );
    return out;
  };

  it('keeps a corrected finding, a corrected body paragraph and a corrected tag, and every id', () => {
    const before = importSeedHere().letter;
    writeFileSync(entry(), edit(read()));
    const result = importSeedHere();
    // The file already holds everything: nothing to write, and the summary names the three edits it kept.
    expect(result.outcome).toBe('unchanged');
    expect(result.kept).toEqual([
      'findings[greater-manchester-2023-05-staff-improvement-2].text',
      'recommendations[greater-manchester-2023-05-tameside-8].text',
      'recommendations[greater-manchester-2023-05-tameside-8].domains',
      `body line ${
        read()
          .split('\n')
          .findIndex((l) => l.startsWith('As at January')) + 1
      }`,
    ]);
    const after = read();
    expect(after).toContain('Some workloads were very high and difficult to manage.');
    expect(after).toContain('As at January 2023, staffing levels were insufficient.');
    expect(after).toContain('particularly Building Better Relationships (BBR).');
    expect(result.letter.recommendations.find((r) => r.id.endsWith('tameside-8'))?.domains).toEqual(['1-3-services', 'unpaid-work']);
    expect(result.letter.findings.map((f) => f.id)).toEqual(before.findings.map((f) => f.id));
    expect(result.letter.recommendations.map((r) => r.id)).toEqual(before.recommendations.map((r) => r.id));
  });

  it('keeps the edits through a second and a third re-import, and says which edits it kept when the seed changes', () => {
    writeFileSync(entry(), edit(read()));
    importSeedHere();
    importSeedHere();
    expect(read()).toContain('Some workloads were very high');
    // A corrected source (another file) changes an unrelated sentence: the import merges, keeping the editor's three changes.
    const corrected = join(dir, 'corrected.txt');
    writeFileSync(corrected, seedText.replace('Seventy-seven per cent of staff', 'Seventy-eight per cent of staff'));
    const result = importSeedHere(corrected, false, seedLetter);
    expect(result.outcome).toBe('merged');
    expect(result.kept.length).toBeGreaterThanOrEqual(3);
    expect(result.summary).toMatch(/Kept from your edits/);
    const after = read();
    expect(after).toContain('Seventy-eight per cent of staff');
    expect(after).toContain('Some workloads were very high');
    expect(after).toContain('As at January 2023');
  });

  it('keeps a corrected key figure', () => {
    // The editor moves the sickness figure to the month the letter's staffing paragraph describes.
    writeFileSync(entry(), read().replace(/(id: "sickness-absence-all-staff-region"\n)/, '$1    asOf: "2023-01"\n'));
    const result = importSeedHere();
    expect(result.kept).toEqual(['keyFigures[sickness-absence-all-staff-region].asOf']);
    expect(result.letter.keyFigures.find((k) => k.id === 'sickness-absence-all-staff-region')?.asOf).toBe('2023-01');
  });

  it('stops on an edit the new import contradicts, naming the field, and writes nothing', () => {
    writeFileSync(entry(), edit(read()));
    const before = snapshot();
    const changed = join(dir, 'changed.txt');
    writeFileSync(changed, seedText.replace(finding, 'Some workloads were high and hard to manage.'));
    const problems = refusal(() => importSeedHere(changed, false, seedLetter));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^\S*content\/letters\/greater-manchester-2023-05\.mdx: findings\[greater-manchester-2023-05-staff-improvement-2\]\.text: you changed it to "Some workloads were very high/,
    );
    expect(snapshot()).toEqual(before);
  });

  it('stops on a body paragraph both changed, naming the line of the entry', () => {
    writeFileSync(entry(), edit(read()));
    const line =
      read()
        .split('\n')
        .findIndex((l) => l.startsWith('As at January 2023')) + 1;
    const changed = join(dir, 'changed.txt');
    writeFileSync(changed, seedText.replace(paragraph, 'By January 2023, staffing levels were insufficient.'));
    const problems = refusal(() => importSeedHere(changed, false, seedLetter));
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(`^\\S*content/letters/greater-manchester-2023-05\\.mdx:${line}: body: you changed it to "As at January 2023`),
      ),
    ]);
  });

  it('discards the edits only when asked, with --overwrite', () => {
    const generated = read();
    writeFileSync(entry(), edit(generated));
    expect(importSeedHere(seedFile, true).outcome).toBe('updated');
    expect(read()).toBe(generated);
  });

  it('refuses to merge when the record of the last import is missing, and writes nothing', () => {
    writeFileSync(entry(), edit(read()));
    rmSync(join(contentDir, 'imports'), { recursive: true });
    const before = snapshot();
    expect(refusal(() => importSeedHere())[0]).toMatch(
      /content\/imports\/greater-manchester-2023-05\.mdx \(the record of what that import wrote\) is missing/,
    );
    expect(snapshot()).toEqual(before);
  });

  it('replaces an entry nobody edited without asking', () => {
    const corrected = join(dir, 'corrected.txt');
    writeFileSync(corrected, seedText.replace('Seventy-seven per cent of staff', 'Seventy-eight per cent of staff'));
    expect(importSeedHere(corrected, false, seedLetter).outcome).toBe('updated');
    expect(read()).toContain('Seventy-eight per cent of staff');
  });
});

describe('an import writes everything or nothing', () => {
  it('names a corrupt published-ids.json and writes nothing', () => {
    writeFileSync(join(contentDir, 'published-ids.json'), '{ "letters": [');
    const before = snapshot();
    const problems = refusal(() => importSeedHere());
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/published-ids\.json: cannot be read as JSON/);
    expect(snapshot()).toEqual(before);
  });

  it('names a broken reference file and writes nothing', () => {
    writeFileSync(join(contentDir, 'reference/regions.json'), '[{ "id": "x" }]');
    const before = snapshot();
    expect(refusal(() => importSeedHere()).join('\n')).toMatch(/reference\/regions\.json/);
    expect(snapshot()).toEqual(before);
  });

  it('gives one line naming the path for a folder, a missing file and an unreadable file', () => {
    expect(refusal(() => importSeedHere('seeds'))).toEqual(['seeds: is a folder, not a letter: give the path of a .txt file inside it']);
    expect(refusal(() => importSeedHere('seeds/nope.txt'))).toEqual(['seeds/nope.txt: no such file']);
    expect(refusal(() => importSeedHere(`${seedFile}/x.txt`))).toEqual([
      `${seedFile}/x.txt: no such file (a part of the path is a file, not a folder)`,
    ]);
    if (process.getuid?.() !== 0) {
      const locked = join(dir, 'locked.txt');
      writeFileSync(locked, seedText);
      chmodSync(locked, 0o000);
      expect(refusal(() => importSeedHere(locked))).toEqual([`${relative(root, locked)}: cannot be read (permission denied)`]);
    }
  });

  it('writes the entry, the record of the import and the registry together, leaving no temporary file', () => {
    expect(existsSync(join(contentDir, 'imports/greater-manchester-2023-05.mdx'))).toBe(true);
    const registry = JSON.parse(readFileSync(join(contentDir, 'published-ids.json'), 'utf8'));
    expect(registry.findings).toHaveLength(39);
    expect(registry.recommendations).toHaveLength(28);
    const all = Object.keys(snapshot());
    expect(all.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
