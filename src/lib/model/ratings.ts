import { ratingValues, type Rating } from '../../schemas/rating';
import type { PduInspection } from '../../schemas/pdu-inspection';
import { ratingLabels } from '../words/vocabulary';

/** Points each rating earns towards a PDU's score. */
export const ratingPoints: Readonly<Record<Rating, number>> = {
  outstanding: 3,
  good: 2,
  'requires-improvement': 1,
  inadequate: 0,
};

/** The rating words, from the site's vocabulary (their one home); re-exported beside the points for the tests that read them here. */
export { ratingLabels };

/** The most points one standard can earn. */
export const maxPointsPerStandard = ratingPoints.outstanding;

/** Reads a printed rating word ("Requires improvement", any case) as a rating, or undefined. */
export function parseRatingWord(word: string): Rating | undefined {
  const normal = word.trim().replace(/\s+/g, ' ').toLowerCase();
  return ratingValues.find((r) => ratingLabels[r].toLowerCase() === normal);
}

/** A PDU's score computed from its ratings: points earned and the maximum for the standards rated. */
export function computeScore(ratings: PduInspection['ratings']): { points: number; max: number } {
  const values = Object.values(ratings);
  return {
    points: values.reduce((sum, r) => sum + ratingPoints[r], 0),
    max: values.length * maxPointsPerStandard,
  };
}
