import { z } from 'zod';

/** The four ratings HM Inspectorate of Probation gives, best first. */
export const ratingValues = ['outstanding', 'good', 'requires-improvement', 'inadequate'] as const;

/** One rating, stored as a slug (e.g. "requires-improvement"). */
export const ratingSchema = z.enum(ratingValues, {
  error: (issue) => `unknown rating ${JSON.stringify(issue.input)}; expected one of ${ratingValues.join(', ')}`,
});

export type Rating = z.infer<typeof ratingSchema>;
