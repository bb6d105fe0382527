import { z } from 'zod';
import { slugSchema, textSchema } from './common';

/** Who a recommendation is addressed to. */
export const addresseeSchema = z.enum(['pdu', 'region', 'hmpps']);

/** One numbered recommendation of Annexe one. */
export const recommendationSchema = z.strictObject({
  /** Permanent id, made once at import, e.g. "greater-manchester-2023-05-tameside-8". */
  id: slugSchema,
  /** Id of the PDU whose inspection made it. */
  pdu: slugSchema,
  /** Its number in that PDU's list, from 1. */
  number: z.int().positive(),
  /** The PDU, the region, or HM Prison and Probation Service. */
  addressee: addresseeSchema,
  /** The recommendation's text exactly as published, without its number. */
  text: textSchema,
  /** Domain page slugs it concerns, from the keyword rules at import; editors may correct them. */
  domains: z.array(slugSchema),
});

/** The lead-in that introduces a run of recommendations, e.g. "The PDU should:". */
export const recommendationGroupSchema = z.strictObject({
  /** Id of the PDU the group is listed under. */
  pdu: slugSchema,
  /** Who the group's recommendations are addressed to. */
  addressee: addresseeSchema,
  /** The lead-in exactly as printed. */
  leadIn: textSchema,
});

export type Addressee = z.infer<typeof addresseeSchema>;
export type Recommendation = z.infer<typeof recommendationSchema>;
export type RecommendationGroup = z.infer<typeof recommendationGroupSchema>;
