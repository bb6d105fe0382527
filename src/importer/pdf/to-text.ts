/**
 * A PDF's lines written as the text the importer reads (the layout of the seeds): one paragraph, heading, list item,
 * footnote or table row per line, blank lines between blocks, links as `[text](url)`. Page furniture (running headers
 * and footers, "Page n of m", page numbers) is set aside and counted. Each text line keeps the page and words it came
 * from, so a refusal names "page 4, near …" rather than a line of a text the editor never saw.
 */
import { lineText, pageLines, type PdfLine, type Piece } from './pdf-lines';
import type { PdfPage } from './read-pdf';
import { must } from '../../lib/must';
import { mergeCellContinuations } from './tables';

/** Where a line of the written text came from. */
export interface TextPlace {
  page: number;
  /** The first words of the PDF line it starts with. */
  near: string;
}

/** The text for the importer, where each of its lines came from, and what was set aside or needs review. */
export interface PdfText {
  text: string;
  /** places[n - 1]: the place of text line n (undefined for blank lines). */
  places: (TextPlace | undefined)[];
  /** Page furniture set aside, e.g. `"Page n of m" (12 pages)`. */
  furniture: string[];
  /** Words hyphenated at a line end that the letter does not otherwise write joined: kept hyphenated, for review. */
  hyphenated: string[];
}

/** Digits stood for by one mark, so "Page 3 of 12" and "Page 4 of 12" are the same furniture. */
const furnitureKey = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
const pageNumber = /^(?:page\s+)?(\d+)(?:\s+(?:of|\/)\s+(\d+))?$/i;
/** Whether a line in the margin numbers its page: "7", "Page 7" or "7 of 16" with this page's number (not "2023"). */
const numbersPage = (text: string, page: number, pages: number) => {
  const [, n, of] = pageNumber.exec(text) ?? [];
  return n !== undefined && Number(n) === page && (of === undefined || Number(of) === pages);
};

/** The lines that repeat at the top or foot of the pages, or number them: each is set aside. */
function furnitureOf(pages: readonly PdfPage[], lines: readonly PdfLine[]): { set: Set<PdfLine>; kinds: string[] } {
  const margin = (line: PdfLine) => {
    const height = pages[line.page - 1]?.height ?? 842;
    return line.y > height * 0.88 || line.y < height * 0.12;
  };
  const seen = new Map<string, Set<number>>();
  for (const line of lines.filter(margin)) {
    const key = furnitureKey(lineText(line));
    seen.set(key, (seen.get(key) ?? new Set()).add(line.page));
  }
  const set = new Set<PdfLine>();
  const kinds = new Map<string, number>();
  for (const line of lines.filter(margin)) {
    const key = furnitureKey(lineText(line));
    const repeats = pages.length > 1 && (seen.get(key)?.size ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
    if (repeats || numbersPage(lineText(line).trim(), line.page, pages.length)) {
      set.add(line);
      kinds.set(key, (kinds.get(key) ?? 0) + 1);
    }
  }
  return { set, kinds: [...kinds].map(([key, n]) => `"${key.replace(/#/g, 'n')}" (${n} ${n === 1 ? 'page' : 'pages'})`) };
}

/** The left and right edges of each page's text. */
function edges(lines: readonly PdfLine[]): { left: Map<number, number>; right: Map<number, number> } {
  const left = new Map<number, number>();
  const right = new Map<number, number>();
  for (const l of lines) {
    left.set(l.page, Math.min(left.get(l.page) ?? Infinity, l.x));
    right.set(l.page, Math.max(right.get(l.page) ?? 0, l.end));
  }
  return { left, right };
}

/** Whether a line runs to the right edge of its page's text, as a line that wrapped does. */
const reachesRight = (line: PdfLine, { left, right }: ReturnType<typeof edges>) => {
  const r = right.get(line.page) ?? line.end;
  return line.end >= r - 0.2 * (r - (left.get(line.page) ?? 0));
};

/**
 * For each font size, its line spacing: the most common distance from a line that wrapped (it runs to the right edge,
 * and the next line starts where it did) to the next. Table rows and single-spaced addresses do not wrap, so they never
 * set it; a size with no wrapped line takes single spacing, 1.2 times the size.
 */
function leadings(lines: readonly PdfLine[], edge: ReturnType<typeof edges>): (size: number) => number {
  const counts = new Map<number, Map<number, number>>();
  lines.forEach((b, i) => {
    const a = lines[i - 1];
    if (!a || a.page !== b.page || a.size !== b.size || a.y <= b.y || a.cells || Math.abs(a.x - b.x) > 1 || !reachesRight(a, edge)) return;
    const gap = Math.round((a.y - b.y) * 2) / 2;
    const bySize = counts.get(a.size) ?? new Map<number, number>();
    counts.set(a.size, bySize.set(gap, (bySize.get(gap) ?? 0) + 1));
  });
  const common = new Map(
    [...counts].map(([size, gaps]) => [size, must([...gaps].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0], 'a line gap')[0]]),
  );
  return (size) => common.get(size) ?? 1.2 * size;
}

