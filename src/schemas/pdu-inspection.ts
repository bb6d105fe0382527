import { z } from 'zod';
import { isoMonthSchema, slugSchema } from './common';
import { ratingSchema } from './rating';

/** A standard's number, e.g. "2.2". */
const standardNumberSchema = z.string().regex(/^\d+\.\d+$/, 'must be a standard number such as "2.2"');

/** A probation delivery unit's inspection as a letter reports it (Annexe two). */
export const pduInspectionSchema = z.strictObject({
  /** Stable slug of the PDU, e.g. "manchester-north"; the same PDU keeps it across letters. */
  id: slugSchema,
  /** The PDU's name as printed, without the word "PDU", e.g. "Manchester North". */
  name: z.string().min(1),
  /** Month fieldwork started, YYYY-MM. */
  fieldworkStarted: isoMonthSchema,
  /** The score as the letter states it; checked against the ratings. */
  score: z.strictObject({
    /** Points stated, e.g. 10 of "10/24". */
    points: z.int().nonnegative(),
    /** Maximum stated, e.g. 24 of "10/24". */
    max: z.int().positive(),
  }),
  /** The overall rating as stated. */
  overall: ratingSchema,
  /** Rating per standard number, in printed order; a standard not rated is absent. */
  ratings: z.record(standardNumberSchema, ratingSchema),
  /** How Annexe two printed this PDU, so the letter page can follow the source. */
  annex: z
    .strictObject({
      /** Which of the score and the overall rating the letter printed first. */
      first: z.enum(['score', 'overall']),
      /** Standards the letter listed with no rating beside them; a standard not rated and not listed is absent from the source. */
      listedUnrated: z.array(standardNumberSchema),
    })
    .optional(),
});

export type PduInspection = z.infer<typeof pduInspectionSchema>;
