/**
 * The ratings a share card shows below its title (src/lib/images/card.ts): one PDU's rating on each standard, grouped
 * by domain, or several PDUs' overall and per-standard ratings as a table. Each rating is a coloured box with its
 * abbreviation, and a key under the block says each abbreviation in words, so colour is never the only signal. Sizes
 * are for a card shown about 500 px wide, as social sites show them: the smallest text is 24 px of 1200, 10 px there.
 */
import type { Rating } from '../../schemas/rating';
import { notRatedLabel, ratingAbbreviations, ratingLabels } from '../language/vocabulary';
import { textWidth, type FontMetrics } from '../typesetting/font-metrics';
import { inks, ratingSwatches } from './palette';
import { wrapText, xmlEscape } from '../typesetting/svg-text';

/** A rating on a card: a rating, or undefined for a standard not rated. */
export type CardRating = Rating | undefined;

/** One PDU's ratings per standard, grouped as its framework groups them. */
export interface CardStandards {
  kind: 'standards';
  groups: { heading: string; standards: { label: string; rating: CardRating }[] }[];
}

/** Several PDUs' ratings: a row each, the overall rating then one column per standard (its number). */
export interface CardMatrix {
  kind: 'matrix';
  columns: string[];
  /** What the columns' numbers are, under the table: "1.1–1.4 Organisational delivery · 2.1–2.5 Court work and case supervision". */
  caption: string;
  rows: { label: string; overall: Rating; ratings: CardRating[] }[];
}

/** The fonts the blocks are drawn in. */
export interface BlockFonts {
  regular: FontMetrics;
  bold: FontMetrics;
}

/** Where a block may draw: its left edge and width, its top, and the lowest line its key may stand on. */
export interface BlockArea {
  left: number;
  width: number;
  top: number;
  bottom: number;
}

/** A block drawn: its SVG and what it shows, in words, for the card's alternative text. */
export interface DrawnBlock {
  svg: string[];
  said: string;
}

const boxWidth = 64;
const boxHeight = 36;
const abbrevSize = 24;
const keySize = 24;

const swatchOf = (rating: CardRating) => ratingSwatches[rating ?? 'not-rated'];
const wordOf = (rating: CardRating) => (rating ? ratingLabels[rating] : notRatedLabel);

function label(x: number, y: number, content: string, size: number, options: { bold?: boolean; fill?: string; anchor?: string } = {}) {
  const weight = options.bold ? ' font-weight="700"' : '';
  const anchor = options.anchor ? ` text-anchor="${options.anchor}"` : '';
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${size}"${weight}${anchor} fill="${options.fill ?? inks.ink}">${xmlEscape(content)}</text>`;
}

/** A rating's box with its abbreviation, centred in `width` from `x`; a standard not rated has a dashed border. */
function ratingBox(x: number, top: number, rating: CardRating, width = boxWidth): string {
  const swatch = swatchOf(rating);
  const dash = rating ? '' : ' stroke-dasharray="6 4"';
  return (
    `<rect x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${width.toFixed(1)}" height="${boxHeight}" rx="3" fill="${swatch.fill}" stroke="${swatch.stroke}" stroke-width="2"${dash}/>` +
    label(x + width / 2, top + boxHeight / 2 + abbrevSize * 0.35, ratingAbbreviations[rating ?? 'not-rated'], abbrevSize, {
      bold: true,
      fill: swatch.text,
      anchor: 'middle',
    })
  );
}

/** The key to the abbreviations a block used, best rating first, on one line at `y`: "[RI] Requires improvement  [G] Good". */
function key(used: readonly CardRating[], fonts: BlockFonts, left: number, y: number): string[] {
  const order: CardRating[] = [...(Object.keys(ratingLabels) as Rating[]), undefined];
  const present = order.filter((r) => used.includes(r));
  const svg: string[] = [];
  let x = left;
  for (const rating of present) {
    svg.push(ratingBox(x, y - boxHeight + 9, rating, 52));
    svg.push(label(x + 60, y, wordOf(rating), keySize, { fill: inks.muted }));
    x += 60 + textWidth(fonts.regular, wordOf(rating), keySize) + 28;
  }
  return ['<g class="key">', ...svg, '</g>'];
}

/**
 * One PDU's rating on each standard, in columns of its framework's domains: each domain's heading, then a row per
 * standard (the rating's box and the standard's number and name). What does not fit is counted ("and 3 more standards").
 */
export function drawStandards(block: CardStandards, fonts: BlockFonts, area: BlockArea): DrawnBlock {
  const rowHeight = 42;
  const headingHeight = 32;
  const size = 28;
  const keyY = area.bottom;
  const floor = keyY - boxHeight - 8;
  const columns = 2;
  const gap = 32;
  const columnWidth = (area.width - gap * (columns - 1)) / columns;
  const svg: string[] = [];
  const said: string[] = [];
  const used: CardRating[] = [];
  let column = 0;
  let y = area.top;
  const all = block.groups.flatMap((g) => g.standards);
  let drawn = 0;
  const x = () => area.left + column * (columnWidth + gap);
  const room = (height: number) => {
    if (y + height <= floor) return true;
    if (column + 1 >= columns) return false;
    column++;
    y = area.top;
    return y + height <= floor;
  };
  outer: for (const group of block.groups) {
    // A heading never stands alone at the foot of a column.
    if (!room(headingHeight + rowHeight)) break;
    svg.push(
      label(x(), y + 22, wrapText(group.heading, fonts.bold, 24, columnWidth, 1).lines[0] ?? '', 24, { bold: true, fill: inks.muted }),
    );
    y += headingHeight;
    for (const standard of group.standards) {
      if (!room(rowHeight)) break outer;
      svg.push(ratingBox(x(), y, standard.rating));
      const name = wrapText(standard.label, fonts.regular, size, columnWidth - boxWidth - 14, 1).lines[0] ?? '';
      svg.push(label(x() + boxWidth + 14, y + boxHeight / 2 + size * 0.35, name, size));
      said.push(`${standard.label}: ${wordOf(standard.rating)}`);
      used.push(standard.rating);
      drawn++;
      y += rowHeight;
    }
  }
  const left = all.length - drawn;
  if (left) {
    const more = `and ${left} more ${left === 1 ? 'standard' : 'standards'}`;
    svg.push(label(x(), Math.min(y + 28, floor), more, 24, { fill: inks.muted }));
    said.push(more);
  }
  svg.push(...key(used, fonts, area.left, keyY));
  return { svg, said: said.join(', ') };
}

