/**
 * The key-figure measures and the one unit each is given in: the single table the key-figure schema validates
 * against (src/schemas/key-figure.ts) and the charts, the compare page and the site's words read, so a figure's unit
 * always follows from its measure. Plain data with no zod, so browser scripts may import it too.
 */

/** The units a key figure's value can be in. */
export const unitValues = ['percent', 'cases', 'percent-of-target', 'days-per-year'] as const;

/** The unit a key figure's value is in. */
export type Unit = (typeof unitValues)[number];

/** The measures, in the order the site charts them. */
export const measureValues = [
  'vacancy-rate',
  'leaving-rate',
  'average-caseload',
  'workload',
  'workload-under-capacity',
  'staffing-level',
  'sickness-absence',
] as const;

/** What a key figure measures. */
export type Measure = (typeof measureValues)[number];

/** The unit each measure is given in; a figure in any other unit is rejected. */
export const measureUnits = {
  'vacancy-rate': 'percent',
  'leaving-rate': 'percent',
  'average-caseload': 'cases',
  workload: 'percent-of-target',
  'workload-under-capacity': 'percent',
  'staffing-level': 'percent-of-target',
  'sickness-absence': 'days-per-year',
} as const satisfies Record<Measure, Unit>;
