import { textWidth, type FontMetrics } from './font-metrics';
import { escapeMarkup } from '../escape';

/** Text escaped for SVG (XML) content and attribute values. */
export const xmlEscape = escapeMarkup;

/** Lines of text wrapped to a width, and whether the text was cut short to fit in them. */
export interface Wrapped {
  lines: string[];
  cut: boolean;
}

/**
 * Wraps text at spaces into at most `maxLines` lines no wider than `width` at the font and size given. When the text
 * does not fit, the last line ends with an ellipsis after the last whole word that fits. A single word wider than the
 * line is cut between characters.
 */
export function wrapText(text: string, font: FontMetrics, size: number, width: number, maxLines: number): Wrapped {
  const fits = (line: string) => textWidth(font, line, size) <= width;
  const space = textWidth(font, ' ', size);
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  // The line's width so far: widths add up (kerning is left out, as textWidth leaves it out), so each word is measured once.
  let lineWidth = 0;
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    const word = words[i] as string;
    const wordWidth = textWidth(font, word, size);
    const nextWidth = line ? lineWidth + space + wordWidth : wordWidth;
    if (nextWidth <= width) {
      line = line ? `${line} ${word}` : word;
      lineWidth = nextWidth;
      i++;
    } else if (line) {
      lines.push(line);
      line = '';
      lineWidth = 0;
    } else {
      // One word wider than the line: as many of its characters as fit, and the text is cut there.
      let part = '';
      for (const ch of word) if (fits(`${part}${ch}…`)) part += ch;
      lines.push(part);
      break;
    }
  }
  if (line) lines.push(line);
  const cut = i < words.length;
  if (cut && lines.length) lines[lines.length - 1] = withEllipsis(lines[lines.length - 1] as string, fits);
  return { lines, cut };
}

/** A line shortened by whole words until it fits with an ellipsis after it. */
function withEllipsis(line: string, fits: (text: string) => boolean): string {
  let words = line.split(' ');
  while (words.length > 1 && !fits(`${words.join(' ')}…`)) words = words.slice(0, -1);
  return `${words.join(' ').replace(/[,;:.\s]+$/, '')}…`;
}
