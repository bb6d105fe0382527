import { load as parseYaml } from 'js-yaml';
import { letterSchema, type Letter } from '../schemas/letter';
import { formatIssues, type ContentIssue } from './issues';
import type { Reference } from './reference';
import { checkLetter } from './validate-letter';

/** The outcome of reading a letter entry: its data, or one readable line per problem. */
export type LetterFileResult = { ok: true; letter: Letter } | { ok: false; errors: string[] };

/**
 * Reads and checks a letter entry's text the way the build does (same schema, same checks),
 * without Astro: for the importer, tests and editors' tools.
 */
export function readLetterFile(file: string, text: string, reference: Reference): LetterFileResult {
  const fail = (issues: ContentIssue[]): LetterFileResult => ({ ok: false, errors: formatIssues(file, issues).split('\n') });
  if (!text.trim()) return fail([{ path: [], message: 'the file is empty' }]);
  if (text.includes('\u0000')) return fail([{ path: [], message: 'not a text file (it contains NUL bytes)' }]);
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) {
    const opened = /^---\r?\n/.test(text);
    return fail([{ path: [], message: opened ? 'the frontmatter is never closed: add a line "---" after it' : 'no frontmatter: the file must start with a line "---"' }]);
  }
  let data: unknown;
  try {
    // js-yaml, as Astro uses for frontmatter, so both read the same YAML the same way.
    data = parseYaml(match[1]);
  } catch (error) {
    return fail([{ path: [], message: `the frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}` }]);
  }
  const parsed = letterSchema.safeParse(data);
  if (!parsed.success) return fail(parsed.error.issues.map((i) => ({ path: i.path, message: i.message })));
  const issues = checkLetter(parsed.data, reference);
  return issues.length ? fail(issues) : { ok: true, letter: parsed.data };
}
