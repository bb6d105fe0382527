import { z } from 'zod';
import { slugSchema } from './common';

/** A regional area a letter reports on without rating it, e.g. Statutory victim work (reference data). */
export const areaSchema = z.strictObject({
  /** Stable slug, also its page's URL segment under /domains/. */
  id: slugSchema,
  /** The area's name as letters head it. */
  name: z.string().min(1),
  /** One sentence saying what the area covers. */
  description: z.string().min(1),
});

/** The whole areas file. */
export const areaListSchema = z.array(areaSchema);

/** Which domains a letter section's findings concern (reference data, reviewable by editors). */
export const sectionMappingSchema = z.strictObject({
  /** A letter section id, e.g. "staff". */
  section: slugSchema,
  /** Domain page slugs the section's findings are tagged with, e.g. ["1-2-staff"]. */
  domains: z.array(slugSchema),
});

/** The whole section-mapping file. */
export const sectionMappingListSchema = z.array(sectionMappingSchema);

/** A transparent keyword rule: a recommendation whose text contains a pattern concerns the domain. */
export const recommendationRuleSchema = z.strictObject({
  /** The domain page slug the rule tags with. */
  domain: slugSchema,
  /** Word beginnings matched case-insensitively at a word boundary, e.g. "assess" matches "assessment". */
  patterns: z.array(z.string().min(2)).min(1),
});

/** The whole rules file. */
export const recommendationRuleListSchema = z.array(recommendationRuleSchema);

export type Area = z.infer<typeof areaSchema>;
export type SectionMapping = z.infer<typeof sectionMappingSchema>;
export type RecommendationRule = z.infer<typeof recommendationRuleSchema>;
