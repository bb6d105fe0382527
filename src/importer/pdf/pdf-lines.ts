/**
 * A PDF page's runs rebuilt into lines: runs on one baseline (a superscript riding just above it included) in
 * left-to-right order, whatever order the file drew them in. Between two runs the gap decides: none (a word split
 * across runs), a space, or a cell break (a table's next column, written as a tab as the text importer reads it).
 * Ligatures become their letters; a bullet glyph (Word's Symbol-font U+F0B7, •, ▪, o, –) opening a line becomes "- ".
 */
import { PdfRefusal, type PdfLink, type PdfPage, type PdfRun } from './read-pdf';

/** A piece of a line's text, with the link it lies under. */
export interface Piece {
  text: string;
  url?: string;
}

/** One line of a page. */
export interface PdfLine {
  page: number;
  /** Baseline, points from the page's foot. */
  y: number;
  /** Where the line's first run starts. */
  x: number;
  /** Where its last run ends. */
  end: number;
  /** The line's body size: its largest run's. */
  size: number;
  bold: boolean;
  pieces: Piece[];
  /** Whether the line opens with superscript digits (a footnote at the foot of the page). */
  footnote: boolean;
  /** Whether the line has cells (a table row). */
  cells: boolean;
  /** Where each cell starts (one entry, the line's x, for a line without cells). */
  cellXs: number[];
  /** Whether a bullet glyph opened the line. */
  bullet: boolean;
}

const ligatures: Record<string, string> = { ﬀ: 'ff', ﬁ: 'fi', ﬂ: 'fl', ﬃ: 'ffi', ﬄ: 'ffl', ﬅ: 'st', ﬆ: 'st' };
/** Glyphs word processors draw as list bullets: Symbol-font private-use bullets, •, ▪, ●, ◦, ‣, o, and dashes. */
const bulletGlyph = /^[\uf0b7\uf0a7\uf076\uf0d8\uf0fc•▪●◦‣o–-]$/;
const superscriptDigits = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const toSuperscript = (digits: string) => digits.replace(/\d/g, (d) => superscriptDigits[Number(d)] ?? d);

/** The text of a run with ligatures turned into letters. */
export const runText = (text: string): string => text.replace(/[ﬀ-ﬆ]/g, (c) => ligatures[c] ?? c);

const inside = (x: number, y: number, [x0, y0, x1, y1]: PdfLink['rect']) => x >= x0 - 1 && x <= x1 + 1 && y >= y0 - 1 && y <= y1 + 1;

/**
 * Whether a run stands on a line's baseline: within a third of the size for runs of one size; a run clearly smaller
 * than the other rides along when raised by less than 0.7 of the larger size (a superscript), never when lowered.
 */
function sameLine(line: { y: number; size: number }, run: PdfRun): boolean {
  if (run.size >= 0.85 * line.size && line.size >= 0.85 * run.size) return Math.abs(line.y - run.y) < 0.3 * Math.min(line.size, run.size);
  const [big, small] = run.size > line.size ? [run, line] : [line, run];
  const rise = small.y - big.y;
  return rise > 0 && rise < 0.7 * big.size;
}

