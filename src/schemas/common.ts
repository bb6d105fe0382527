import { z } from 'zod';

/** A readable, stable identifier: lower-case words joined by hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens (e.g. "tameside")');

function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || m === undefined) return false;
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && (d === undefined || date.getUTCDate() === d);
}

/** YAML turns an unquoted 2023-05-25 into a Date; accept it and keep the plain ISO string. */
const dateToIso = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

/** A calendar date written YYYY-MM-DD. */
export const isoDateSchema = z.preprocess(
  dateToIso,
  z
    .string({ error: 'must be a date written YYYY-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
    .refine(isRealDate, 'is not a real calendar date'),
);

/** A calendar month written YYYY-MM. */
export const isoMonthSchema = z
  .string({ error: 'must be a month written YYYY-MM' })
  .regex(/^\d{4}-\d{2}$/, 'must be a month written YYYY-MM')
  .refine(isRealDate, 'is not a real calendar month');

/** An absolute http(s) URL. */
export const urlSchema = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' });

/** An absolute https URL (a document the site links readers to, never plain http). */
export const httpsUrlSchema = z.url({
  protocol: /^https$/,
  error: 'must be an absolute https URL, e.g. "https://www.example.gov.uk/document.pdf"',
});

/** Text as published: non-empty, never trimmed or retyped. */
export const textSchema = z.string().min(1, 'must not be empty');
