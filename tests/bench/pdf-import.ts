/**
 * The PDF import's cost (issue 22): the seed's letter as Chromium prints it, imported into a fresh content folder, beside
 * the seed's text imported the same way (the baseline, in the same run: machines here are shared and noisy), and a
 * 300-page report, read and refused, whose time per page must stay near the letter's (linear time).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importSeed } from '../../src/importer/import-seed';
import { pdfSeed, PdfRefusal } from '../../src/importer/pdf/pdf-seed';
import { layoutHeadings } from '../../src/importer/pdf/layout-headings';
import { chromiumLetter, longReport } from '../fixtures/pdfs/catalogue';
import { root, seedFile } from '../support';

/** The figures, seconds each (the median of three). */
export interface PdfImportBench {
  letterPages: number;
  textSeconds: number;
  pdfSeconds: number;
  reportSeconds: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function timed(run: () => Promise<unknown> | unknown, times = 3): Promise<number> {
  const seconds: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run();
    seconds.push((performance.now() - start) / 1000);
  }
  return median(seconds);
}

export async function benchPdfImport(): Promise<PdfImportBench> {
  const dir = mkdtempSync(join(tmpdir(), 'pi-bench-pdf-'));
  try {
    const letter = await chromiumLetter();
    const report = await longReport(300);
    writeFileSync(join(dir, 'letter.pdf'), letter);
    const content = () => {
      const c = mkdtempSync(join(dir, 'content-'));
      cpSync(join(root, 'content/reference'), join(c, 'reference'), { recursive: true });
      return c;
    };
    let letterPages = 0;
    const textSeconds = await timed(() => importSeed(join(root, seedFile), { contentDir: content(), root }));
    const pdfSeconds = await timed(async () => {
      const prepared = await pdfSeed(new Uint8Array(letter), layoutHeadings(join(root, 'content')));
      letterPages = Number(/(\d+) pages/.exec(prepared.read[0] ?? '')?.[1] ?? 0);
      importSeed(join(dir, 'letter.pdf'), { contentDir: content(), root: dir, prepared });
    });
    const reportSeconds = await timed(() =>
      pdfSeed(new Uint8Array(report)).then(
        () => {
          throw new Error('the 300-page report was not refused');
        },
        (error: unknown) => {
          if (!(error instanceof PdfRefusal)) throw error;
        },
      ),
    );
    return { letterPages, textSeconds, pdfSeconds, reportSeconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The figures as the benchmark prints them. */
export function pdfImportBenchTable(b: PdfImportBench): string[] {
  return [
    `seed as text            ${b.textSeconds.toFixed(2)} s (baseline)`,
    `seed as PDF (${b.letterPages} pages)   ${b.pdfSeconds.toFixed(2)} s (${(b.pdfSeconds / b.textSeconds).toFixed(1)}× the text import)`,
    `300-page PDF, refused   ${b.reportSeconds.toFixed(2)} s (${((b.reportSeconds / 300) * 1000).toFixed(1)} ms a page; the letter ${((b.pdfSeconds / Math.max(1, b.letterPages)) * 1000).toFixed(1)} ms a page)`,
  ];
}
