import { z } from 'zod';
import { slugSchema } from './common';

/** One of the probation regions of England and Wales (reference data). */
export const regionSchema = z.strictObject({
  /** Stable slug used in URLs and letters, e.g. "greater-manchester". */
  id: slugSchema,
  /** The region's name as the inspectorate writes it. */
  name: z.string().min(1),
  /** The nation the region is in. */
  nation: z.enum(['England', 'Wales']),
});

/** The whole regions file. */
export const regionListSchema = z.array(regionSchema).min(1);

export type Region = z.infer<typeof regionSchema>;
