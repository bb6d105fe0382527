/**
 * The site's vocabulary: the one home of every word it uses for a thing, so each is written once. Counts and
 * plurals, lists of names, rating words and abbreviations, "Not rated", scores ("7/27", "7 out of 27"), finding
 * kinds, addressees, and the units and names of key-figure measures. Sentences built from these words are in
 * sentences.ts and labels.ts.
 *
 * Browser scripts import this module too, so it imports only types and plain data (no zod, no d3).
 */
import type { FindingKind } from '../../schemas/finding';
import type { KeyFigure } from '../../schemas/key-figure';
import { measureUnits, type Measure, type Unit } from '../../schemas/measures';
import type { Rating } from '../../schemas/rating';
import type { Addressee } from '../../schemas/recommendation';

// Counts, plurals and lists.

/** Nouns the site counts, singular → plural, where adding "s" is wrong. */
const irregular: Readonly<Record<string, string>> = {
  'area for improvement': 'areas for improvement',
  'PDU inspection': 'PDU inspections',
  'recommendation to the region': 'recommendations to the region',
};

/** A noun's plural: "letter" → "letters", "area for improvement" → "areas for improvement". */
export function plural(singular: string): string {
  return irregular[singular] ?? `${singular}s`;
}

/** The noun as the count needs it: 1 → singular, anything else (0, 2, …) → plural. */
export function nounFor(n: number, singular: string, pluralForm = plural(singular)): string {
  return n === 1 ? singular : pluralForm;
}

/** A count with its noun: "1 letter", "2 letters", "0 recommendations", "1 area for improvement". */
export function count(n: number, singular: string, pluralForm?: string): string {
  return `${n} ${nounFor(n, singular, pluralForm)}`;
}

/** "was" or "were" for a count. */
export const wasWere = (n: number) => (n === 1 ? 'was' : 'were');

/** Link text for a whole list: "All 28 recommendations", "The 1 recommendation", "No recommendations". */
export function allOf(n: number, singular: string, pluralForm?: string): string {
  if (n === 0) return `No ${nounFor(0, singular, pluralForm)}`;
  return n === 1 ? `The 1 ${singular}` : `All ${count(n, singular, pluralForm)}`;
}

/** "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The first letter in capitals: "to the PDU" → "To the PDU" (the rest as it is, so "PDU" keeps its capitals). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Ratings.

/** The rating word as the inspectorate prints it, best first. */
export const ratingLabels: Readonly<Record<Rating, string>> = {
  outstanding: 'Outstanding',
  good: 'Good',
  'requires-improvement': 'Requires improvement',
  inadequate: 'Inadequate',
};

/** What the site shows where a standard has no rating. */
export const notRatedLabel = 'Not rated';

/** A rating's word, or "Not rated" for a standard without one. */
export function ratingWord(rating: Rating | undefined): string {
  return rating ? ratingLabels[rating] : notRatedLabel;
}

/** The short form of each rating printed in a matrix cell, explained by the chart's key. */
export const ratingAbbreviations: Readonly<Record<Rating | 'not-rated', string>> = {
  outstanding: 'O',
  good: 'G',
  'requires-improvement': 'RI',
  inadequate: 'I',
  'not-rated': 'NR',
};

/** A chart's key to the abbreviations: each rating best first (the order of ratingLabels), then not rated, with its abbreviation and word. */
export function ratingKey(): { rating: Rating | 'not-rated'; abbreviation: string; label: string }[] {
  return [
    ...(Object.keys(ratingLabels) as Rating[]).map((rating) => ({
      rating,
      abbreviation: ratingAbbreviations[rating],
      label: ratingLabels[rating],
    })),
    { rating: 'not-rated', abbreviation: ratingAbbreviations['not-rated'], label: notRatedLabel },
  ];
}

/** The key in words, for a description: "O Outstanding, G Good, RI Requires improvement, I Inadequate" (", NR not rated" when asked). */
export function ratingKeyText(withNotRated: boolean): string {
  return ratingKey()
    .filter((k) => withNotRated || k.rating !== 'not-rated')
    .map((k) => `${k.abbreviation} ${k.rating === 'not-rated' ? k.label.toLowerCase() : k.label}`)
    .join(', ');
}

// Scores.

/** A PDU's score: points earned and the most it could earn. */
export interface Score {
  points: number;
  max: number;
}

/** A score as printed: "7/27". */
export function scoreText(score: Score): string {
  return `${score.points}/${score.max}`;
}

/** A score as it is read out: "7 out of 27". */
export function scoreInWords(score: Score): string {
  return `${score.points} out of ${score.max}`;
}

// Findings.

/** Each kind of finding as a label ("Key strength") and as a noun inside a sentence ("key strength"). */
const findingKinds: Readonly<Record<FindingKind, { label: string; noun: string }>> = {
  strength: { label: 'Key strength', noun: 'key strength' },
  improvement: { label: 'Area for improvement', noun: 'area for improvement' },
};

