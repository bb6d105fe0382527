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
  /** Other names letters use for the region's probation service, e.g. "GMPS"; matched as whole words, letter case as written. */
  aliases: z.array(z.string().trim().min(2)).optional(),
});

/** The whole regions file. */
export const regionListSchema = z.array(regionSchema).min(1);

export type Region = z.infer<typeof regionSchema>;
