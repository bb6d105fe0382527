import { z } from 'zod';
import { slugSchema } from './common';

/** A UTC date-time written YYYY-MM-DDTHH:MM:SSZ (what an Atom `updated` and a sitemap `lastmod` need). */
export const utcDateTimeSchema = z
  .string({ error: 'must be a UTC date-time written YYYY-MM-DDTHH:MM:SSZ' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, 'must be a UTC date-time written YYYY-MM-DDTHH:MM:SSZ')
  .refine((text) => new Date(text).toISOString() === text.replace('Z', '.000Z'), 'is not a real date and time');

/** The version of one letter entry the site publishes: what its file held, and since when. */
export const letterVersionSchema = z.strictObject({
  /** SHA-256 (hex) of the entry file's text, with a byte-order mark removed and line ends written LF. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a hex SHA-256'),
  /** When this content was first recorded (by `npm run import` or `npm run record-versions`): the entry's "updated" date in the feeds and the sitemap. */
  recorded: utcDateTimeSchema,
});

/** `content/letter-versions.json`: the recorded version of every letter, by letter id. */
export const letterVersionsSchema = z.record(slugSchema, letterVersionSchema);

export type LetterVersion = z.infer<typeof letterVersionSchema>;
export type LetterVersions = z.infer<typeof letterVersionsSchema>;
