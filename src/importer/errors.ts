/** A problem in a seed text, at a line (1-based) when there is one. */
export interface SeedProblem {
  /** Undefined when the problem has no one line (an empty file, a lookup that found nothing to point at). */
  line?: number | undefined;
  message: string;
}

/** How many problems a refusal shows before it only counts the rest. */
export const shownProblems = 10;

/**
 * Thrown when a seed cannot be imported; carries every problem found. Its message has one line per
 * problem, `file:line: message` (or `file: message`), with no stack trace for the reader. Past the first
 * ten it says only how many more there are: a file that is wrong throughout (a list of 100,000 bullets
 * with an unknown mark) must not bury the first problem under a screenful per line.
 */
export class ImportError extends Error {
  /** Whether files were changed and left changed (a write that could not be undone whole). */
  readonly changed: boolean;
  readonly file: string;
  readonly problems: readonly SeedProblem[];

  constructor(
    file: string,
    problems: readonly SeedProblem[],
    /**
     * prefixed: each message already names its own file (a reference file's loader wrote it). all: show every problem
     * (merge conflicts, each one the editor's to settle). changed: files were changed and could not all be put back
     * (the problems say which), so "nothing was written" would be false.
     */
    options: { prefixed?: boolean; all?: boolean; changed?: boolean } = {},
  ) {
    const shown = options.all ? problems : problems.slice(0, shownProblems);
    const more = problems.length - shown.length;
    super(
      [
        ...shown.map((p) => (options.prefixed ? p.message : `${file}${p.line ? `:${p.line}` : ''}: ${p.message}`)),
        ...(more
          ? [
              `${file}: … and ${more} more ${more === 1 ? 'problem' : 'problems'} after these; mend the ones above first (later ones often follow from them) and import again`,
            ]
          : []),
      ].join('\n'),
    );
    this.name = 'ImportError';
    this.file = file;
    this.problems = problems;
    this.changed = options.changed ?? false;
  }
}
