import { z } from 'zod';

const phrase = z.string().trim().min(1);

/**
 * The wording of a regional letter's layout that the importer recognises (reference data): finding-list
 * lead-ins, section headings and sub-headings. A line the importer cannot match to this is refused, never
 * filed under a default; a new wording is added here, not in code.
 */
export const letterLayoutSchema = z.strictObject({
  /** Lead-ins that open a list of findings, by kind, as printed (matched ignoring letter case and a final colon). */
  findingLists: z.strictObject({
    /** Lead-ins of key strengths, e.g. "Key strengths:". */
    strength: z.array(phrase).min(1),
    /** Lead-ins of areas for improvement, e.g. "Key areas for improvement:". */
    improvement: z.array(phrase).min(1),
  }),
  /** Section headings of the regional observations, as printed (each must have a mapping in sections.json). */
  sectionHeadings: z.array(phrase).min(1),
  /** Headings above the sections that are not sections themselves, e.g. "Regional observations:". */
  subheadings: z.array(phrase),
});

export type LetterLayout = z.infer<typeof letterLayoutSchema>;
