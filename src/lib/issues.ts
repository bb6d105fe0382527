/** A problem found in a file: where (a dotted field path) and what is wrong. */
export interface ContentIssue {
  path: readonly PropertyKey[];
  message: string;
}

/** Writes a field path the way an editor reads YAML: `pdus[0].score.points`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** One line per issue: `file: field: what is wrong`. */
export function formatIssues(file: string, issues: readonly ContentIssue[]): string {
  return issues
    .map((issue) => `${file}: ${issue.path.length ? `${formatPath(issue.path)}: ` : ''}${issue.message}`)
    .join('\n');
}
