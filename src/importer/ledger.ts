import { sourceLinesOf, type SeedLine } from './lines';

/** What a source line became in the letter model. */
export type LinePart =
  | 'letterhead'
  | 'date'
  | 'addressee'
  | 'copy list'
  | 'salutation'
  | 'heading'
  | 'paragraph'
  | 'finding lead-in'
  | 'finding'
  | 'bullet'
  | 'footnote'
  | 'closing'
  | 'signature'
  | 'annex heading'
  | 'recommendation heading'
  | 'recommendation lead-in'
  | 'recommendation'
  | 'ratings introduction'
  | 'rating row'
  | 'page-break debris';

/**
 * The importer's account of the source: each non-blank line maps to the part of the letter it became.
 * A line no part claims is an error, so nothing in a seed is dropped without a word.
 */
export class Ledger {
  private readonly parts = new Map<number, LinePart>();

  /** Records that a line (and any lines joined onto it) became a part of the letter. */
  place(line: SeedLine, part: LinePart): void {
    for (const n of sourceLinesOf(line)) this.parts.set(n, part);
  }

  /** The part a source line became, if any. */
  partOf(n: number): LinePart | undefined {
    return this.parts.get(n);
  }

  /** The lines no part claims. */
  unplaced(lines: readonly SeedLine[]): SeedLine[] {
    return lines.filter((l) => sourceLinesOf(l).some((n) => !this.parts.has(n)));
  }

  /** How many source lines became each part. */
  counts(): Map<LinePart, number> {
    const counts = new Map<LinePart, number>();
    for (const part of this.parts.values()) counts.set(part, (counts.get(part) ?? 0) + 1);
    return counts;
  }
}
