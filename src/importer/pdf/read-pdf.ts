/**
 * Reads a PDF's text layer with pdfjs-dist (Mozilla's PDF.js, the maintained reader browsers use): each page's text
 * runs with their positions, sizes and fonts, its link annotations and the alternative text of its figures, and the
 * document's metadata. Nothing in the file is run: PDF.js's core never runs a document's scripts (only its viewer's
 * sandbox could, and it is not loaded), XFA forms are off, and attachments and JavaScript are only counted, for the
 * summary to say they were ignored.
 */
import { getDocument, OPS, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

/** A run of text as the PDF draws it: its string, baseline origin (points, y up), width, font size and font. */
export interface PdfRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  font: string;
  /** The angle the run is drawn at, in degrees (0 for upright text; a watermark or stamp is drawn at an angle). */
  angle: number;
  /** PDF.js reads the font as bold (its flags, or a name such as "Arial-BoldMT"). */
  bold: boolean;
}

/** A link annotation: the area it covers and where it goes. */
export interface PdfLink {
  rect: [number, number, number, number];
  url: string;
}

/** One page's text layer. */
export interface PdfPage {
  number: number;
  width: number;
  height: number;
  runs: PdfRun[];
  links: PdfLink[];
  /** Alternative text of the page's figures (a tagged PDF's structure tree), in order. */
  figures: string[];
  /** Whether the page paints any image (a scan does, with no text). */
  hasImages: boolean;
}

/** What the file's metadata says, for the summary. */
export interface PdfInfo {
  pages: number;
  producer?: string;
  creator?: string;
  /** The creation date as YYYY-MM-DD, when the file states one that reads as a date. */
  created?: string;
  /** JavaScript actions and attached files the file carries, ignored. */
  ignored: string[];
}

/** A PDF the importer cannot read, with one line saying why. */
export class PdfRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfRefusal';
  }
}

/** Whether bytes are a PDF's: "%PDF-" in the first kilobyte, where the format puts it. */
export const isPdf = (bytes: Uint8Array): boolean => Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-');

