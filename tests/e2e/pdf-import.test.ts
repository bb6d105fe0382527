/**
 * Issue 22: a letter imported straight from its PDF. The PDFs are rebuilt from the seed on each run
 * (tests/fixtures/pdfs/): the letter as Chromium prints it imports to the same entry as the seed's text, and each
 * hostile PDF gives one line naming the file and writes nothing.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSeed } from '../../src/importer/import-seed';
import { ImportError } from '../../src/importer/errors';
import { pdfSeed, PdfRefusal } from '../../src/importer/pdf/pdf-seed';
import { layoutHeadings } from '../../src/importer/pdf/layout-headings';
import { backgroundResult } from './support/background';
import { root, runScript, seedFile } from '../support';

let dir: string;
/** The folder the run's job wrote the PDF catalogue into (support/background.ts, `pdf-fixtures`). */
let pdfs: string;
const pdf = (name: string) => readFileSync(join(pdfs, name));
const fresh = () => {
  const content = mkdtempSync(join(dir, 'content-'));
  cpSync(join(root, 'content/reference'), join(content, 'reference'), { recursive: true });
  return content;
};
/** What `npm run import` does with one file: the PDF read, then the import; a refusal as its lines. */
async function importPdf(name: string, bytes: Buffer, contentDir = fresh()) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  try {
    const prepared = await pdfSeed(new Uint8Array(bytes), layoutHeadings(contentDir));
    return { result: importSeed(path, { contentDir, root: dir, prepared }), contentDir };
  } catch (error) {
    if (error instanceof PdfRefusal) return { refusal: [`${name}: ${error.message}`], contentDir };
    if (error instanceof ImportError) return { refusal: error.message.split('\n'), contentDir };
    throw error;
  }
}
/** The entry's text without what names its source (the file, its hash, the hash of the text generated from it). */
const withoutSource = (text: string) =>
  text
    .replace(/\n {2}file: ".*"\n {2}sha256: "[0-9a-f]+"/, '')
    .replace(/\nimportedSha256: "[0-9a-f]+"/, '')
    .replace(/Imported from \S+ by/, 'Imported by');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pi-pdf-'));
  pdfs = (await backgroundResult('pdf-fixtures')).dir;
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(pdfs, { recursive: true, force: true });
});

describe('a letter imported from its PDF', () => {
  const entry = (content: string) => readFileSync(join(content, 'letters/greater-manchester-2023-05.mdx'), 'utf8');
  let fromText: string;
  beforeAll(() => {
    fromText = fresh();
    importSeed(join(root, seedFile), { contentDir: fromText, root });
  });

  for (const [writer, name] of [
    ['Chromium’s print', 'letter.pdf'],
    ['pdfkit, its runs out of order, words split and hyphenated, bullets in the Symbol font', 'pdfkit.pdf'],
  ] as const)
    it(`gives, written by ${writer}, the entry the seed’s text gives: findings, recommendations, ratings, scores, footnotes and body alike`, async () => {
      const { result, contentDir, refusal } = await importPdf(name, pdf(name));
      expect(refusal).toBeUndefined();
      expect(result?.outcome).toBe('created');
      expect(withoutSource(entry(contentDir))).toBe(withoutSource(entry(fromText)));
      expect(result?.letter.source.file).toBe(name);
    });

  it('says in its summary the file’s pages, producer and date, and the page furniture set aside', async () => {
    const { result } = await importPdf('letter.pdf', pdf('letter.pdf'));
    expect(result?.summary).toMatch(/PDF {13}\d+ pages, produced by Skia\/PDF/);
    expect(result?.summary).toMatch(/set aside {7}"OFFICIAL" \(\d+ pages\), "Page n of n" \(\d+ pages\)/);
    // Places are the PDF's, never lines of a text the editor never saw.
    expect(result?.summary).toMatch(/region {10}Greater Manchester, from "[^"]+" \(page 1, near "/);
  });

  it('ignores a script and an attached file the PDF carries, never running them, and says so', async () => {
    const { result } = await importPdf('with-script.pdf', pdf('with-script.pdf'));
    expect(result?.outcome).toBe('created');
    expect(result?.summary).toMatch(/ignored, never run: an attached file, JavaScript/);
  });

  it('imports from the command line, `npm run import -- letter.pdf`', async () => {
    const content = fresh();
    writeFileSync(join(dir, 'cli.pdf'), pdf('letter.pdf'));
    const { stdout, status, stderr } = await runScript('import', [join(dir, 'cli.pdf')], content);
    expect(status, stderr).toBe(0);
    expect(stdout).toMatch(/cli\.pdf -> .*greater-manchester-2023-05\.mdx \(created\)/);
  });
});

describe('hostile PDFs give one line each and write nothing', () => {
  const cases: [string, RegExp][] = [
    ['scan.pdf', /^scan\.pdf: has no text layer: its one page is an image \(a scan\); run it through OCR first/],
    ['encrypted.pdf', /^encrypted\.pdf: is encrypted \(password-protected\)/],
    ['truncated.pdf', /^truncated\.pdf: is cut short/],
    ['report.pdf', /^report\.pdf: is not a regional inspection letter: .*300 pages/],
    ['leaflet.pdf', /^leaflet\.pdf: is not a regional inspection letter/],
    ['draft.pdf', /^draft\.pdf: page 3, near "DRAFT": text drawn at an angle \(45°\)/],
    ['not-a-pdf.pdf', /^not-a-pdf\.pdf: is not a PDF/],
    // Text nothing in a letter claims, in the margin of the ratings annex: refused at its page and words.
    ['stamped.pdf', /^stamped\.pdf: page \d+, near "Received 26 May 2023": cannot place "Received 26 May 2023" in Annexe two/],
  ];
  for (const [name, expected] of cases)
    it(`refuses ${name}`, async () => {
      const started = Date.now();
      const { refusal, contentDir } = await importPdf(name, pdf(name));
      expect(refusal).toHaveLength(1);
      expect(refusal?.[0]).toMatch(expected);
      expect(existsSync(join(contentDir, 'letters')) ? readdirSync(join(contentDir, 'letters')) : []).toEqual([]);
      // Linear time: even 300 pages are refused in seconds (the figure is in `npm run bench`; this only bounds a hang).
      expect(Date.now() - started).toBeLessThan(30_000);
    });
});
