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
  /**
   * Other names letters give the area itself (not things it touches), e.g. "community payback" for unpaid work. Where a
   * letter has no section on the area, its domain page quotes the paragraphs that name it by its name or one of these,
   * as whole words: a word that only starts alike names something else.
   */
  aliases: z.array(z.string().trim().min(2)).optional(),
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

/**
 * A transparent keyword rule: a text with enough matches of its patterns or words, or enough sentences holding a term of
 * each of its `together` groups, concerns the domain.
 * Matching ignores case, treats any run of spaces as one and either apostrophe (' or ’) as the other.
 */
export const keywordRuleSchema = z
  .strictObject({
    /** The domain page slug the rule tags with. */
    domain: slugSchema,
    /** Word beginnings matched at the start of a word, e.g. "assess" matches "assessment" but not "reassess". */
    patterns: z.array(z.string().trim().min(2)).optional(),
    /** Whole words or phrases, matched only where a word ends after them, e.g. "manage" matches "manage," but not "management". */
    words: z.array(z.string().trim().min(2)).optional(),
    /** Phrases (matched like patterns) inside which a match does not count, e.g. "workforce planning" stops "plan" tagging Planning. */
    exclude: z.array(z.string().trim().min(2)).optional(),
    /** How many separate matches the text needs before it is tagged (default 1); 2 or more keeps a passing mention from tagging it. */
    minMatches: z.number().int().min(1).optional(),
    /**
     * Groups of word beginnings that must all occur in one sentence, a term from each group, e.g. [["revisit", "review"],
     * ["plan", "assessment"]]: a sentence squarely on the standard rather than one passing word. `minMatches` then counts
     * such sentences.
     */
    together: z
      .array(z.array(z.string().trim().min(2)).min(1))
      .min(1)
      .optional(),
    /** Word beginnings that stop a sentence counting for `together`, e.g. "we reviewed" (inspectors examining) for Reviewing. */
    unless: z.array(z.string().trim().min(2)).optional(),
  })
  .refine((rule) => (rule.patterns?.length ?? 0) + (rule.words?.length ?? 0) > 0 !== Boolean(rule.together), {
    message: 'a rule needs either patterns or words, or `together` groups (not both)',
  })
  .refine((rule) => !rule.unless || rule.together, { message: '`unless` applies only to a rule with `together` groups' });

/** A keyword rule tagging a recommendation with a domain (`recommendation-rules.json`). */
export const recommendationRuleSchema = keywordRuleSchema;

/** The whole recommendation rules file. */
export const recommendationRuleListSchema = z.array(recommendationRuleSchema);

/**
 * A keyword rule adding a domain to a finding beyond its section's (`finding-rules.json`), for a finding whose text is
 * plainly about another standard; usually with `minMatches` of 2 so that one passing mention does not count.
 */
export const findingRuleSchema = keywordRuleSchema;

/** The whole finding rules file. */
export const findingRuleListSchema = z.array(findingRuleSchema);

export type Area = z.infer<typeof areaSchema>;
export type SectionMapping = z.infer<typeof sectionMappingSchema>;
export type KeywordRule = z.infer<typeof keywordRuleSchema>;
export type RecommendationRule = z.infer<typeof recommendationRuleSchema>;
export type FindingRule = z.infer<typeof findingRuleSchema>;