/** "D:20230525101500+01'00'" -> "2023-05-25"; undefined when it does not read as a date. */
export function pdfDate(raw: unknown): string | undefined {
  const m = typeof raw === 'string' ? /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(raw) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

const isText = (item: unknown): item is TextItem => typeof item === 'object' && item !== null && 'str' in item;

/** What PDF.js knows of a font once loaded: whether it is bold (from its flags and name) and a name to show. */
interface FontFacts {
  name: string;
  bold: boolean;
}

async function fontFacts(page: PDFPageProxy, ids: readonly string[]): Promise<Map<string, FontFacts>> {
  // A font's facts are known only once a page's operators have loaded it. Fonts are the document's, shared by its
  // pages: once an earlier page has loaded every font this one uses, its operators need not be read for them (reading
  // them took half the time of a page of text).
  if (!ids.every((id) => page.commonObjs.has(id))) await page.getOperatorList();
  const facts = new Map<string, FontFacts>();
  for (const id of ids) {
    const font = page.commonObjs.has(id)
      ? (page.commonObjs.get(id) as { bold?: boolean; black?: boolean; name?: string } | undefined)
      : undefined;
    const name = font?.name ?? id;
    facts.set(id, { name, bold: Boolean(font?.bold || font?.black) || /bold|black|heavy|semibold|demi/i.test(name) });
  }
  return facts;
}

function figureAlts(node: unknown, out: string[]): string[] {
  if (typeof node !== 'object' || node === null) return out;
  const n = node as { role?: string; alt?: string; children?: unknown[] };
  if (n.role === 'Figure' && n.alt) out.push(n.alt);
  for (const child of n.children ?? []) figureAlts(child, out);
  return out;
}

async function readPage(doc: PDFDocumentProxy, number: number): Promise<PdfPage> {
  const page = await doc.getPage(number);
  const [x0, y0, x1, y1] = page.view as [number, number, number, number];
  const content = await page.getTextContent();
  const items = content.items.filter(isText);
  const fonts = await fontFacts(page, [...new Set(items.map((i) => i.fontName))]);
  const runs: PdfRun[] = items
    .filter((i) => i.str.length > 0)
    .map((i) => {
      const [a, b, , d, e, f] = i.transform as number[];
      const font = fonts.get(i.fontName);
      return {
        text: i.str,
        x: (e ?? 0) - x0,
        y: (f ?? 0) - y0,
        width: i.width,
        size: Math.hypot(a ?? 0, b ?? 0) || Math.abs(d ?? 0),
        angle: Math.round((Math.atan2(b ?? 0, a ?? 1) * 180) / Math.PI),
        font: font?.name ?? i.fontName,
        bold: font?.bold ?? false,
      };
    });
  const links = (await page.getAnnotations())
    .filter((a: { subtype?: string; url?: string }) => a.subtype === 'Link' && typeof a.url === 'string')
    .map((a: { rect: [number, number, number, number]; url: string }) => {
      const [ax0, ay0, ax1, ay1] = a.rect;
      return { rect: [ax0 - x0, ay0 - y0, ax1 - x0, ay1 - y0] as PdfLink['rect'], url: a.url };
    });
  const tree = await page.getStructTree().catch(() => null);
  let hasImages = false;
  if (!runs.length) {
    const ops = await page.getOperatorList();
    hasImages = ops.fnArray.some(
      (fn) => fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageMaskXObject,
    );
  }
  page.cleanup();
  return { number, width: x1 - x0, height: y1 - y0, runs, links, figures: figureAlts(tree, []), hasImages };
}

/**
 * Opens a PDF and reads every page. Throws PdfRefusal, one line, for a file that is not a PDF, is encrypted, damaged or
 * cut short. Pages are read one at a time, so time and memory grow with the pages, never faster.
 */
export async function readPdf(bytes: Uint8Array): Promise<{ info: PdfInfo; pages: PdfPage[] }> {
  if (!isPdf(bytes)) throw new PdfRefusal('is not a PDF (it does not start with "%PDF-")');
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1');
  if (!tail.includes('%%EOF'))
    throw new PdfRefusal(
      'is cut short: the PDF ends without its closing "%%EOF" marker (an interrupted download or copy?); get the whole file again',
    );
  let doc: PDFDocumentProxy;
  try {
    doc = await getDocument({
      data: bytes.slice(),
      enableXfa: false,
      stopAtErrors: true,
      verbosity: 0,
      useSystemFonts: false,
      disableFontFace: true,
      // A font's name ("Arial-BoldMT") and flags, to tell a bold heading from the paragraph after it.
      fontExtraProperties: true,
    }).promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException')
      throw new PdfRefusal('is encrypted (password-protected): save an unprotected copy, or ask the inspectorate for one');
    throw new PdfRefusal(`is damaged and cannot be read as a PDF (${(error as Error).message})`);
  }
  try {
    const meta = await doc.getMetadata();
    const raw = meta.info as Record<string, unknown>;
    const ignored: string[] = [];
    const attachments = await doc.getAttachments();
    if (attachments?.size) ignored.push(attachments.size === 1 ? 'an attached file' : `${attachments.size} attached files`);
    const actions = await doc.getJSActions().catch(() => null);
    if (actions?.size) ignored.push('JavaScript');
    const openAction = await doc.getOpenAction().catch(() => null);
    if (openAction && !ignored.includes('JavaScript')) ignored.push('an open action');
    const created = pdfDate(raw.CreationDate);
    const info: PdfInfo = {
      pages: doc.numPages,
      ...(typeof raw.Producer === 'string' && raw.Producer ? { producer: raw.Producer } : {}),
      ...(typeof raw.Creator === 'string' && raw.Creator ? { creator: raw.Creator } : {}),
      ...(created ? { created } : {}),
      ignored,
    };
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        pages.push(await readPage(doc, n));
      } catch (error) {
        throw new PdfRefusal(`page ${n} is damaged and cannot be read (${(error as Error).message})`);
      }
    }
    return { info, pages };
  } finally {
    await doc.loadingTask.destroy();
  }
}
