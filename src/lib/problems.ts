/**
 * The one kind of problem the content check reports: where (the file, its line, the field) and what
 * is wrong. Every check (reference data, frontmatter, body, ids across the site, the id registry)
 * produces these, and `formatProblem` writes each on one line for the reader.
 */
export interface ContentProblem {
  /** The file, relative to the project (or the root the check was given). */
  file: string;
  /** The 1-based line of the file, when the problem has one. */
  line?: number;
  /** The field, written as in YAML: `pdus[0].score.points`. */
  path?: string;
  /** What is wrong, and what was expected. */
  message: string;
}

/** A problem found inside one letter before its file is known: the field (as a path) and what is wrong. */
export interface FieldProblem {
  path: readonly PropertyKey[];
  message: string;
}

/** Writes a field path the way an editor reads YAML: `pdus[0].score.points`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** One line: `file:line: field: what is wrong`, each part only when known. */
export function formatProblem(p: ContentProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.path ? `${p.path}: ` : ''}${p.message}`;
}

/** One line per problem found in a file with no line to point at, e.g. a reference file. */
export function formatFieldProblems(file: string, problems: readonly FieldProblem[]): string {
  return problems
    .map((p) => formatProblem({ file, ...(p.path.length ? { path: formatPath(p.path) } : {}), message: p.message }))
    .join('\n');
}
