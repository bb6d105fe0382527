import type { Link } from '../schemas/footnote';
import type { Rating } from '../schemas/rating';
import { slugify } from '../lib/model/ids';
import { parseRatingWord } from '../lib/model/ratings';
import { must } from '../lib/must';
import { notRatedLabel, ratingLabels } from '../lib/language/vocabulary';
import { ratingValues } from '../schemas/rating';
import type { SeedProblem } from './errors';
import { parseMonthYear } from './header';
import type { Ledger } from './ledger';
import type { SeedLine } from './lines';
import { lookalikeNote, nameProblem } from './lookalikes';

/** A PDU's ratings as read from Annexe two, before they are checked against a framework. */
export interface DraftPdu {
  id: string;
  name: string;
  /** The line of the PDU's heading. */
  line: number;
  fieldworkStarted?: string;
  score?: { points: number; max: number };
  overall?: Rating;
  /** Standard number -> rating, in printed order. */
  ratings: Record<string, Rating>;
  /** Standard number -> the name printed beside it. */
  standardNames: Record<string, string>;
  /** Domain number -> the name printed beside it. */
  domainNames: Record<string, string>;
  /** Where each fact was read: "score", "overall", "fieldwork", "standard 2.2", "domain 2". */
  lines: Record<string, number>;
}

interface Cell {
  text: string;
  line: SeedLine;
}

/** Splits annex lines into cells: both layouts (tab-separated rows, and **bold** values) come apart the same way. */
function cellsOf(lines: readonly SeedLine[]): Cell[] {
  return lines.flatMap((line) =>
    line.text
      .split(/\t|\*\*/)
      .map((t) => t.trim())
      .filter(Boolean)
      .map((text) => ({ text, line })),
  );
}

/** The accepted rating words, for messages. */
export const ratingWordList = ratingValues.map((r) => ratingLabels[r]).join(', ');

/**
 * Reads a printed rating word: one of the four, in any letter case, with or without a final full stop.
 * "Not rated" reads as null. Anything else is undefined: never the nearest word.
 */
export function readRatingWord(word: string): Rating | null | undefined {
  const bare = word.trim().replace(/\.$/, '');
  if (bare.replace(/\s+/g, ' ').toLowerCase() === notRatedLabel.toLowerCase()) return null;
  return parseRatingWord(bare);
}

const scorePattern = /^(\d+)\s*\/\s*(\d+)$/;
const standardPattern = /^(\d+\.\d+)\s+(.+)$/;
const domainPattern = /^(\d+)\.\s+(.+)$/;
const fieldworkPattern = /^(.*?)\s*Fieldwork started\s+(.+)$/i;
const pduHeadingPattern = /^(.+?)\s+PDU$/i;

/** A cell that starts a new row of the annex (as opposed to a value of the row before). */
function startsRow(cell: Cell | undefined, after: Cell | undefined): boolean {
  if (!cell) return true;
  const t = cell.text;
  return (
    standardPattern.test(t) ||
    domainPattern.test(t) ||
    fieldworkPattern.test(t) ||
    /^Score\b/i.test(t) ||
    /^Overall rating\b/i.test(t) ||
    pduHeadingPattern.test(t) ||
    (after !== undefined && /^Fieldwork started\b/i.test(after.text))
  );
}

const unknownRating = (cell: Cell, what: string) => {
  const note = lookalikeNote(cell.text);
  return {
    line: cell.line.n,
    message: `"${cell.text}" ${what} is not a rating word${note ? ` (${note})` : ''}; expected one of ${ratingWordList}`,
  };
};

/**
 * Reads Annexe two: its introduction and links, then for each PDU the fieldwork month, stated score,
 * overall rating and a rating per standard. A standard listed without a rating, or not listed, is not rated.
 * A cell it cannot place, an unknown rating word or a standard listed twice is a problem naming the line.
 */
