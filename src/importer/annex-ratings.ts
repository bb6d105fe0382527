import type { Link } from '../schemas/footnote';
import type { Rating } from '../schemas/rating';
import { slugify } from '../lib/ids';
import { parseRatingWord } from '../lib/ratings';
import type { SeedProblem } from './errors';
import { parseMonthYear } from './header';
import type { SeedLine } from './lines';

/** A PDU's ratings as read from Annexe two, before they are checked against a framework. */
export interface DraftPdu {
  id: string;
  name: string;
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
}

interface Cell {
  text: string;
  n: number;
}

/** Splits annex lines into cells: both layouts (tab-separated rows, and **bold** values) come apart the same way. */
function cellsOf(lines: readonly SeedLine[]): Cell[] {
  return lines.flatMap(({ text, n }) =>
    text
      .split(/\t|\*\*/)
      .map((t) => t.trim())
      .filter(Boolean)
      .map((t) => ({ text: t, n })),
  );
}

const scorePattern = /^(\d+)\s*\/\s*(\d+)$/;

/**
 * Reads Annexe two: its introduction and links, then for each PDU the fieldwork month, stated score,
 * overall rating and a rating per standard. A standard listed without a rating, or not listed, is not rated.
 */
export function parseRatingsAnnex(lines: readonly SeedLine[], problems: SeedProblem[]) {
  const intro: string[] = [];
  const links: Link[] = [];
  let start = 0;
  for (const { text } of lines) {
    const link = /^\[(.+)\]\((\S+)\)$/.exec(text);
    if (link) links.push({ text: link[1].replace(/\\([()[\]])/g, '$1'), url: link[2] });
    else if (/[.:]$/.test(text) && text.split(/\s+/).length > 8) intro.push(text);
    else break;
    start += 1;
  }

  const cells = cellsOf(lines.slice(start));
  const pdus: DraftPdu[] = [];
  const current = (cell: Cell) => {
    const pdu = pdus.at(-1);
    if (!pdu) problems.push({ line: cell.n, message: `"${cell.text}" stands before any PDU name in Annexe two` });
    return pdu;
  };
  const startPdu = (name: string, n: number) => {
    const clean = name.replace(/\s+PDU$/i, '').trim();
    pdus.push({ id: slugify(clean), name: clean, line: n, ratings: {}, standardNames: {}, domainNames: {} });
  };

  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    const next = cells[i + 1];
    let m: RegExpExecArray | null;
    if ((m = /^(.*?)\s*Fieldwork started\s+(.+)$/i.exec(cell.text))) {
      if (m[1]) startPdu(m[1], cell.n);
      const month = parseMonthYear(m[2]);
      const pdu = current(cell);
      if (!month) problems.push({ line: cell.n, message: `cannot read the fieldwork month "${m[2]}" (expected e.g. "March 2023")` });
      else if (pdu) pdu.fieldworkStarted = month;
    } else if ((m = /^Score(?:\s+(.+))?$/i.exec(cell.text))) {
      const value = m[1] ?? (next && scorePattern.test(next.text) ? cells[++i].text : undefined);
      const score = value ? scorePattern.exec(value) : null;
      const pdu = current(cell);
      if (!score) problems.push({ line: cell.n, message: 'a "Score" without a points/maximum value such as 7/27' });
      else if (pdu) pdu.score = { points: Number(score[1]), max: Number(score[2]) };
    } else if ((m = /^Overall rating(?:\s+(.+))?$/i.exec(cell.text))) {
      const word = m[1] ?? (next && parseRatingWord(next.text) ? cells[++i].text : undefined);
      const rating = word ? parseRatingWord(word) : undefined;
      const pdu = current(cell);
      if (!rating) problems.push({ line: cell.n, message: `an "Overall rating" without a rating word${word ? ` ("${word}" is not one)` : ''}` });
      else if (pdu) pdu.overall = rating;
    } else if ((m = /^(\d+\.\d+)\s+(.+)$/.exec(cell.text))) {
      const pdu = current(cell);
      const rating = next ? parseRatingWord(next.text) : undefined;
      if (rating) i += 1;
      if (pdu) {
        pdu.standardNames[m[1]] = m[2];
        if (rating) pdu.ratings[m[1]] = rating;
      }
    } else if ((m = /^(\d+)\.\s+(.+)$/.exec(cell.text))) {
      const pdu = current(cell);
      if (pdu) pdu.domainNames[m[1]] = m[2];
    } else if (parseRatingWord(cell.text)) {
      problems.push({ line: cell.n, message: `rating "${cell.text}" does not follow a standard, "Overall rating" or a PDU` });
    } else if (!/\d/.test(cell.text) && cell.text.split(/\s+/).length <= 6) {
      startPdu(cell.text, cell.n);
    } else {
      problems.push({ line: cell.n, message: `cannot place "${cell.text.slice(0, 60)}" in Annexe two` });
    }
  }
  return { intro, links, pdus };
}
