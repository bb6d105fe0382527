import { z } from 'zod';
import { slugSchema } from './common';

/** Every permanent id ever published, by kind: each must keep resolving in every later build. */
export const publishedIdsSchema = z.strictObject({
  /** Letter ids (pages under /letters/). */
  letters: z.array(slugSchema),
  /** Finding ids (pages under /findings/). */
  findings: z.array(slugSchema),
  /** Recommendation ids (pages under /recommendations/). */
  recommendations: z.array(slugSchema),
});

/** A published id that no longer names an item, and where its page now sends readers. */
export const retiredIdSchema = z.strictObject({
  /** Which kind of page the id named. */
  kind: z.enum(['letters', 'findings', 'recommendations']),
  /** The retired id. */
  id: slugSchema,
  /** The id of the same kind that replaces it; its page is where the redirect goes. */
  replacedBy: slugSchema,
  /** Why it was retired, shown on the redirect page. */
  reason: z.string().min(1),
});

/** The whole retired-ids file. */
export const retiredIdListSchema = z.array(retiredIdSchema);

export type PublishedIds = z.infer<typeof publishedIdsSchema>;
export type RetiredId = z.infer<typeof retiredIdSchema>;
