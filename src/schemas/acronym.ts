import { z } from 'zod';

/** One abbreviation the letters use, with its expansion and where that expansion is written down (reference data). */
export const acronymSchema = z.strictObject({
  /** The abbreviation as the letters print it, letter case as written (a plural "s" is read too): "BBR", "PQiP". */
  short: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]*$/, 'letters and digits only, starting with a letter')
    .min(2),
  /** What it stands for, in words, as the source spells it: "Building Better Relationships". */
  expansion: z
    .string()
    .trim()
    .min(3)
    .regex(/^[A-Za-z][A-Za-z’', -]*[A-Za-z]$/, 'words only (letters, spaces, commas, hyphens, apostrophes)'),
  /** Where the expansion comes from: the seed letter's line that spells it out, or a named publication. */
  source: z.string().trim().min(10),
});

/** The whole acronyms file. */
export const acronymListSchema = z.array(acronymSchema).min(1);

export type Acronym = z.infer<typeof acronymSchema>;
