import type { SeedProblem } from './errors';
import { must } from '../lib/must';
import { directionControl } from '../lib/checking/characters';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The 1-based line a byte offset falls on. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line += 1;
  return line;
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstBadByte(bytes: Uint8Array): number {
  let i = 0;
  for (let b = bytes[i]; b !== undefined; b = bytes[i]) {
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (!length) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}

/** Whether the bad byte at `at` starts a UTF-8 character that the file ends before finishing. */
function cutShort(bytes: Uint8Array, at: number): boolean {
  const b = bytes[at] ?? 0;
  const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (!length || at + length <= bytes.length) return false;
  for (let k = at + 1; k < bytes.length; k++) if (((bytes[k] ?? 0) & 0xc0) !== 0x80) return false;
  return true;
}

/**
 * Reads a seed's bytes as UTF-8 text (a byte-order mark is dropped). Text in another encoding is a
 * problem that says so and how to convert it, naming the line of the first byte that is not UTF-8;
 * it is never read as if it were UTF-8.
 */
export function decodeSeed(bytes: Uint8Array): { text: string } | { problem: SeedProblem } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      problem: { line: 1, message: 'the file is UTF-16, not UTF-8; convert it first, e.g. iconv -f UTF-16 -t UTF-8 in.txt > out.txt' },
    };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    // UTF-16 without a byte-order mark: ASCII text leaves a NUL in every other byte.
    let even = 0;
    let odd = 0;
    const sample = Math.min(bytes.length, 4096);
    for (let i = 0; i < sample; i++) {
      if (bytes[i] !== 0) continue;
      if (i % 2) odd += 1;
      else even += 1;
    }
    if (Math.max(even, odd) > sample / 4) {
      return {
        problem: {
          line: 1,
          message:
            'the file looks like UTF-16 (a NUL in every other byte), not UTF-8; convert it first, e.g. iconv -f UTF-16LE -t UTF-8 in.txt > out.txt',
        },
      };
    }
    return {
      problem: {
        line: lineAt(bytes, nul),
        message: 'not a text file: a NUL byte stands on this line (a broken extraction?); extract the text again',
      },
    };
  }
  try {
    return { text: utf8.decode(bytes).replace(/^\ufeff/, '') };
  } catch {
    const at = firstBadByte(bytes);
    const byte = must(bytes[at], `byte ${at}, where the text stops being UTF-8,`);
    // A UTF-8 character begun in the last bytes and never finished: the file was cut short, not saved in another
    // encoding (every byte before it is UTF-8, and the lead byte announces more bytes than the file has).
    if (cutShort(bytes, at)) {
      return {
        problem: {
          line: lineAt(bytes, at),
          message:
            'the file is cut short inside a character at its very end: it was not saved or downloaded whole; get the whole file again',
        },
      };
    }
    // Windows-1252 puts curly quotes and dashes in 0x80–0x9f; Latin-1 letters sit above 0xa0.
    const likely = byte >= 0x80 && byte <= 0x9f ? 'Windows-1252' : 'Windows-1252 or Latin-1 (ISO-8859-1)';
    return {
      problem: {
        line: lineAt(bytes, at),
        message: `the file is not UTF-8: byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} cannot start or continue a UTF-8 character (the text looks like ${likely}); convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8 in.txt > out.txt`,
      },
    };
  }
}

/** Sequences that UTF-8 text decoded as Windows-1252 and saved again leaves: "â€“" for "–", "Ã©" for "é". */
const mojibake =
  /â€[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]|Ã[\u0080-\u00bf]|Â[\u00a0-\u00bf]/;

/**
 * Finds text that is valid UTF-8 but was damaged by a conversion: the replacement character U+FFFD,
 * which stands where a character was lost, and UTF-8 decoded twice ("â€“" for "–"). The first such
 * line is a problem: the words there are not the words published.
 */
export function damagedText(text: string): SeedProblem | undefined {
  const hidden = directionControl(text);
  if (hidden) return hidden;
  const lines = text.split(/\r\n|\r|\n/);
  for (const [i, line] of lines.entries()) {
    if (line.includes('\ufffd')) {
      return {
        line: i + 1,
        message:
          'the replacement character U+FFFD (�): a conversion lost a character here; extract the text again from the published document',
      };
    }
    const m = mojibake.exec(line);
    if (m) {
      return {
        line: i + 1,
        message: `"${m[0]}" is UTF-8 text decoded as Windows-1252 and saved again (e.g. "â€“" for "–"); extract the text again from the published document, saved as UTF-8`,
      };
    }
  }
  return undefined;
}
