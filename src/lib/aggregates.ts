import { ratingValues, type Rating } from '../schemas/rating';

/** How many of the given ratings are at each rating, best first, with "not rated" last when any. */
export function ratingCounts(items: readonly { rating?: Rating }[]): { rating?: Rating; count: number }[] {
  const counts: { rating?: Rating; count: number }[] = ratingValues.map((rating) => ({ rating, count: items.filter((i) => i.rating === rating).length }));
  const notRated = items.filter((i) => i.rating === undefined).length;
  return notRated ? [...counts, { rating: undefined, count: notRated }] : counts;
}