/**
 * Several PDUs' ratings as a table: a row per PDU (its name, its overall rating in words where they fit, else
 * abbreviated, then a box per standard), under a header of the standards' numbers. Rows that do not fit are counted.
 */
export function drawMatrix(block: CardMatrix, fonts: BlockFonts, area: BlockArea): DrawnBlock {
  const size = 28;
  const rowHeight = 52;
  const headerHeight = 34;
  const keyY = area.bottom;
  const floor = keyY - boxHeight - 10;
  const cellGap = 6;
  const longestName = Math.max(...block.rows.map((r) => textWidth(fonts.regular, r.label, size)), 0);
  const nameWidth = Math.min(Math.max(longestName, 160), 300) + 20;
  const cellWidth = Math.min(52, (area.width - nameWidth - 120) / Math.max(block.columns.length, 1) - cellGap);
  const standardsWidth = block.columns.length * (cellWidth + cellGap);
  const overallRoom = area.width - nameWidth - standardsWidth - 24;
  const longestWord = Math.max(...block.rows.map((r) => textWidth(fonts.bold, ratingLabels[r.overall], abbrevSize) + 24), 0);
  // The overall rating in words where they fit; else its abbreviation, which the key says in words.
  const overallInWords = longestWord <= overallRoom;
  const overallWidth = overallInWords ? longestWord : boxWidth;
  const standardsLeft = area.left + nameWidth + overallWidth + 24;
  const svg: string[] = [];
  const used: CardRating[] = [];
  const said: string[] = [];
  svg.push(label(area.left + nameWidth, area.top + 24, 'Overall', 24, { bold: true, fill: inks.muted }));
  block.columns.forEach((c, i) =>
    svg.push(
      label(standardsLeft + i * (cellWidth + cellGap) + cellWidth / 2, area.top + 24, c, 24, {
        bold: true,
        fill: inks.muted,
        anchor: 'middle',
      }),
    ),
  );
  const rowsTop = area.top + headerHeight;
  // The rows that fit above the key; when some do not, one row fewer, to leave a line counting the rest.
  const fitting = Math.floor((floor - rowsTop + rowHeight - boxHeight) / rowHeight);
  const shown = block.rows.length <= fitting ? block.rows.length : Math.max(fitting - 1, 0);
  let y = rowsTop;
  let drawn = 0;
  for (const row of block.rows.slice(0, shown)) {
    svg.push(
      label(area.left, y + boxHeight / 2 + size * 0.35, wrapText(row.label, fonts.regular, size, nameWidth - 20, 1).lines[0] ?? '', size),
    );
    if (overallInWords) {
      const swatch = swatchOf(row.overall);
      svg.push(
        `<rect x="${(area.left + nameWidth).toFixed(1)}" y="${y.toFixed(1)}" width="${overallWidth.toFixed(1)}" height="${boxHeight}" rx="3" fill="${swatch.fill}" stroke="${swatch.stroke}" stroke-width="2"/>`,
        label(area.left + nameWidth + 12, y + boxHeight / 2 + abbrevSize * 0.35, ratingLabels[row.overall], abbrevSize, {
          bold: true,
          fill: swatch.text,
        }),
      );
    } else {
      svg.push(ratingBox(area.left + nameWidth, y, row.overall));
      used.push(row.overall);
    }
    row.ratings.forEach((rating, i) => {
      svg.push(ratingBox(standardsLeft + i * (cellWidth + cellGap), y, rating, cellWidth));
      used.push(rating);
    });
    said.push(`${row.label} ${ratingLabels[row.overall]}`);
    drawn++;
    y += rowHeight;
  }
  const left = block.rows.length - drawn;
  if (left) {
    const more = `and ${left} more ${left === 1 ? 'PDU' : 'PDUs'}`;
    svg.push(label(area.left, y + 24, more, 24, { fill: inks.muted }));
    said.push(more);
    y += 36;
  }
  // What the numbers are, where there is room above the key.
  const caption = wrapText(block.caption, fonts.regular, 24, area.width, 1).lines[0];
  if (caption && y + 30 <= floor) svg.push(label(area.left, y + 24, caption, 24, { fill: inks.muted }));
  svg.push(...key(used, fonts, area.left, keyY));
  const tally = ratingTally(block.rows.slice(0, drawn).flatMap((r) => r.ratings));
  return { svg, said: `Overall: ${said.join(', ')}. Their ratings on ${block.columns.length} standards: ${tally}` };
}

/** "5 Good, 12 Requires improvement, 9 Inadequate and 1 not rated": the ratings counted, best first. */
export function ratingTally(ratings: readonly CardRating[]): string {
  const order: CardRating[] = [...(Object.keys(ratingLabels) as Rating[]), undefined];
  const parts = order
    .map((r) => ({ r, n: ratings.filter((x) => x === r).length }))
    .filter((p) => p.n > 0)
    .map((p) => `${p.n} ${p.r ? ratingLabels[p.r] : 'not rated'}`);
  return parts.length < 2 ? (parts[0] ?? 'none') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