/** Groups a page's runs into lines, top to bottom. */
export function pageLines(page: PdfPage): PdfLine[] {
  const runs = page.runs.filter((r) => r.text.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: { y: number; size: number; runs: PdfRun[] }[] = [];
  for (const run of runs) {
    const group = groups.find((g) => sameLine(g, run));
    if (!group) groups.push({ y: run.y, size: run.size, runs: [run] });
    else {
      group.runs.push(run);
      if (run.size > group.size) [group.size, group.y] = [run.size, run.y];
    }
  }
  const sorted = groups.sort((a, b) => b.y - a.y);
  const columns = columnStarts(sorted);
  return sorted.map((g) => buildLine(page, g, columns));
}

/** A gap wider than any word space in running text: a cell break wherever it is, in any table. */
const cellGap = 1.5;
/** A gap too wide for a plain word space: a cell break where the run after it starts at a column of the page's table. */
const columnGap = 0.6;

/**
 * Where a page's table columns start: the x at which runs start after a wide gap (wider than a plain word space) on at
 * least three lines. Cell padding can leave two cells' words as close as a justified line's words are; the column a run
 * starts at tells them apart, where the gap alone cannot.
 */
function columnStarts(groups: readonly { size: number; runs: PdfRun[] }[]): number[] {
  const counts = new Map<number, number>();
  for (const g of groups) {
    const runs = [...g.runs].sort((a, b) => a.x - b.x);
    runs.forEach((run, i) => {
      const before = runs[i - 1];
      // The gap after a list's bullet glyph is the list's indent, not a column.
      if (i === 1 && before && bulletGlyph.test(before.text.trim())) return;
      if (before && run.x - (before.x + before.width) > columnGap * g.size)
        counts.set(Math.round(run.x), (counts.get(Math.round(run.x)) ?? 0) + 1);
    });
  }
  return [...counts].filter(([, n]) => n >= 3).map(([x]) => x);
}

const isSuperscript = (run: PdfRun, group: { y: number; size: number }) =>
  run.size < 0.85 * group.size && run.y > group.y + 0.15 * group.size && /^\d+$/.test(run.text.trim());

/**
 * A footnote marker drawn over a run that holds the words on both sides of it ("Bendall and" with "¹" above its
 * middle: a writer that drew the words together and the marker apart): the run is split where the marker stands, at
 * the end of the word nearest it, its width shared by characters, so the marker follows its word. Where no word ends
 * within three characters of the marker, which word it belongs to cannot be read for certain: the import is refused
 * at the page and words (PdfRefusal) rather than putting the marker after the whole run.
 */
function splitAroundMarkers(runs: PdfRun[], group: { y: number; size: number }, page: number): PdfRun[] {
  const out = [...runs];
  for (const mark of runs.filter((r) => isSuperscript(r, group))) {
    const host = out.findIndex((r) => !isSuperscript(r, group) && mark.x > r.x + 0.5 && mark.x < r.x + r.width - 0.5);
    const run = out[host];
    if (!run) continue;
    const at = ((mark.x - run.x) / run.width) * run.text.length;
    const ends = [...run.text.matchAll(/(?<=[\p{L}\p{N}).,;:’'"”])(?=\s|$)/gu)].map((m) => m.index);
    const cut = ends.sort((a, b) => Math.abs(a - at) - Math.abs(b - at))[0];
    if (cut === undefined || cut <= 0 || cut >= run.text.length || Math.abs(cut - at) > 3)
      throw new PdfRefusal(
        `page ${page}, near "${run.text.trim().slice(0, 40)}": footnote marker ${mark.text.trim()} is drawn over the middle of a word, so which word it follows cannot be read; import a copy whose marker stands at a word's end`,
      );
    const width = (run.width * cut) / run.text.length;
    // The second part keeps its share of the run's width, starting after the marker even where the shares misjudge it.
    const x = Math.max(run.x + width, mark.x + 0.01);
    out.splice(
      host,
      1,
      { ...run, text: run.text.slice(0, cut), width },
      { ...run, text: run.text.slice(cut), x, width: run.x + run.width - x },
    );
  }
  return out;
}

function buildLine(page: PdfPage, group: { y: number; size: number; runs: PdfRun[] }, columns: readonly number[]): PdfLine {
  const runs = splitAroundMarkers(group.runs, group, page.number).sort((a, b) => a.x - b.x);
  const pieces: Piece[] = [];
  let cells = false;
  let bullet = false;
  let footnote = false;
  let end = -Infinity;
  const cellXs = [runs[0]?.x ?? 0];
  runs.forEach((run, i) => {
    const superscript = isSuperscript(run, group);
    let text = superscript ? toSuperscript(run.text.trim()) : runText(run.text);
    if (i === 0 && superscript) footnote = true;
    const gap = run.x - end;
    let joint = '';
    if (i === 1 && bullet) joint = ' ';
    else if (i > 0 && !superscript) {
      const atColumn = gap > columnGap * group.size && columns.some((x) => Math.abs(x - run.x) <= 1.5);
      if (gap > cellGap * group.size || atColumn) {
        joint = '\t';
        cells = true;
        cellXs.push(run.x);
      } else if (gap > 0.12 * group.size && !/\s$/.test(pieces.at(-1)?.text ?? '') && !/^\s/.test(text)) joint = ' ';
    }
    if (i === 0 && bulletGlyph.test(text.trim()) && runs[1] && runs[1].x - (run.x + run.width) > 0.2 * group.size) {
      bullet = true;
      text = '-';
    }
    const url = page.links.find((l) => inside(run.x + run.width / 2, run.y + run.size / 3, l.rect))?.url;
    pieces.push({ text: joint + text, ...(url ? { url } : {}) });
    end = Math.max(end, run.x + run.width);
  });
  if (footnote && pieces[1] && !/^\s/.test(pieces[1].text)) pieces[1] = { ...pieces[1], text: ` ${pieces[1].text}` };
  const body = runs.filter((r) => r.size === group.size);
  return {
    page: page.number,
    y: group.y,
    x: runs[0]?.x ?? 0,
    end,
    size: group.size,
    bold: body.length > 0 && body.every((r) => r.bold),
    pieces,
    footnote,
    cells,
    cellXs,
    bullet,
  };
}

/** A line's plain text. */
export const lineText = (line: Pick<PdfLine, 'pieces'>): string => line.pieces.map((p) => p.text).join('');
