/**
 * The text of the charts: its sizes, and how wide a line of it may be. On the site's pages chart text is set in the
 * reader's system font (as the page is: no web font delays the first paint), whose widths vary from one system to
 * another; the geometry measures each label with the advance widths of the shipped font (Inspection Sans,
 * src/assets/fonts/) times `systemFontAllowance`, which covers the widest common system font (DejaVu Sans, the default
 * of many Linux desktops, is up to 27% wider in regular and 36% in bold; Segoe UI, San Francisco and Roboto are
 * narrower), and leaves room for it: no label is clipped and none is drawn over another, whatever the system. The
 * downloaded SVG and PNG files and the embed pages set chart text in the shipped font itself, so there it has room to
 * spare. Kerning is left out of the measure, which only ever makes it a little wide.
 */
import type { CardFonts } from '../typesetting/fonts';
import { textWidth } from '../typesetting/font-metrics';
import { imageFonts } from '../typesetting/fonts';
import { wrapText } from '../typesetting/svg-text';

/** How much wider than the shipped font a system font may set chart text, regular and bold (see above). */
export const systemFontAllowance = { regular: 1.3, bold: 1.38 } as const;

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

/** A measure of text in the given fonts, each width times `allowance` (1 for the fonts themselves). */
export function measureWith(fonts: CardFonts, allowance: { regular: number; bold: number } = { regular: 1, bold: 1 }): TextMeasure {
  return (text, size, bold = false) =>
    textWidth(bold ? fonts.bold : fonts.regular, text, size) * (bold ? allowance.bold : allowance.regular);
}

let system: TextMeasure | undefined;
let shipped: TextMeasure | undefined;

/** The measure the chart geometry lays out with: the widest a system font may set the text (`systemFontAllowance`). */
export function chartMeasure(): TextMeasure {
  system ??= measureWith(imageFonts(), systemFontAllowance);
  return system;
}

/** The measure of the shipped font itself, as the embed pages and the downloaded files set their text. */
export function shippedMeasure(): TextMeasure {
  shipped ??= measureWith(imageFonts());
  return shipped;
}

/**
 * Text wrapped into lines no wider than `width` as `chartMeasure` measures them (at spaces; a word wider than the line
 * is cut, which no label of the site's content comes near).
 */
export function wrapLines(text: string, size: number, width: number, bold = false): string[] {
  const fonts = imageFonts();
  const allowance = bold ? systemFontAllowance.bold : systemFontAllowance.regular;
  return wrapText(text, bold ? fonts.bold : fonts.regular, size, width / allowance, 50).lines;
}

/**
 * Where the baseline of a line of text sits below the top of its line box, so the text is centred in the line as a
 * browser centres it: the half-leading, then the font's ascent above its baseline (about 0.8 em for common sans fonts).
 */
export function baselineIn(lineHeight: number, size: number): number {
  return (lineHeight - size) / 2 + size * 0.8;
}
