/**
 * A regional letter's PDF as a seed: its text layer read (read-pdf.ts), rebuilt into the text the importer reads
 * (lines.ts, to-text.ts), with the place each line came from and what the summary says about the file. A PDF with no
 * text (a scan) or none of a letter's shape is refused here, in one line; everything else goes the text's way, so a
 * PDF letter is checked exactly as a text one is and every run is placed or refused ("page 4, near …").
 */
import type { PreparedSeed } from '../import-seed';
import { pdfText } from './to-text';
import { isPdf, PdfRefusal, readPdf } from './read-pdf';
import { count } from '../../lib/language/vocabulary';

export { isPdf, PdfRefusal };

/**
 * Reads a PDF's bytes as a seed; `headings` are the letter layout's headings and finding-list lead-ins
 * (content/reference/letter-layout.json), each kept a line of its own. Throws PdfRefusal (one line) for a file that
 * cannot be a letter's text.
 */
export async function pdfSeed(bytes: Uint8Array, headings: readonly string[] = []): Promise<PreparedSeed> {
  const { info, pages } = await readPdf(bytes);
  const runs = pages.reduce((n, p) => n + p.runs.filter((r) => r.text.trim()).length, 0);
  if (!runs)
    throw new PdfRefusal(
      pages.some((p) => p.hasImages)
        ? `has no text layer: ${pages.length === 1 ? 'its one page is an image' : `its ${pages.length} pages are images`} (a scan); run it through OCR first (e.g. ocrmypdf) and import the result`
        : 'has no text on any page',
    );
  // Only upright text is a letter's: a run at an angle (a "DRAFT" watermark, a stamp) is refused, never read into it.
  for (const p of pages) {
    const tilted = p.runs.find((r) => r.angle !== 0 && r.text.trim());
    if (tilted)
      throw new PdfRefusal(
        `page ${p.number}, near "${tilted.text.trim().slice(0, 40)}": text drawn at an angle (${tilted.angle}°), such as a watermark or a stamp; the importer reads only upright text: import the published copy, without it`,
      );
  }
  const read = pdfText(pages, headings);
  if (!/HM Inspectorate of Probation/i.test(read.text) || !/^Dear\b/m.test(read.text))
    throw new PdfRefusal(
      `is not a regional inspection letter: its text has no ${/HM Inspectorate of Probation/i.test(read.text) ? '"Dear …" salutation' : '"HM Inspectorate of Probation" letterhead'} (${count(pages.length, 'page')}, starting "${read.text.trim().slice(0, 60).replace(/\s+/g, ' ')}")`,
    );
  const about = [info.producer && `produced by ${info.producer}`, info.created && `created ${info.created}`].filter(Boolean).join(', ');
  return {
    text: read.text,
    place: (line) => {
      const place = read.places[line - 1];
      return place && `page ${place.page}, near "${place.near}${place.near.length >= 40 ? '…' : ''}"`;
    },
    read: [
      `PDF             ${count(info.pages, 'page')}${about ? `, ${about}` : ''}`,
      `set aside       ${read.furniture.length ? read.furniture.join(', ') : 'no page furniture'}${info.ignored.length ? `; ignored, never run: ${info.ignored.join(', ')}` : ''}`,
    ],
    review: read.hyphenated.length
      ? [`hyphenation     kept at line ends, the letter writing neither form elsewhere: ${read.hyphenated.join(', ')}`]
      : [],
  };
}
