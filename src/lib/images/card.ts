import type { Rating } from '../../schemas/rating';
import { drawMatrix, drawStandards, type CardMatrix, type CardStandards } from './card-ratings';
import { missingCharacters, textWidth, type FontMetrics } from '../typesetting/font-metrics';
import { inks, ratingSwatches, type Swatch } from './palette';
import { wrapText, xmlEscape } from '../typesetting/svg-text';
import type { CardFonts } from '../typesetting/fonts';

/** A share card's size: what Open Graph and Twitter's summary_large_image expect. */
export const cardSize = { width: 1200, height: 630 } as const;

/** The tone of a tag on a card: a rating's colours, a finding's kind, or plain. */
export type TagTone = Rating | 'not-rated' | 'strength' | 'improvement' | 'plain';

/** One tag on a card: an optional label before it ("Tameside") and the word in the coloured box ("Good"). */
export interface CardTag {
  label?: string;
  word: string;
  tone: TagTone;
}

/** What one share card shows. */
export interface CardSpec {
  /** The site path of the card's PNG. */
  path: string;
  /** The small line above the title: "Inspection letter", "Probation delivery unit". */
  eyebrow: string;
  title: string;
  /** Where the item belongs: its region, PDU and letter; empty for none. */
  context: string;
  tags: CardTag[];
  /** Ratings below the tags: one PDU's per standard, or several PDUs' overall and per standard (card-ratings.ts). */
  ratings?: CardStandards | CardMatrix;
  /** The item's text, of which the card shows the first words, quoted (findings and recommendations). */
  text?: string;
}

/** A card drawn: its SVG (which fully determines the PNG) and the alternative text saying what it shows. */
export interface DrawnCard {
  path: string;
  svg: string;
  alt: string;
}

const margin = 64;
const inner = cardSize.width - 2 * margin;
const tagHeight = 50;
const tagSize = 26;
const tagPad = 16;
const tagGap = 28;
/** The lowest baseline on a card: its last line of text, or the key under its ratings. */
const bottom = cardSize.height - 30;

const toneSwatch = (tone: TagTone): Swatch =>
  tone === 'strength'
    ? { fill: '#ffffff', stroke: inks.strength, text: inks.strength }
    : tone === 'improvement'
      ? { fill: '#ffffff', stroke: inks.improvement, text: inks.improvement }
      : tone === 'plain'
        ? { fill: '#f3f2f1', stroke: inks.rule, text: inks.ink }
        : ratingSwatches[tone];

/** SVG text element with the card font; `x`, `y` and the text are placed as given. */
function text(x: number, y: number, content: string, size: number, options: { bold?: boolean; fill?: string } = {}): string {
  const weight = options.bold ? ' font-weight="700"' : '';
  return `<text x="${x}" y="${y}" font-size="${size}"${weight} fill="${options.fill ?? inks.ink}">${xmlEscape(content)}</text>`;
}

/** Every word a card would draw, to check the font has each character. */
function cardWords(spec: CardSpec, siteName: string): string {
  const ratings =
    spec.ratings?.kind === 'standards'
      ? spec.ratings.groups.flatMap((g) => [g.heading, ...g.standards.map((s) => s.label)])
      : spec.ratings
        ? [...spec.ratings.columns, ...spec.ratings.rows.map((r) => r.label)]
        : [];
  return [
    siteName,
    spec.eyebrow,
    spec.title,
    spec.context,
    spec.text ?? '',
    ...spec.tags.flatMap((t) => [t.label ?? '', t.word]),
    ...ratings,
  ].join(' ');
}

/**
 * Draws a share card: the site's name, the eyebrow, the title (two lines at most), the context line, the tags in words
 * and colours (any that do not fit are counted, "and 3 more"), then, filling the card's lower half, either the
 * ratings (one PDU's per standard, or several PDUs' as a table, with a key to their abbreviations: card-ratings.ts) or
 * the first words of the item's text, quoted, cut at a word with "…". Throws, naming the card, when the font lacks a
 * character of its text: a card never shows a missing-glyph box.
 */