/** "Key strength" or "Area for improvement". */
export function kindLabel(kind: FindingKind): string {
  return findingKinds[kind].label;
}

/** "key strength" or "area for improvement", inside a sentence. */
export function kindNoun(kind: FindingKind): string {
  return findingKinds[kind].noun;
}

// Addressees.

/** How each addressee is named in counts and labels. */
export const addresseeLabels: Readonly<Record<Addressee, string>> = {
  pdu: 'The PDU',
  region: 'The region',
  hmpps: 'HM Prison and Probation Service',
};

/** How each addressee is named inside a sentence: "the PDU", "the region", "HM Prison and Probation Service". */
export const addresseeInSentence: Readonly<Record<Addressee, string>> = {
  pdu: 'the PDU',
  region: 'the region',
  hmpps: 'HM Prison and Probation Service',
};

/** A heading for the recommendations to one addressee: "To the PDU", "To the region", "To HM Prison and Probation Service". */
export function addresseeHeading(addressee: Addressee): string {
  return `To ${addresseeInSentence[addressee]}`;
}

/** Who a recommendation is addressed to, by name: "Tameside PDU", "Greater Manchester region", "HM Prison and Probation Service". */
export function addresseeByName(addressee: Addressee, names: { pdu: string; region: string }): string {
  if (addressee === 'pdu') return `${names.pdu} PDU`;
  if (addressee === 'region') return `${names.region} region`;
  return addresseeLabels.hmpps;
}

// Key figures.

/**
 * What the site calls each key-figure measure: `label` after its staff group ("PO vacancy rate"), `title` above its
 * chart, `column` as its table column (before the unit), and `qualifier` after a value where the unit alone does not
 * say what it is ("12% under capacity").
 */
export const measureWords: Readonly<Record<Measure, { label: string; title: string; column: string; qualifier?: string }>> = {
  'vacancy-rate': { label: 'vacancy rate', title: 'Vacancy rates', column: 'Vacancy rate' },
  'leaving-rate': { label: 'leaving rate', title: 'Leaving rates', column: 'Leaving rate' },
  'average-caseload': { label: 'average caseload', title: 'Average caseloads', column: 'Average caseload' },
  workload: { label: 'workload against target', title: 'Workload against target', column: 'Workload' },
  'workload-under-capacity': {
    label: 'workload under capacity',
    title: 'Workload under capacity',
    column: 'Under capacity',
    qualifier: 'under capacity',
  },
  'staffing-level': { label: 'staffing against target', title: 'Staffing against target', column: 'Staffing' },
  'sickness-absence': { label: 'sickness absence', title: 'Sickness absence', column: 'Days lost' },
};

/**
 * How a value in each unit reads: `value` in a sentence or cell ("38%", "41 cases", "137% of target"), `tick` on a
 * chart's axis ("38%", "41") and `column` around a column's name ("Vacancy rate (%)").
 */
export const unitWords: Readonly<
  Record<Unit, { value: (v: number) => string; tick: (v: number) => string; column: (name: string) => string }>
> = {
  percent: { value: (v) => `${v}%`, tick: (v) => `${v}%`, column: (name) => `${name} (%)` },
  cases: { value: (v) => `${v} cases`, tick: (v) => String(v), column: (name) => `${name} (cases)` },
  'percent-of-target': { value: (v) => `${v}% of target`, tick: (v) => `${v}%`, column: (name) => `${name} (% of target)` },
  'days-per-year': {
    value: (v) => `${v} days lost on average per year`,
    tick: (v) => String(v),
    column: (name) => `${name} on average per year`,
  },
};

/** The unit of a measure, from the one table (src/schemas/measures.ts). */
export const unitOf = (measure: Measure): Unit => measureUnits[measure];

/** A measure's table column with its unit: "Vacancy rate (%)", "Workload (% of target)", "Days lost on average per year". */
export function measureColumn(measure: Measure): string {
  return unitWords[unitOf(measure)].column(measureWords[measure].column);
}

/** A key figure's value with its unit, short and the same for every letter: "38%", "137% of target", "12% under capacity". */
export function figureValueText(k: Pick<KeyFigure, 'measure' | 'value'>): string {
  const { qualifier } = measureWords[k.measure];
  const value = unitWords[unitOf(k.measure)].value(k.value);
  return qualifier ? `${value} ${qualifier}` : value;
}

/** A key figure as its letter words it ("12.3 days lost on average per year", "75%"), or in the site's words when the entry does not say. */
export function figureStatedText(k: Pick<KeyFigure, 'measure' | 'value' | 'statedAs'>): string {
  return k.statedAs ?? figureValueText(k);
}

/** What the site shows where a letter gives no figure or no month. */
export const notStatedLabel = 'Not stated';
