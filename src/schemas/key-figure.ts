import { z } from 'zod';
import { isoMonthSchema, slugSchema, textSchema } from './common';

/** What a key figure measures: vacancy or leaving rate, average caseload, workload against target or under capacity, staffing against target, sickness absence. */
export const measureSchema = z.enum([
  'vacancy-rate',
  'leaving-rate',
  'average-caseload',
  'workload',
  'workload-under-capacity',
  'staffing-level',
  'sickness-absence',
]);

/** The unit a key figure's value is in. */
export const unitSchema = z.enum(['percent', 'cases', 'percent-of-target', 'days-per-year']);

/** The unit each measure is given in; a figure in any other unit is rejected. */
export const measureUnits = {
  'vacancy-rate': 'percent',
  'leaving-rate': 'percent',
  'average-caseload': 'cases',
  workload: 'percent-of-target',
  'workload-under-capacity': 'percent',
  'staffing-level': 'percent-of-target',
  'sickness-absence': 'days-per-year',
} as const satisfies Record<z.infer<typeof measureSchema>, z.infer<typeof unitSchema>>;

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
