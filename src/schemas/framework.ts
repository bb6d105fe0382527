import { z } from 'zod';
import { isoDateSchema, slugSchema } from './common';

/** A standard an inspection rates, e.g. 2.2 Assessment. */
export const standardSchema = z.strictObject({
  /** The standard's number as printed, e.g. "2.2". */
  id: z.string().regex(/^\d+\.\d+$/, 'must be a standard number such as "2.2"'),
  /** The standard's name as printed, e.g. "Assessment". */
  name: z.string().min(1),
});

/** A domain groups standards, e.g. 2 Court work and case supervision. */
export const domainSchema = z.strictObject({
  /** The domain's number as printed, e.g. "2". */
  number: z.string().regex(/^\d+$/, 'must be a domain number such as "2"'),
  /** The domain's name as printed. */
  name: z.string().min(1),
  /** The standards in this domain, in printed order. */
  standards: z.array(standardSchema).min(1),
});

/** An inspection framework: the set of standards a programme of inspections rates. */
export const frameworkSchema = z.strictObject({
  /** Stable slug, e.g. "pdu-2021". */
  id: slugSchema,
  /** The framework's full name. */
  name: z.string().min(1),
  /** What the framework rates: probation delivery units or regions. */
  scope: z.enum(['pdu', 'region']),
  /** The earliest day its letters and fieldwork can fall on, e.g. the first day of the year in the framework's name; earlier is refused. */
  from: isoDateSchema,
  /** Its domains, in printed order. */
  domains: z.array(domainSchema).min(1),
});

/** The whole frameworks file. */
export const frameworkListSchema = z.array(frameworkSchema).min(1);

export type Standard = z.infer<typeof standardSchema>;
export type Domain = z.infer<typeof domainSchema>;
export type Framework = z.infer<typeof frameworkSchema>;
