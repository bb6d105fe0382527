/** A problem in a seed text, at a line (1-based) when there is one. */
export interface SeedProblem {
  line?: number;
  message: string;
}

/** Thrown when a seed cannot be imported; carries every problem found. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly SeedProblem[],
  ) {
    super(problems.map((p) => `${file}${p.line ? `:${p.line}` : ''}: ${p.message}`).join('\n'));
    this.name = 'ImportError';
  }
}
