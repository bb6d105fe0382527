import { z } from 'zod';
import { textSchema, urlSchema } from './common';

/** A numbered footnote, a link to another publication. */
export const footnoteSchema = z.strictObject({
  /** Its number, as its superscript marker shows it. */
  number: z.int().positive(),
  /** The marker as printed, e.g. "¹". */
  marker: z.string().min(1),
  /** The link text as published. */
  text: textSchema,
  /** Where it links to. */
  url: urlSchema,
});

/** A link printed in the letter outside the footnotes. */
export const linkSchema = z.strictObject({
  /** Link text as published. */
  text: textSchema,
  /** Where it links to. */
  url: urlSchema,
});

export type Footnote = z.infer<typeof footnoteSchema>;
export type Link = z.infer<typeof linkSchema>;
