import { z } from 'zod';
import { slugSchema, textSchema } from './common';

/** Whether a finding is a key strength or a key area for improvement. */
export const findingKindSchema = z.enum(['strength', 'improvement']);

/** One bullet of a "Key strengths" or "Key areas for improvement" list. */
export const findingSchema = z.strictObject({
  /** Permanent id, made once at import, e.g. "greater-manchester-2023-05-staff-improvement-2". */
  id: slugSchema,
  /** Id of the letter section it stands in, e.g. "staff". */
  section: slugSchema,
  /** Key strength or area for improvement. */
  kind: findingKindSchema,
  /** The bullet's text exactly as published (page breaks mended). */
  text: textSchema,
  /** Domain page slugs it concerns, from its section at import; editors may correct them. */
  domains: z.array(slugSchema),
});

export type FindingKind = z.infer<typeof findingKindSchema>;
export type Finding = z.infer<typeof findingSchema>;