export function parseRatingsAnnex(lines: readonly SeedLine[], ledger: Ledger, problems: SeedProblem[]) {
  const intro: string[] = [];
  const links: Link[] = [];
  /** The source line of each link, for a problem found in it later. */
  const linkLines: number[] = [];
  let start = 0;
  for (const line of lines) {
    const [, linkText, url] = /^\[(.+)\]\((\S+)\)$/.exec(line.text) ?? [];
    if (linkText && url) {
      links.push({ text: linkText.replace(/\\([()[\]])/g, '$1'), url });
      linkLines.push(line.n);
    } else if (/[.:]$/.test(line.text) && line.text.split(/\s+/).length > 8) intro.push(line.text);
    else break;
    ledger.place(line, 'ratings introduction');
    start += 1;
  }

  const cells = cellsOf(lines.slice(start));
  const pdus: DraftPdu[] = [];
  const current = (cell: Cell) => {
    const pdu = pdus.at(-1);
    if (!pdu) problems.push({ line: cell.line.n, message: `"${cell.text}" stands before any PDU name in Annexe two` });
    return pdu;
  };
  const startPdu = (name: string, cell: Cell) => {
    const clean = name.replace(/\s+PDU$/i, '').trim();
    const problem = nameProblem(clean);
    if (problem) problems.push({ line: cell.line.n, message: `the PDU name "${clean}" cannot be published: ${problem}` });
    if (pdus.some((p) => p.name === clean))
      problems.push({ line: cell.line.n, message: `the PDU "${clean}" is rated twice in Annexe two` });
    pdus.push({ id: slugify(clean), name: clean, line: cell.line.n, ratings: {}, standardNames: {}, domainNames: {}, lines: {} });
  };

  for (let i = 0; i < cells.length; i++) {
    const cell = must(cells[i], `cell ${i} of Annexe two`);
    const next = cells[i + 1];
    ledger.place(cell.line, 'rating row');
    /** Takes the next cell as this row's value. */
    const take = (value: Cell) => {
      ledger.place(value.line, 'rating row');
      i += 1;
      return value;
    };
    let m: RegExpExecArray | null;
    if ((m = fieldworkPattern.exec(cell.text))) {
      if (m[1]) startPdu(m[1], cell);
      const month = parseMonthYear(must(m[2], 'the month after "Fieldwork started"'));
      const pdu = current(cell);
      if (!month)
        problems.push({
          line: cell.line.n,
          message: `cannot read the fieldwork month "${m[2]}" (expected a month and year such as "March 2023")`,
        });
      else if (pdu) {
        pdu.fieldworkStarted = month;
        pdu.lines.fieldwork = cell.line.n;
      }
    } else if ((m = /^Score(?:\s+(.+))?$/i.exec(cell.text))) {
      const value = m[1] ?? (next && scorePattern.test(next.text) ? take(next).text : undefined);
      const score = value ? scorePattern.exec(value) : null;
      const pdu = current(cell);
      if (!score)
        problems.push({
          line: cell.line.n,
          message: `a "Score" without a points/maximum value such as 7/27${value ? ` ("${value}" is not one)` : ''}`,
        });
      else if (pdu) {
        pdu.score = { points: Number(score[1]), max: Number(score[2]) };
        pdu.lines.score = cell.line.n;
      }
    } else if ((m = /^Overall rating(?:\s+(.+))?$/i.exec(cell.text))) {
      const wordCell =
        m[1] !== undefined ? { text: m[1], line: cell.line } : next && !startsRow(next, cells[i + 2]) ? take(next) : undefined;
      const pdu = current(cell);
      const rating = wordCell ? readRatingWord(wordCell.text) : undefined;
      if (!wordCell)
        problems.push({ line: cell.line.n, message: `an "Overall rating" without a rating word; expected one of ${ratingWordList}` });
      else if (!rating) problems.push(unknownRating(wordCell, 'as an overall rating'));
      else if (pdu) {
        pdu.overall = rating;
        pdu.lines.overall = wordCell.line.n;
      }
    } else if ((m = standardPattern.exec(cell.text))) {
      const pdu = current(cell);
      const id = must(m[1], 'the standard number');
      const name = must(m[2], `the name of standard ${id}`);
      let rating: Rating | null | undefined = null;
      if (next && !startsRow(next, cells[i + 2])) {
        const word = take(next);
        rating = readRatingWord(word.text);
        if (rating === undefined) problems.push(unknownRating(word, `beside ${cell.text}`));
      }
      if (pdu) {
        if (id in pdu.standardNames) problems.push({ line: cell.line.n, message: `standard ${id} is listed twice for ${pdu.name}` });
        pdu.standardNames[id] = name;
        pdu.lines[`standard ${id}`] = cell.line.n;
        if (rating) pdu.ratings[id] = rating;
      }
    } else if ((m = domainPattern.exec(cell.text))) {
      const pdu = current(cell);
      if (pdu) {
        const number = must(m[1], 'the domain number');
        pdu.domainNames[number] = must(m[2], `the name of domain ${number}`);
        pdu.lines[`domain ${number}`] = cell.line.n;
      }
    } else if (readRatingWord(cell.text) !== undefined) {
      problems.push({ line: cell.line.n, message: `the rating "${cell.text}" does not follow a standard or "Overall rating"` });
    } else if (pduHeadingPattern.test(cell.text) || (next && /^Fieldwork started\b/i.test(next.text))) {
      startPdu(cell.text, cell);
    } else {
      const note = lookalikeNote(cell.text);
      problems.push({
        line: cell.line.n,
        message: `cannot place "${cell.text.slice(0, 60)}" in Annexe two${note ? ` (${note})` : ''}: expected a PDU name, "Fieldwork started …", "Score", "Overall rating", a standard such as "2.2 Assessment" or one of ${ratingWordList}`,
      });
    }
  }
  return { intro, links, linkLines, pdus };
}
