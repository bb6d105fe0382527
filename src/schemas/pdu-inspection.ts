import { z } from 'zod';
import { isoMonthSchema, slugSchema } from './common';
import { ratingSchema } from './rating';

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
  ratings: z.record(z.string().regex(/^\d+\.\d+$/, 'must be a standard number such as "2.2"'), ratingSchema),
});

export type PduInspection = z.infer<typeof pduInspectionSchema>;
