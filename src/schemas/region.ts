import { z } from 'zod';
import { slugSchema } from './common';

/** A PDU a published source places in a region: with it, a letter of another region naming the PDU is refused. */
export const regionPduSchema = z.strictObject({
  /** The PDU's name as the source writes it, e.g. "Tameside". */
  name: z.string().trim().min(2),
  /** The publication that places the PDU in this region. */
  source: z.string().trim().min(10),
});

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
  /** The region's PDUs that a published source names (not necessarily all of them). */
  pdus: z.array(regionPduSchema).optional(),
});

/** The whole regions file. */
export const regionListSchema = z.array(regionSchema).min(1);

export type Region = z.infer<typeof regionSchema>;
export type RegionPdu = z.infer<typeof regionPduSchema>;
