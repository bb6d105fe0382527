import { ratingValues, type Rating } from '../../schemas/rating';

/** How many of the given ratings are at each rating, best first, with "not rated" last when any. */
export function ratingCounts(items: readonly { rating?: Rating | undefined }[]): { rating?: Rating; count: number }[] {
  const counts: { rating?: Rating; count: number }[] = ratingValues.map((rating) => ({
    rating,
    count: items.filter((i) => i.rating === rating).length,
  }));
  const notRated = items.filter((i) => i.rating === undefined).length;
  return notRated ? [...counts, { count: notRated }] : counts;
}

/**
 * A count of places a rating could stand (a PDU inspection × a standard): how many were rated, at each rating,
 * and how many were not rated. A standard not rated is not a rating: `rated` leaves it out.
 */
export interface RatingTally {
  /** Every place counted, rated or not. */
  places: number;
  /** Places with a rating. */
  rated: number;
  /** Places with no rating (the standard was not rated). */
  notRated: number;
  /** Ratings at each rating. */
  byRating: Record<Rating, number>;
  /** The ratings given most often, best first (several when tied); none when nothing was rated. */
  commonest: Rating[];
  /** The lowest rating given, if any was. */
  lowest?: Rating;
}

/** Tallies ratings, keeping "not rated" apart from the ratings given. */
export function tallyRatings(items: readonly { rating?: Rating | undefined }[]): RatingTally {
  const byRating = Object.fromEntries(ratingValues.map((r) => [r, 0])) as Record<Rating, number>;
  let notRated = 0;
  for (const i of items) {
    if (i.rating === undefined) notRated++;
    else byRating[i.rating]++;
  }
  const rated = items.length - notRated;
  const most = Math.max(...ratingValues.map((r) => byRating[r]));
  const lowest = ratingValues.filter((r) => byRating[r] > 0).at(-1);
  return {
    places: items.length,
    rated,
    notRated,
    byRating,
    commonest: rated ? ratingValues.filter((r) => byRating[r] === most) : [],
    ...(lowest ? { lowest } : {}),
  };
}

/** How many distinct items a list names: used to say "PDUs" when each PDU appears once and "PDU inspections" when one appears twice. */
export function distinctCount<T>(items: readonly T[], key: (item: T) => string): number {
  return new Set(items.map(key)).size;
}

/** Ratings tallied per standard, in the order the standards first appear: a domain page's summary of its standards. */
export function tallyByStandard(
  items: readonly { standard: string; rating?: Rating | undefined }[],
): { standard: string; tally: RatingTally }[] {
  const byStandard = Map.groupBy(items, (i) => i.standard);
  return [...byStandard].map(([standard, ratings]) => ({ standard, tally: tallyRatings(ratings) }));
}
