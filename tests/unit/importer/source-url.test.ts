import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseImportArgs } from '../../../src/importer/cli-args';
import { ImportError } from '../../../src/importer/errors';
import { importSeed } from '../../../src/importer/import-seed';
import { readLetterFile } from '../../../src/lib/checking/letter-file';
import { reference, root, seedFile } from '../../support';

const original = 'https://www.justiceinspectorates.gov.uk/hmiprobation/inspections/example-letter/';
let dir: string;
let contentDir: string;
const entry = () => join(contentDir, 'letters/greater-manchester-2023-05.mdx');
const read = () => readFileSync(entry(), 'utf8');
const importHere = (options: { sourceUrl?: string; overwrite?: boolean } = {}) => importSeed(seedFile, { contentDir, root, ...options });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pi-source-url-'));
  contentDir = join(dir, 'content');
  cpSync(join(root, 'content/reference'), join(contentDir, 'reference'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the --source-url option of npm run import', () => {
  it('reads the URL after the flag or after an equals sign', () => {
    expect(parseImportArgs(['--source-url', original, 'seeds/a.txt'])).toEqual({
      seeds: ['seeds/a.txt'],
      overwrite: false,
      sourceUrl: original,
    });
    expect(parseImportArgs([`--source-url=${original}`, '--overwrite', 'seeds/a.txt'])).toEqual({
      seeds: ['seeds/a.txt'],
      overwrite: true,
      sourceUrl: original,
    });
    expect(parseImportArgs(['seeds/a.txt'])).toEqual({ seeds: ['seeds/a.txt'], overwrite: false });
  });

  it('refuses a flag without its URL, given twice, or with several seeds, since it names one letter’s document', () => {
    expect(parseImportArgs(['seeds/a.txt', '--source-url'])).toEqual({
      problem: expect.stringMatching(/^--source-url needs the https URL/),
    });
    expect(parseImportArgs(['--source-url', original, '--source-url', original, 'a.txt'])).toEqual({
      problem: expect.stringMatching(/given 2 times/),
    });
    expect(parseImportArgs(['--source-url', original, 'a.txt', 'b.txt'])).toEqual({ problem: expect.stringMatching(/one seed at a time/) });
    expect(parseImportArgs(['--sourceurl', 'a.txt'])).toEqual({ problem: expect.stringMatching(/^unknown option --sourceurl/) });
  });
});

describe('importing a letter with and without its source URL', () => {
  it('records the URL given with --source-url in the entry and says so in the summary', () => {
    const result = importHere({ sourceUrl: original });
    expect(result.letter.sourceUrl).toBe(original);
    expect(read()).toContain(`sourceUrl: "${original}"`);
    expect(result.summary).toContain(`source URL      ${original} (given with --source-url)`);
    expect(result.summary).not.toContain('none recorded');
  });

  it('leaves the URL out when none is given, rather than guess one, and lists it under Review', () => {
    const result = importHere();
    expect(result.letter.sourceUrl).toBeUndefined();
    expect(read()).not.toContain('sourceUrl');
    const review = result.summary.slice(result.summary.indexOf('Review'));
    expect(review).toMatch(/^ {2}source URL {6}none recorded: .*--source-url <https URL>$/m);
  });

  it('refuses a URL that is not https, naming the option, and writes nothing', () => {
    for (const bad of [
      'http://www.justiceinspectorates.gov.uk/letter.pdf',
      'www.justiceinspectorates.gov.uk/letter.pdf',
      'ftp://x.org/a',
    ]) {
      let message = '';
      try {
        importHere({ sourceUrl: bad });
      } catch (error) {
        expect(error).toBeInstanceOf(ImportError);
        message = (error as Error).message;
      }
      expect(message).toContain(`${seedFile}: --source-url "${bad}": must be an absolute https URL`);
    }
    expect(() => read()).toThrow(/ENOENT/);
  });

  it('keeps the recorded URL when a later import is run without the flag', () => {
    importHere({ sourceUrl: original });
    const again = importHere();
    expect(again.outcome).toBe('unchanged');
    expect(again.letter.sourceUrl).toBe(original);
    expect(again.summary).toContain(`source URL      ${original} (kept from the entry)`);
  });

  it('keeps a URL the editor wrote into the entry by hand through a re-import, as one of their edits', () => {
    importHere();
    writeFileSync(entry(), read().replace('licence:\n', `sourceUrl: "${original}"\nlicence:\n`));
    const again = importHere();
    expect(again.kept).toEqual(['sourceUrl']);
    expect(again.letter.sourceUrl).toBe(original);
  });

  it('stops on a conflict when the editor’s URL and a new --source-url differ, writing nothing', () => {
    importHere({ sourceUrl: original });
    writeFileSync(entry(), read().replace(original, `${original}corrected/`));
    const before = read();
    expect(() => importHere({ sourceUrl: `${original}other/` })).toThrow(
      /greater-manchester-2023-05\.mdx: sourceUrl: you changed it to .*, and the new import changes it to /,
    );
    expect(read()).toBe(before);
  });

  it('takes a new --source-url over the recorded one when the editor left it alone', () => {
    importHere({ sourceUrl: original });
    const again = importHere({ sourceUrl: `${original}v2/` });
    expect(again.outcome).toBe('updated');
    expect(again.letter.sourceUrl).toBe(`${original}v2/`);
  });
});

describe('a source URL in a content entry', () => {
  const committed = readFileSync(`${root}content/letters/greater-manchester-2023-05.mdx`, 'utf8');
  const withUrl = (url: string) => committed.replace('licence:\n', `sourceUrl: "${url}"\nlicence:\n`);

  it('is absent from the seed letter, whose source URL is not known', () => {
    const result = readLetterFile('seed.mdx', committed, reference);
    expect(result.ok && result.letter.sourceUrl).toBeUndefined();
  });

  it('must be https: the check names the field, its line and what was expected', () => {
    const good = readLetterFile('x.mdx', withUrl(original), reference);
    expect(good.ok && good.letter.sourceUrl).toBe(original);
    const bad = readLetterFile('x.mdx', withUrl('http://www.justiceinspectorates.gov.uk/letter.pdf'), reference);
    expect(bad.ok).toBe(false);
    const line =
      withUrl('http://x')
        .split('\n')
        .findIndex((l) => l.startsWith('sourceUrl:')) + 1;
    expect(bad.ok ? [] : bad.errors).toEqual([
      expect.stringMatching(new RegExp(`^x\\.mdx:${line}: sourceUrl: must be an absolute https URL`)),
    ]);
  });
});
