import { z } from 'zod';
import { isoMonthSchema, slugSchema, textSchema } from './common';
import { measureUnits, measureValues, unitValues } from './measures';

/** What a key figure measures: vacancy or leaving rate, average caseload, workload against target or under capacity, staffing against target, sickness absence. */
export const measureSchema = z.enum(measureValues);

/** The unit a key figure's value is in. */
export const unitSchema = z.enum(unitValues);

/** The unit each measure is given in: the one table, kept in src/schemas/measures.ts. */
export { measureUnits };

/** A staffing figure a letter states, kept as typed data with the sentence it comes from. */
export const keyFigureSchema = z
  .strictObject({
    /** Stable id within the letter, e.g. "vacancy-rate-po-wigan"; a second figure for the same thing at another month ends in that month. */
    id: slugSchema,
    /** What it measures. */
    measure: measureSchema,
    /** The staff group it is about, as the letter names it ("PO", "PSO", "SPO", "Unpaid work", "All staff"). */
    group: z.string().min(1),
    /** "region" for the whole region, or the id of one of the letter's PDUs. */
    scope: slugSchema,
    /** The number as stated. */
    value: z.number().nonnegative(),
    /** Its unit; must be the one its measure is given in (see measureUnits). */
    unit: unitSchema,
    /** The number with its unit exactly as the letter words it, e.g. "12.3 days lost on average per year" or "75%"; part of the sentence. */
    statedAs: textSchema.optional(),
    /** The month the figure describes, when the letter says. */
    asOf: isoMonthSchema.optional(),
    /** The sentence it comes from, exactly as published. */
    sentence: textSchema,
  })
  .superRefine((k, ctx) => {
    const unit = measureUnits[k.measure];
    if (k.unit !== unit)
      ctx.addIssue({ code: 'custom', path: ['unit'], message: `a ${k.measure} figure is in "${unit}", not "${k.unit}"` });
    if (k.statedAs !== undefined && !k.sentence.includes(k.statedAs))
      ctx.addIssue({ code: 'custom', path: ['statedAs'], message: `"${k.statedAs}" does not appear in its sentence` });
    if (k.statedAs !== undefined && !k.statedAs.includes(String(k.value)))
      ctx.addIssue({ code: 'custom', path: ['statedAs'], message: `"${k.statedAs}" does not state the value ${k.value}` });
  });

export type Measure = z.infer<typeof measureSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type KeyFigure = z.infer<typeof keyFigureSchema>;