const numbered = /^(\d+\.|\d+\.\d+)\s/;

/** Whether `next` carries on the paragraph `last` is in: same page, font and size, no new item, at line spacing. */
function continues(last: PdfLine, next: PdfLine, spacing: (size: number) => number): boolean {
  if (next.page !== last.page || next.cells || last.cells || next.bullet || next.footnote) return false;
  if (Math.abs(next.size - last.size) > 0.5 || next.bold !== last.bold) return false;
  if (numbered.test(lineText(next))) return false;
  const gap = last.y - next.y;
  return gap > 0 && gap <= 1.3 * spacing(last.size);
}

/** Writes pieces as text, runs under one link as `[text](url)` (parentheses in the text escaped, as seeds write them). */
function render(pieces: readonly Piece[]): string {
  let out = '';
  let link: { url: string; text: string } | undefined;
  const close = () => {
    if (!link) return;
    const lead = /^\s*/.exec(link.text)?.[0] ?? '';
    out += `${lead}[${link.text.slice(lead.length).trimEnd().replace(/[()]/g, '\\$&')}](${link.url})`;
    link = undefined;
  };
  for (const piece of pieces) {
    if (link && piece.url === link.url) link.text += piece.text;
    else {
      close();
      if (piece.url) link = { url: piece.url, text: piece.text };
      else out += piece.text;
    }
  }
  close();
  return out;
}

/** A heading's words as compared: letter case and spacing aside. */
const headingKey = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Whether a block is a footnote (its first line opens with a superscript marker). */
const isFootnoteBlock = (block: Block) => /^[⁰¹²³⁴⁵⁶⁷⁸⁹]/u.test(block.lines[0]?.[0]?.text.trimStart() ?? '');

/**
 * Whether the first line of a page carries on the running text the page before ended with: the same size and weight,
 * starting where it did, after a line that ran to the right edge (it wrapped), and not a new item of its own.
 */
