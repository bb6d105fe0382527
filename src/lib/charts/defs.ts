/**
 * The templates a form of a chart draws many times: a matrix's cell for each rating (its box and abbreviation), a
 * narrow bar chart's gridlines. Each is written once, in the form's `<defs>`, and drawn with `<use href="#id" x y>`,
 * so a matrix of 70 PDUs on 9 standards carries 5 cells rather than 630. Their ids must be unique on the page, which
 * holds several charts and every form of each: they start with a short key of the chart's id and the form's name.
 *
 * A template is styled in its `<use>`'s shadow tree, where a selector cannot reach an ancestor outside the template
 * (`.chart-svg .cell text` does not match a cell's letters there; `.cell text` does): global.css styles templates
 * with selectors that stay inside them.
 */
import { ratingValues, type Rating } from '../../schemas/rating';
import { ratingAbbreviations } from '../language/vocabulary';

/** A rating, or none where a standard was not rated: what a matrix cell shows. */
export type CellRating = Rating | 'not-rated';

/**
 * A short key for the templates of one form of a chart: "k" and a 32-bit FNV-1a hash of the chart's id and the form's
 * name in base 36. Two forms on one page (at most a few dozen) share a key with a chance of about one in ten million;
 * the Nu HTML Checker's run over the built site would report it as a duplicate id.
 */
export function formKey(chartId: string, form: string): string {
  let hash = 0x811c9dc5;
  for (const char of `${chartId}/${form}`) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `k${hash.toString(36)}`;
}

/** The id of a form's cell template for a rating: "<key>-ri". */
export const cellId = (key: string, rating: CellRating): string => `${key}-${ratingAbbreviations[rating].toLowerCase()}`;

/** The ratings a form's cells show, best first then not rated, each once: the cell templates it needs. */
export function cellRatings(cells: readonly { rating?: Rating }[]): CellRating[] {
  const used = new Set<CellRating>(cells.map((c) => c.rating ?? 'not-rated'));
  return [...ratingValues, 'not-rated' as const].filter((r) => used.has(r));
}
