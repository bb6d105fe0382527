import { z } from 'zod';

/** A place a letter names within a PDU's area (reference data), so a search for the place finds that PDU. */
export const placeSchema = z.strictObject({
  /** The place as the letter names it: "Atherton". */
  name: z
    .string()
    .trim()
    .regex(/^[A-Z][A-Za-z’' -]*[a-z]$/, 'a place name in words, starting with a capital letter'),
  /** The id of the PDU the letter puts it in: "wigan". */
  pdu: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a PDU id: lower-case words joined by hyphens'),
  /** What the letter says is there, in a few words, as the PDU page shows it: "an office of the PDU". */
  what: z.string().trim().min(3),
  /** The letter line that names it, quoted: "seeds/000_2024088064c08f13.txt line 141: “the Atherton office (Wigan PDU)”". */
  source: z.string().trim().min(10),
});

/** The whole places file. */
export const placeListSchema = z.array(placeSchema);

export type Place = z.infer<typeof placeSchema>;
