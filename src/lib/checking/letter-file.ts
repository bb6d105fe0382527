import { letterSchema, type Letter } from '../../schemas/letter';
import { formatPath, formatProblem, type ContentProblem, type FieldProblem } from '../problems';
import type { Reference } from '../model/reference';
import { checkLetter } from './validate-letter';
import { directionControl } from './characters';
import { cardGlyphProblems } from './card-glyphs';
import { parseFrontmatter, splitEntry } from '../model/entry-text';

export { parseFrontmatter, splitEntry };
import { lineOfField, yamlFieldLines } from './yaml-lines';

/** A letter entry as read: its data when sound, its MDX body and the line the body starts on, and every problem. */
export interface LetterEntryRead {
  letter?: Letter;
  body: string;
  /** The line of the `.mdx` file the body's first line is. */
  bodyLine: number;
  problems: ContentProblem[];
  /** The `.mdx` line of a frontmatter field (or of its nearest ancestor), 1 when unknown. */
  lineOf: (path: readonly PropertyKey[]) => number;
}

/**
 * Reads a letter entry's text the way the build does, without Astro: frontmatter YAML (aliases refused,
 * duplicate keys refused, a byte-order mark accepted), the schema and the letter's own checks. Every
 * problem names the `.mdx` line of the field it is about.
 */
export function readLetterEntry(file: string, text: string, reference: Reference): LetterEntryRead {
  const fail = (message: string, line?: number): LetterEntryRead => ({
    body: '',
    bodyLine: 1,
    problems: [{ file, ...(line ? { line } : {}), message }],
    lineOf: () => 1,
  });
  if (!text.replace(/^\ufeff/, '').trim()) return fail('the file is empty');
  if (text.includes('\u0000')) return fail('not a text file (it contains NUL bytes)');
  const hidden = directionControl(text);
  if (hidden) return fail(hidden.message, hidden.line);
  const split = splitEntry(text);
  if ('problem' in split) return fail(split.problem, split.line);
  const { yaml, body, bodyLine } = split;
  // Frontmatter line n is line n + 1 of the file: line 1 is the opening "---".
  let data: unknown;
  try {
    data = parseFrontmatter(yaml);
  } catch (error) {
    const e = error as { mark?: { line?: number }; reason?: string; message: string };
    const at = e.mark?.line;
    let reason = e.reason ?? e.message.split('\n')[0] ?? '';
    if (/alias/i.test(reason)) reason += ' (aliases, "*name", are not allowed: write each value out)';
    // Name the key a duplicate is about: the reader should not have to count lines.
    const key = at === undefined ? undefined : /^\s*(?:-\s+)?["']?([^"':]+)["']?\s*:/.exec(yaml.split(/\r?\n/)[at] ?? '')?.[1];
    if (/duplicated mapping key/i.test(reason) && key) reason += ` "${key}"`;
    return {
      body,
      bodyLine,
      problems: [{ file, ...(at !== undefined ? { line: at + 2 } : {}), message: `the frontmatter is not valid YAML: ${reason}` }],
      lineOf: () => 1,
    };
  }
  // Worked out only when a problem needs a line: a valid letter (the usual case) never pays for it.
  let lines: Map<string, number> | undefined;
  const lineOf = (path: readonly PropertyKey[]) => {
    lines ??= yamlFieldLines(yaml);
    const line = lineOfField(lines, path);
    return line === undefined ? 1 : line + 1;
  };
  const located = (issues: readonly FieldProblem[]): ContentProblem[] =>
    issues.map((i) => ({ file, line: lineOf(i.path), ...(i.path.length ? { path: formatPath(i.path) } : {}), message: i.message }));
  const parsed = letterSchema.safeParse(data);
  if (!parsed.success) {
    // An unknown key is reported on the object that holds it; point at the key itself.
    const issues = parsed.error.issues.map((i) => {
      const onlyKey = i.code === 'unrecognized_keys' && i.keys.length === 1 ? i.keys[0] : undefined;
      return onlyKey !== undefined ? { path: [...i.path, onlyKey], message: i.message } : i;
    });
    return { body, bodyLine, problems: located(issues), lineOf };
  }
  const issues = [...checkLetter(parsed.data, reference), ...cardGlyphProblems(parsed.data)];
  return issues.length
    ? { body, bodyLine, problems: located(issues), lineOf }
    : { letter: parsed.data, body, bodyLine, problems: [], lineOf };
}

/** The outcome of reading a letter entry: its data, or one readable line per problem. */
export type LetterFileResult = { ok: true; letter: Letter } | { ok: false; errors: string[] };

/** Reads and checks a letter entry's frontmatter (see readLetterEntry), for the importer and tests: the letter, or one line per problem. */
export function readLetterFile(file: string, text: string, reference: Reference): LetterFileResult {
  const read = readLetterEntry(file, text, reference);
  return read.letter ? { ok: true, letter: read.letter } : { ok: false, errors: read.problems.map(formatProblem) };
}
