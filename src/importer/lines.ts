/** One non-blank line of a seed, with its 1-based line number and the block (run of lines between blank lines) it belongs to. */
export interface SeedLine {
  n: number;
  text: string;
  block: number;
}

/** Splits seed text into its non-blank lines; whitespace-only lines (spaces, NBSP, tabs) count as blank. */
export function seedLines(text: string): SeedLine[] {
  const out: SeedLine[] = [];
  let block = 0;
  let previousBlank = true;
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    if (/^[\s\u00a0\u200b\ufeff]*$/.test(raw)) {
      previousBlank = true;
      return;
    }
    if (previousBlank) block += 1;
    previousBlank = false;
    out.push({ n: i + 1, text: raw.replace(/^\ufeff/, '').replace(/[\s\u00a0]+$/, ''), block });
  });
  return out;
}

const terminal = /[.!?:;"”’')\]]$/;
const wordCount = (s: string) => s.trim().split(/\s+/).length;

/** A short line with no closing punctuation: a heading, not a sentence. */
export function isHeadingLike(text: string): boolean {
  return wordCount(text) <= 10 && !terminal.test(text) && /^[A-Z0-9‘“'"]/.test(text) && !/^[-•*]\s/.test(text);
}

/** A bullet line ("- text"), giving its text. */
export function bulletText(text: string): string | undefined {
  return /^[-•*]\s+(.*)$/.exec(text)?.[1];
}

/**
 * Mends prose split by page breaks: a line continues the one before when it starts in lower case,
 * or when the line before is a long sentence left without closing punctuation and this line is no heading.
 * The two are joined with one space and keep the first line's number.
 */
export function mendPageBreaks(lines: readonly SeedLine[]): SeedLine[] {
  const out: SeedLine[] = [];
  for (const line of lines) {
    const previous = out.at(-1);
    const isNewItem = /^([-•*]\s|\d+\.\s|[¹²³⁴⁵⁶⁷⁸⁹⁰]|\[)/.test(line.text);
    const continues =
      previous !== undefined &&
      !isNewItem &&
      !isHeadingLike(previous.text) &&
      (/^[a-z]/.test(line.text) || (!terminal.test(previous.text) && wordCount(previous.text) > 10 && !isHeadingLike(line.text)));
    if (continues) out[out.length - 1] = { ...previous, text: `${previous.text} ${line.text}` };
    else out.push(line);
  }
  return out;
}