export function drawCard(spec: CardSpec, fonts: CardFonts, siteName: string): DrawnCard {
  const missing = missingCharacters(fonts.regular, cardWords(spec, siteName));
  if (missing.length)
    throw new Error(`${spec.path}: the card font has no glyph for ${missing.map((c) => `"${c}"`).join(', ')} (in "${spec.title}")`);
  const parts: string[] = [
    `<rect width="${cardSize.width}" height="${cardSize.height}" fill="#ffffff"/>`,
    `<rect width="${cardSize.width}" height="14" fill="${inks.brand}"/>`,
    text(margin, 66, siteName, 26, { bold: true, fill: inks.brand }),
    text(margin, 112, spec.eyebrow, 28, { fill: inks.muted }),
  ];
  let y = 112;
  const title = wrapText(spec.title, fonts.bold, 52, inner, 2);
  for (const line of title.lines) parts.push(text(margin, (y += 60), line, 52, { bold: true }));
  const context = wrapText(spec.context, fonts.regular, 28, inner, 1);
  for (const line of context.lines) parts.push(text(margin, (y += 44), line, 28, { fill: inks.muted }));
  y += 22;
  const tags = layTags(spec.tags, fonts, y, spec.text || spec.ratings ? 1 : 3);
  parts.push(...tags.svg);
  y = tags.bottom;
  const area = { left: margin, width: inner, top: y + 6, bottom };
  const block =
    spec.ratings?.kind === 'standards'
      ? drawStandards(spec.ratings, fonts, area)
      : spec.ratings
        ? drawMatrix(spec.ratings, fonts, area)
        : undefined;
  if (block) parts.push(...block.svg);
  const shown = spec.text ? quoteLines(spec.text, fonts.regular, y, parts) : undefined;
  const alt = [
    `${spec.eyebrow}: ${title.lines.join(' ')}`,
    context.lines.join(' '),
    tags.words.join(', '),
    block?.said ?? '',
    shown ? `“${shown}”` : '',
  ]
    .filter(Boolean)
    .join('. ');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${cardSize.width}" height="${cardSize.height}" viewBox="0 0 ${cardSize.width} ${cardSize.height}" font-family="${xmlEscape(fonts.regular.family)}">${parts.join('')}</svg>`;
  return { path: spec.path, svg, alt: /[.”]$/.test(alt) ? alt : `${alt}.` };
}

/** The tags laid out in rows from `top`: their SVG, the words they say (for the alternative text) and where they end. */
function layTags(
  tags: readonly CardTag[],
  fonts: CardFonts,
  top: number,
  maxRows: number,
): { svg: string[]; words: string[]; bottom: number } {
  if (!tags.length) return { svg: [], words: [], bottom: top };
  const svg: string[] = [];
  const words: string[] = [];
  const moreWidth = textWidth(fonts.regular, 'and 999 more', tagSize) + tagGap;
  let x = margin;
  let row = 0;
  for (const [i, tag] of tags.entries()) {
    const labelWidth = tag.label ? textWidth(fonts.regular, tag.label, tagSize) + 10 : 0;
    const boxWidth = textWidth(fonts.bold, tag.word, tagSize) + 2 * tagPad;
    const width = labelWidth + boxWidth;
    const last = i === tags.length - 1;
    const room = margin + inner - x - (last ? 0 : moreWidth);
    if (width > room && !(row === 0 && x === margin)) {
      if (row === maxRows - 1) {
        const left = tags.length - i;
        svg.push(text(x, top + row * (tagHeight + 14) + 35, `and ${left} more`, tagSize, { fill: inks.muted }));
        words.push(`and ${left} more`);
        break;
      }
      row++;
      x = margin;
    }
    const y = top + row * (tagHeight + 14);
    const swatch = toneSwatch(tag.tone);
    if (tag.label) svg.push(text(x, y + 35, tag.label, tagSize));
    const dash = tag.tone === 'not-rated' ? ' stroke-dasharray="6 4"' : '';
    svg.push(
      `<rect x="${x + labelWidth}" y="${y}" width="${boxWidth.toFixed(1)}" height="${tagHeight}" rx="3" fill="${swatch.fill}" stroke="${swatch.stroke}" stroke-width="2"${dash}/>`,
      text(x + labelWidth + tagPad, y + 35, tag.word, tagSize, { bold: true, fill: swatch.text }),
    );
    words.push(tag.label ? `${tag.label}: ${tag.word}` : tag.word);
    x += width + tagGap;
  }
  return { svg, words, bottom: top + (row + 1) * (tagHeight + 14) };
}

/** The sizes a card's quotation is tried at, largest first: a short text fills the card, a long one is cut at the smallest. */
const quoteSizes = [48, 44, 40, 36] as const;

/**
 * Adds the text in the lines left above the card's foot, quoted, at the largest size at which all of it fits, or else
 * its first words at the smallest, cut at a word with "…"; returns the words shown, without the quotation marks.
 */
function quoteLines(body: string, font: FontMetrics, top: number, parts: string[]): string | undefined {
  const fit = (size: number) => {
    const lineHeight = Math.round(size * 1.3);
    const room = Math.floor((bottom - top - 8) / lineHeight);
    // The marks stand outside the wrapped words, so a cut line still ends with its closing mark.
    const marks = textWidth(font, '“”', size);
    return { size, lineHeight, room, wrapped: room < 1 ? undefined : wrapText(body.trim(), font, size, inner - marks, room) };
  };
  const tried = quoteSizes.map(fit);
  const chosen = tried.find((t) => t.wrapped && !t.wrapped.cut) ?? tried.at(-1);
  if (!chosen?.wrapped) return undefined;
  const { wrapped, size, lineHeight } = chosen;
  const lines = wrapped.lines.map((line, i) => `${i === 0 ? '“' : ''}${line}${i === wrapped.lines.length - 1 ? '”' : ''}`);
  let y = top + 4;
  for (const line of lines) parts.push(text(margin, (y += lineHeight), line, size));
  return wrapped.lines.join(' ');
}