function carriesOver(before: PdfLine, next: PdfLine, edge: ReturnType<typeof edges>): boolean {
  if (next.cells || before.cells || next.bullet || next.footnote || numbered.test(lineText(next))) return false;
  if (Math.abs(next.size - before.size) > 0.5 || next.bold !== before.bold || Math.abs(next.x - before.x) > 1) return false;
  // A sentence ending at the foot of a page and a capital at the top may be two paragraphs or one: as a text seed's page
  // break is mended, only a line that cannot end a paragraph, or one the next page carries on in lower case, is joined.
  const ends = /[.!?:;"”’')\]]$/.test(lineText(before).trim()) && !/^\s*\p{Ll}/u.test(lineText(next));
  return reachesRight(before, edge) && !ends;
}

/**
 * Whether the first line of a page carries on a list item the page before ended in: it is indented from the page's
 * left edge (under the item's text, not at a bullet or the margin) and opens with no bullet of its own.
 */
function carriesListItem(body: { line: PdfLine; block: Block }, next: PdfLine, edge: ReturnType<typeof edges>): boolean {
  const item = /^\s*- /.test(body.block.lines[0]?.map((p) => p.text).join('') ?? '');
  const indented = next.x > (edge.left.get(next.page) ?? next.x) + 6;
  return item && indented && !next.bullet && !next.cells && !next.footnote && Math.abs(next.size - body.line.size) <= 0.5;
}

/** A block of the text: one or more lines (an address keeps its line breaks), then a blank line. */
interface Block {
  lines: Piece[][];
  place: TextPlace;
  table: boolean;
}

/**
 * Rebuilds the letter's text from its pages. A paragraph's lines are joined with a space where the text wrapped (the
 * line before reaches the right of the text), and kept as lines of one block where it did not (an address, a list of
 * names). `figures` (alternative text of images, e.g. the signature's) are written after the closing ("Yours
 * sincerely,") on their page, as the seeds write a signature's description.
 */
export function pdfText(pages: readonly PdfPage[], headings: readonly string[] = []): PdfText {
  // A line that is one of the letter layout's headings (content/reference/letter-layout.json) stands alone, whatever
  // its font: nothing carries on it, and it carries on nothing.
  const known = new Set(headings.map(headingKey));
  const isHeading = (line: PdfLine) => known.has(headingKey(lineText(line)));
  const all = pages.flatMap(pageLines);
  const furniture = furnitureOf(pages, all);
  const unmerged = all.filter((l) => !furniture.set.has(l));
  const edge = edges(unmerged);
  const spacing = leadings(unmerged, edge);
  const lines = mergeCellContinuations(unmerged, spacing);
  const firstOfPage = new Map<number, PdfLine>();
  for (const l of lines) if (!firstOfPage.has(l.page)) firstOfPage.set(l.page, l);
  const words = new Set(
    lines.flatMap(
      (l) =>
        lineText(l)
          .toLowerCase()
          .match(/\p{L}+(?:-\p{L}+)*/gu) ?? [],
    ),
  );
  const blocks: Block[] = [];
  const hyphenated: string[] = [];
  let last: PdfLine | undefined;
  // The last line of running text and its block: a paragraph a page break splits carries on past the footnotes at the
  // page's foot and the running header of the next, into the block it started.
  let body: { line: PdfLine; block: Block } | undefined;
  for (const line of lines) {
    const place = { page: line.page, near: lineText(line).trim().slice(0, 40) };
    const current = blocks.at(-1);
    const overPage =
      body &&
      line.page === body.line.page + 1 &&
      line === firstOfPage.get(line.page) &&
      (carriesOver(body.line, line, edge) || carriesListItem(body, line, edge));
    if (overPage && body) {
      joinWrapped(must(body.block.lines.at(-1), 'the block’s last line'), line, words, hyphenated);
      body = { line, block: body.block };
      last = line;
      continue;
    }
    if (current && last && !isHeading(line) && !isHeading(last) && continues(last, line, spacing)) {
      const pieces = must(current.lines.at(-1), 'the block’s last line');
      if (!reachesRight(last, edge)) current.lines.push([...line.pieces.map((p, k) => (k === 0 ? { ...p, text: p.text.trimStart() } : p))]);
      else joinWrapped(pieces, line, words, hyphenated);
    } else {
      blocks.push({ lines: [[...line.pieces]], place, table: line.cells });
      const figures = pages[line.page - 1]?.figures ?? [];
      if (/^Yours (sincerely|faithfully),?$/i.test(lineText(line).trim()) && figures.length) {
        for (const alt of figures) blocks.push({ lines: [[{ text: alt }]], place, table: false });
        // The next line starts a block of its own: nothing carries on a figure's description.
        last = undefined;
        continue;
      }
    }
    const block = must(blocks.at(-1), 'the line’s block');
    if (!line.footnote && !(block.lines.length === 1 && isFootnoteBlock(block))) body = { line, block };
    last = line;
  }
  const out: string[] = [];
  const places: (TextPlace | undefined)[] = [];
  blocks.forEach((block, i) => {
    for (const pieces of block.lines) {
      out.push(render(pieces).replace(/[ ]+/g, ' ').trim());
      places.push(block.place);
    }
    // Table rows stand on consecutive lines, as the seeds write Annexe two; every other block ends with a blank line.
    if (!(block.table && blocks[i + 1]?.table)) {
      out.push('');
      places.push(undefined);
    }
  });
  return { text: `${out.join('\n')}\n`, places, furniture: furniture.kinds, hyphenated };
}

/**
 * Joins a wrapped line onto the line it carries on. A word hyphenated at the line end ("co-" + "commissioned") is kept
 * hyphenated where the letter writes it so elsewhere and joined where it writes the whole word; written neither way, it
 * is kept hyphenated and listed for review.
 */
function joinWrapped(pieces: Piece[], line: PdfLine, words: ReadonlySet<string>, hyphenated: string[]): void {
  const tail = must(pieces.at(-1), 'the line carried on');
  const head = must(line.pieces[0], 'the wrapped line’s first run');
  const broken = /(\p{L}[\p{L}-]*)-$/u.exec(pieces.map((p) => p.text).join(''));
  const start = /^\s*(\p{Ll}+)/u.exec(head.text);
  if (!broken || !start) {
    pieces.push({ ...head, text: ` ${head.text.trimStart()}` }, ...line.pieces.slice(1));
    return;
  }
  const [hyphened, whole] = [`${broken[1]}-${start[1]}`, `${broken[1]}${start[1]}`].map((w) => w.toLowerCase());
  const join = words.has(whole ?? '') && !words.has(hyphened ?? '');
  if (!join && !words.has(hyphened ?? '')) hyphenated.push(`${broken[1]}-${start[1]} (page ${line.page})`);
  pieces[pieces.length - 1] = { ...tail, text: join ? tail.text.slice(0, -1) : tail.text };
  pieces.push({ ...head, text: head.text.trimStart() }, ...line.pieces.slice(1));
}
