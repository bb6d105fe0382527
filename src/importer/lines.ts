/** One non-blank line of a seed, with its 1-based line number and the block (run of lines between blank lines) it belongs to. */
export interface SeedLine {
  /** The source line number (1-based) where the line starts. */
  n: number;
  /** The text, normalised: see `normaliseLine`. */
  text: string;
  /** Which run of non-blank lines it belongs to. */
  block: number;
  /** Source lines joined onto this one when a page break was mended. */
  joined?: number[];
}

/** Characters PDF-to-text tools and word processors leave that carry no text: zero-width spaces and joiners, word joiner, BOM, soft hyphen, form feed. */
const invisible = /\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad|\f/g;
/** Spaces that look like a space: no-break, narrow no-break, figure, thin, en/em and the like. */
const spaceLike = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

/**
 * Normalises one source line without changing its words: removes invisible characters, turns
 * look-alike spaces into spaces, and trims spaces at both ends (tabs inside the line are kept,
 * since Annexe two uses them as column separators).
 */
export function normaliseLine(raw: string): string {
  return raw
    .replace(invisible, '')
    .replace(spaceLike, ' ')
    .replace(/^[ \t]+|[ \t]+$/g, '');
}

/** Splits seed text (any line ends: LF, CRLF, CR) into its non-blank, normalised lines. */
export function seedLines(text: string): SeedLine[] {
  const out: SeedLine[] = [];
  let block = 0;
  let previousBlank = true;
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = normaliseLine(raw);
    if (!line) {
      previousBlank = true;
      return;
    }
    if (previousBlank) block += 1;
    previousBlank = false;
    out.push({ n: i + 1, text: line, block });
  });
  return out;
}

/** Every source line a (possibly mended) line stands for. */
export const sourceLinesOf = (line: SeedLine): number[] => [line.n, ...(line.joined ?? [])];

const terminal = /[.!?:;"”’')\]]$/;
const wordCount = (s: string) => s.trim().split(/\s+/).length;

/** The bullet marks letters use, as they come out of word processors and PDF-to-text tools. */
export const bulletMarks = ['-', '–', '•', '·', '*'] as const;
const bulletPattern = /^[-–•·*][ \t]+(\S.*)$/;
/** A line opened by a symbol and a space that is not a known bullet mark: "o ", "▪ ", "> ", "", "➢ ". */
const otherMarkPattern = /^(o|[^\p{L}\p{N}\s"'“‘([¹²³⁴⁵⁶⁷⁸⁹⁰£$€-])[ \t]+\S/u;

/** A short line with no closing punctuation: a heading, not a sentence. */
export function isHeadingLike(text: string): boolean {
  return wordCount(text) <= 10 && !terminal.test(text) && /^[\p{Lu}0-9‘“'"]/u.test(text) && bulletText(text) === undefined;
}

/** A bullet line ("- text", "• text", …), giving its text. */
export function bulletText(text: string): string | undefined {
  return bulletPattern.exec(text)?.[1];
}

/** The mark opening a line that looks like a bullet in a style the importer does not know, e.g. "▪". */
export function unknownBulletMark(text: string): string | undefined {
  if (bulletText(text) !== undefined) return undefined;
  return otherMarkPattern.exec(text)?.[1];
}

/**
 * Mends prose split by page breaks: a line continues the one before when it starts in lower case,
 * or when the line before is a long sentence left without closing punctuation and this line is no heading.
 * The two are joined with one space and keep the first line's number; the joined line is recorded.
 */
export function mendPageBreaks(lines: readonly SeedLine[]): SeedLine[] {
  const out: SeedLine[] = [];
  // Kept beside the last output line so a long run of joins stays linear.
  let words = 0;
  let lastIsHeading = false;
  for (const line of lines) {
    const previous = out.at(-1);
    const isNewItem =
      bulletText(line.text) !== undefined || unknownBulletMark(line.text) !== undefined || /^(\d+\.\s|[¹²³⁴⁵⁶⁷⁸⁹⁰]|\[)/.test(line.text);
    const continues =
      previous !== undefined &&
      !isNewItem &&
      !lastIsHeading &&
      (/^\p{Ll}/u.test(line.text) || (!terminal.test(previous.text) && words > 10 && !isHeadingLike(line.text)));
    if (continues) {
      previous.text = `${previous.text} ${line.text}`;
      (previous.joined ??= []).push(...sourceLinesOf(line));
      words += wordCount(line.text);
    } else {
      out.push({ ...line, ...(line.joined ? { joined: [...line.joined] } : {}) });
      words = wordCount(line.text);
      lastIsHeading = isHeadingLike(line.text);
    }
  }
  return out;
}
