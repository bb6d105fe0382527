/**
 * The text of the charts: its sizes, and how wide a line of it is. Chart text is set in the shipped font (Inspection
 * Sans, src/assets/fonts/), on the pages (global.css loads it for `.chart-svg`) as in the downloaded SVG and PNG files,
 * so the geometry can measure every label with the font's own advance widths and leave room for it: no label is
 * clipped and none is drawn over another. Kerning is left out of the measure, which only ever makes it a little wide.
 */
import type { CardFonts } from '../images/card';
import { textWidth } from '../images/font-metrics';
import { imageFonts } from '../images/fonts';
import { wrapText } from '../images/svg-text';

/**
 * Text sizes and line heights, in SVG user units (CSS px at a scale of 1). The smallest is 13: a form of a chart is only
 * shown where it is drawn at its own size or larger (src/lib/charts/forms.ts), so no text is ever rendered below 13 px (the narrow form, below its own width, only under a 320 px viewport).
 */
export const chartText = {
  /** Labels, values, cell abbreviations. */
  size: 14,
  /** Ticks, sublabels (a letter's date, a month). */
  small: 13,
  /** A block's heading in a narrow form (the PDU's name). */
  heading: 16,
  /** The height of one line of text at each size. */
  line: { size: 19, small: 17, heading: 22 },
} as const;

/** Measures a line of chart text: its width at a size, regular or bold. */
export type TextMeasure = (text: string, size: number, bold?: boolean) => number;

/** A measure of text in the given fonts. */
export function measureWith(fonts: CardFonts): TextMeasure {
  return (text, size, bold = false) => textWidth(bold ? fonts.bold : fonts.regular, text, size);
}

let shipped: TextMeasure | undefined;

/** The measure of the shipped font, the one every chart is drawn in. */
export function chartMeasure(): TextMeasure {
  shipped ??= measureWith(imageFonts());
  return shipped;
}

/**
 * Text wrapped into lines no wider than `width` (at spaces; a word wider than the line is cut, which no label of the
 * site's content comes near), in the shipped font.
 */
export function wrapLines(text: string, size: number, width: number, bold = false): string[] {
  const fonts = imageFonts();
  return wrapText(text, bold ? fonts.bold : fonts.regular, size, width, 50).lines;
}

/**
 * Where the baseline of a line of text sits below the top of its line box, so the text is centred in the line as a
 * browser centres it: the half-leading, then the font's ascent above the baseline (about 0.8 em for Inspection Sans).
 */
export function baselineIn(lineHeight: number, size: number): number {
  return (lineHeight - size) / 2 + size * 0.8;
}
