import { z } from 'zod';
import { httpsUrlSchema, isoDateSchema, slugSchema, textSchema, urlSchema } from './common';
import { findingSchema } from './finding';
import { keyFigureSchema } from './key-figure';
import { footnoteSchema, linkSchema } from './footnote';
import { pduInspectionSchema } from './pdu-inspection';
import { copyRecipientSchema, personSchema, publisherSchema, signatorySchema } from './person';
import { recommendationGroupSchema, recommendationSchema } from './recommendation';

/** A section of the letter's regional observations, e.g. Staff. */
export const letterSectionSchema = z.strictObject({
  /** Slug of the heading, e.g. "services-and-interventions"; part of finding ids. */
  id: slugSchema,
  /** The heading as printed. */
  title: textSchema,
});

/** One published regional inspection letter: every fact it states (the MDX body holds the narrative). */
export const letterSchema = z.strictObject({
  /** Permanent id, "<region>-<yyyy>-<mm>", e.g. "greater-manchester-2023-05". */
  id: slugSchema,
  /** Page title, e.g. "Regional inspection letter: Greater Manchester". */
  title: textSchema,
  /** Id of the region (reference data). */
  region: slugSchema,
  /** Date of the letter, YYYY-MM-DD. */
  date: isoDateSchema,
  /** Id of the inspection framework whose standards the PDUs were rated against. */
  framework: slugSchema,
  /** Who published it, with the letterhead as printed. */
  publisher: publisherSchema,
  /** Who it is addressed to. */
  recipient: personSchema,
  /** The copy list, in printed order. */
  copyList: z.array(copyRecipientSchema),
  /** The salutation as printed, e.g. "Dear Chris,". */
  salutation: textSchema,
  /** The sections of regional observations, in printed order. */
  sections: z.array(letterSectionSchema).min(1),
  /** The valediction as printed, e.g. "Yours sincerely,". */
  closing: textSchema,
  /** Who signed it. */
  signatory: signatorySchema,
  /** Each PDU inspected, in the order of Annexe two. */
  pdus: z.array(pduInspectionSchema).min(1),
  /** Every key strength and area for improvement, in printed order. */
  findings: z.array(findingSchema),
  /** Annexe one: its heading and the lead-ins of each group of recommendations. */
  recommendationsAnnex: z.strictObject({
    /** The annex heading as printed. */
    title: textSchema,
    /** Each run of recommendations under one PDU and addressee, in printed order. */
    groups: z.array(recommendationGroupSchema),
  }),
  /** Every recommendation, in printed order. */
  recommendations: z.array(recommendationSchema),
  /** Annexe two: its heading, introduction and links. */
  ratingsAnnex: z.strictObject({
    /** The annex heading as printed. */
    title: textSchema,
    /** The introductory paragraphs as printed. */
    intro: z.array(textSchema),
    /** Links printed in the annex. */
    links: z.array(linkSchema),
  }),
  /** Footnotes, in number order. */
  footnotes: z.array(footnoteSchema),
  /** Staffing figures the letter states (vacancy rates, caseloads, workload, sickness), proposed at import. */
  keyFigures: z.array(keyFigureSchema),
  /** The source text this entry was imported from. */
  source: z.strictObject({
    /** Path of the seed file, relative to the project. */
    file: z.string().min(1),
    /** SHA-256 of the seed file, hex. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a hex SHA-256'),
  }),
  /** The inspectorate's published document (its web page or PDF), https only; absent when nobody has recorded it, never guessed. */
  sourceUrl: httpsUrlSchema.optional(),
  /** The licence the source text is published under. */
  licence: z.strictObject({
    /** Licence name, e.g. "Open Government Licence v3.0". */
    name: z.string().min(1),
    /** Licence URL. */
    url: urlSchema,
  }),
  /** SHA-256 of the entry exactly as `npm run import` last wrote it (this line left out): a re-import compares it with the file to see an editor's changes. */
  importedSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'must be a hex SHA-256')
    .optional(),
});

export type LetterSection = z.infer<typeof letterSectionSchema>;
export type Letter = z.infer<typeof letterSchema>;
