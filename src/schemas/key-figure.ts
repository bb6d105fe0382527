import { z } from 'zod';
import { isoMonthSchema, slugSchema, textSchema } from './common';

/** What a key figure measures. */
export const measureSchema = z.enum(['vacancy-rate', 'average-caseload', 'workload', 'sickness-absence']);

/** The unit a key figure's value is in. */
export const unitSchema = z.enum(['percent', 'cases', 'percent-of-target', 'days-per-year']);

/** A staffing figure a letter states, kept as typed data with the sentence it comes from. */
export const keyFigureSchema = z.strictObject({
  /** Stable id within the letter, e.g. "vacancy-rate-po-wigan". */
  id: slugSchema,
  /** What it measures. */
  measure: measureSchema,
  /** The staff group it is about, as the letter names it ("PO", "PSO", "SPO", "Unpaid work", "All staff"). */
  group: z.string().min(1),
  /** "region" for the whole region, or the id of one of the letter's PDUs. */
  scope: slugSchema,
  /** The number as stated. */
  value: z.number().nonnegative(),
  /** Its unit. */
  unit: unitSchema,
  /** The month the figure describes, when the letter says. */
  asOf: isoMonthSchema.optional(),
  /** The sentence it comes from, exactly as published. */
  sentence: textSchema,
});

export type Measure = z.infer<typeof measureSchema>;
export type KeyFigure = z.infer<typeof keyFigureSchema>;
