import { z } from 'zod';

/** Someone a letter names: the recipient or the signatory. */
export const personSchema = z.strictObject({
  /** Name as printed, e.g. "Chris Edwards". */
  name: z.string().min(1),
  /** Role as printed, e.g. "Regional Probation Director". */
  role: z.string().min(1),
});

/** One line of a letter's copy list: a person, a team, or a bare address. */
export const copyRecipientSchema = z
  .strictObject({
    /** Name of the person or team, when printed. */
    name: z.string().min(1).optional(),
    /** Role, when printed. */
    role: z.string().min(1).optional(),
    /** Email address, when printed. */
    email: z
      .string()
      .regex(/^[^\s@]+@[^\s@]+$/, 'must be an email address')
      .optional(),
  })
  .refine((c) => c.name || c.email, 'a copy recipient needs a name or an email address');

/** The organisation that published the letter, with its letterhead. */
export const publisherSchema = z.strictObject({
  /** The publisher's name, e.g. "HM Inspectorate of Probation". */
  name: z.string().min(1),
  /** Postal address lines as printed. */
  address: z.array(z.string().min(1)),
  /** Contact email as printed. */
  email: z.string().optional(),
  /** Website as printed (kept exactly, even when misspelt). */
  website: z.string().optional(),
});

/** The signatory and the description standing for the handwritten signature. */
export const signatorySchema = personSchema.extend({
  /** Text description of the signature image, as published. */
  signatureDescription: z.string().min(1).optional(),
});

export type Person = z.infer<typeof personSchema>;
export type CopyRecipient = z.infer<typeof copyRecipientSchema>;
export type Publisher = z.infer<typeof publisherSchema>;
export type Signatory = z.infer<typeof signatorySchema>;
