/** A problem in a seed text, at a line (1-based) when there is one. */
export interface SeedProblem {
  /** Undefined when the problem has no one line (an empty file, a lookup that found nothing to point at). */
  line?: number | undefined;
  message: string;
}

/**
 * Thrown when a seed cannot be imported; carries every problem found. Its message has one line per
 * problem, `file:line: message` (or `file: message`), with no stack trace for the reader.
 */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly SeedProblem[],
    /** When each message already names its own file (a reference file's loader wrote it). */
    options: { prefixed?: boolean } = {},
  ) {
    super(problems.map((p) => (options.prefixed ? p.message : `${file}${p.line ? `:${p.line}` : ''}: ${p.message}`)).join('\n'));
    this.name = 'ImportError';
  }
}
