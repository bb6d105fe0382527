import { ratingValues, type Rating } from '../../schemas/rating';
import type { PduInspection } from '../../schemas/pdu-inspection';
import { ratingLabels } from '../language/vocabulary';
import { escapeRegExp } from '../escape';

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

/** An overall rating the letter's own words give a PDU: "we rated Tameside as 'Requires improvement'". */
export interface StatedRating {
  /** The PDU's name, as the letter's PDUs spell it. */
  pdu: string;
  rating: Rating;
  /** The sentence that states it. */
  sentence: string;
}

/** A sentence about another inspection ("in 2019 we rated Wigan as 'Good'") states no rating of this one. */
const aboutAnotherInspection = /\b(previous(ly)?|prior|last|earlier|before|former(ly)?|\d{4})\b/i;

/**
 * The overall ratings a passage of the letter states in so many words, in a sentence that says "rated": a PDU's
 * name (optionally followed by "PDU") then "as" or "was rated (as)", then one of the four rating words (quotes
 * optional), which ends the phrase ("Tameside as 'Inadequate' for assessment" is a standard's rating, not
 * the PDU's). Only the names given are looked for; a sentence naming a year or a previous inspection is left out.
 */
export function statedOverallRatings(text: string, pduNames: readonly string[]): StatedRating[] {
  const words = ratingValues.map((r) => escapeRegExp(ratingLabels[r]).replace(/ /g, '\\s+')).join('|');
  const stated: StatedRating[] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    if (!/\brated\b/i.test(sentence) || aboutAnotherInspection.test(sentence)) continue;
    for (const pdu of pduNames) {
      const name = escapeRegExp(pdu).replace(/\s+/g, '\\s+');
      const phrase = new RegExp(
        `(?<![\\p{L}\\p{N}])${name}(?:\\s+PDU)?\\s+(?:(?:was|is|has\\s+been)\\s+rated\\s+(?:as\\s+)?|as\\s+)['‘"“]?(${words})['’"”]?(?=\\s*(?:[,.;:]|\\band\\b|$))`,
        'giu',
      );
      for (const match of sentence.matchAll(phrase)) {
        const rating = parseRatingWord(match[1] ?? '');
        if (rating) stated.push({ pdu, rating, sentence });
      }
    }
  }
  return stated;
}
