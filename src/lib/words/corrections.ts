/**
 * The site's words about the editors' corrections (src/lib/corrections/): the marker's lead, the date it gives (the
 * letter's recorded version: content/letter-versions.json records when the current text was first recorded, not when
 * each correction was made, so that is all a marker claims), and the imported values in readable form.
 */
import type {
  BodyChange,
  FieldChange,
  ImportedBlock,
  InspectionCorrection,
  ItemCorrection,
  LetterFieldPlace,
  RemovedItem,
} from '../model/correction-types';
import type { Rating } from '../../schemas/rating';
import type { CopyRecipient } from '../../schemas/person';
import type { Footnote } from '../../schemas/footnote';
import type { FindingKind } from '../../schemas/finding';
import type { Addressee } from '../../schemas/recommendation';
import { copyLine } from '../model/letter-view';
import { formatDate, formatMonth } from '../language/format';
import { addresseeLabels, count, kindLabel, listNames, ratingWord, scoreText } from '../language/vocabulary';

/** One value as imported, as a marker shows it: a label ("Score") and the words, or the words alone (an item's text), or lines (a list). */
export interface ImportedLine {
  label?: string;
  text: string;
  /** A list's items, each shown on its own line. */
  items?: string[];
}

/** What the editors did to the item a marker stands by. */
export type MarkerKind = 'corrected' | 'added' | 'removed';

const londonDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/** The day a version was recorded, in the UK: "2026-11-26T01:19:46Z" -> "26 November 2026". */
export function recordedDate(recorded: string): string {
  return londonDate.format(new Date(recorded));
}

/** A marker's first words, after its tag: "Corrected" + " by the editors"; a removal says what was removed ("a paragraph of the imported text stood here"). */
export function markerLead(kind: MarkerKind, what = 'a paragraph of the imported text stood here'): { tag: string; rest: string } {
  if (kind === 'added') return { tag: 'Added', rest: ' by the editors: not in the text imported from the source' };
  if (kind === 'removed') return { tag: 'Removed', rest: ` by the editors: ${what}` };
  return { tag: 'Corrected', rest: ' by the editors' };
}

/** What the marker's disclosure says it shows. */
export const showImported = 'Show the text as imported';
/** What introduces the imported text inside the disclosure. */
export const importedLead = 'As imported from the source:';

/** Names of fields, as a marker labels their imported values. */
const fieldLabels: Readonly<Record<string, string>> = {
  title: 'Title',
  date: 'Date',
  region: 'Region',
  framework: 'Inspection framework',
  publisher: 'Publisher',
  recipient: 'To',
  copyList: 'Copy list',
  salutation: 'Salutation',
  sections: 'Section headings',
  closing: 'Closing',
  signatory: 'Signed by',
  source: 'Source file',
  licence: 'Licence',
  recommendationsAnnex: 'Annexe one',
  ratingsAnnex: 'Annexe two',
  footnotes: 'Footnotes',
  section: 'Section',
  kind: 'Kind',
  pdu: 'PDU',
  number: 'Number',
  addressee: 'Addressed to',
  name: 'PDU name',
  fieldworkStarted: 'Fieldwork started',
  score: 'Score',
  overall: 'Overall rating',
  annex: 'How Annexe two printed it',
};

/** Any imported value as words: text as it is, lists joined with semicolons, an object's values with commas. */
function wordsOf(value: unknown): string {
  if (value === undefined || value === null) return '(none)';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length ? value.map(wordsOf).join('; ') : '(none)';
  return Object.values(value as Record<string, unknown>)
    .filter((v) => v !== undefined)
    .map(wordsOf)
    .join(', ');
}

/** Fields whose values read better written the site's usual way. */
const valueWords: Readonly<Record<string, (value: never) => string>> = {
  date: (v: string) => formatDate(v),
  fieldworkStarted: (v: string) => formatMonth(v),
  score: (v: { points: number; max: number }) => scoreText(v),
  overall: (v: Rating) => ratingWord(v),
  kind: (v: FindingKind) => kindLabel(v),
  addressee: (v: Addressee) => addresseeLabels[v],
  copyList: (v: CopyRecipient[]) => v.map(copyLine).join('; '),
  sections: (v: { title: string }[]) => v.map((s) => s.title).join('; '),
  footnotes: (v: Footnote[]) => v.map((f) => `${f.marker} ${f.text} (${f.url})`).join('; '),
};

/** A changed field's imported value, labelled: "Score: 7/27". */
export function fieldLine(change: FieldChange): ImportedLine {
  const words = valueWords[change.field];
  return {
    label: fieldLabels[change.field] ?? change.field,
    text: change.imported === undefined ? '(none)' : words ? words(change.imported as never) : wordsOf(change.imported),
  };
}

/** What a finding's or recommendation's marker shows as imported: its text, then its other facts. */
export function itemLines(c: ItemCorrection): ImportedLine[] {
  return [...(c.importedText === undefined ? [] : [{ text: c.importedText }]), ...c.fields.map(fieldLine)];
}

/** What a PDU inspection's marker shows as imported: its facts, then each changed rating ("2.2 Assessment: Inadequate"). */
export function inspectionLines(c: InspectionCorrection, standardName: (id: string) => string | undefined): ImportedLine[] {
  return [
    ...c.fields.map(fieldLine),
    ...c.ratings.map((r) => {
      const name = standardName(r.standard);
      return { label: name ? `${r.standard} ${name}` : r.standard, text: ratingWord(r.imported) };
    }),
  ];
}

/** What a narrative block's marker shows as imported: a paragraph's or heading's words, a list's items. */
export function blockLines(block: ImportedBlock | undefined): ImportedLine[] {
  if (!block) return [];
  if (block.kind === 'list') return [{ text: block.text, items: block.text.split('\n') }];
  if (block.kind === 'component') return [{ label: 'List heading', text: block.text }];
  return [{ text: block.text }];
}

/** What a narrative block is called: "a paragraph", "a heading", "a list". */
export function blockNoun(kind: ImportedBlock['kind'] | undefined): string {
  return kind === 'heading' ? 'a heading' : kind === 'list' ? 'a list' : kind === 'component' ? 'a list heading' : 'a paragraph';
}

/** Where a narrative change stands, for the letter's list of corrections: "a paragraph under “Staff”". */
export function bodyChangeName(change: BodyChange): string {
  const noun = blockNoun(change.imported?.kind);
  return change.under ? `${noun} under “${change.under}”` : `${noun} at the start of the letter`;
}

/** The lead of a letter's list of corrections: "The editors corrected 3 places in this letter after importing it from the source". */
export function correctionsLead(places: number): string {
  return `The editors corrected ${count(places, 'place')} in this letter after importing it from the source. Each is marked where it stands, with the text as imported one click away.`;
}

/** What a letter's changes since import say when the editors changed none of its words or facts. */
export const notCorrected = 'The editors have not changed the letter’s words or facts since importing it from the source.';

/**
 * The sentence on the values the importer proposed and the editors changed on review (the domain tags of the items
 * named, the key figures): the site's own proposals, not the letter's words, and so not marked as corrections.
 */
export function reviewedSentence(tagged: readonly string[], keyFigures: boolean, corrected: boolean): string | undefined {
  const parts = [...(tagged.length ? [`the domain tags of ${listNames(tagged)}`] : []), ...(keyFigures ? ['the key figures'] : [])];
  if (!parts.length) return undefined;
  return `${corrected ? 'The editors also changed' : 'They changed'} ${listNames(parts)}, which the importer proposed for their review. These are values this site proposes from the letter, not the letter’s own words, so they are not marked as corrections.`;
}

/** Where each letter-level field's mark stands, as the letter's list of corrections names it. */
export const placeNames: Readonly<Record<LetterFieldPlace, string>> = {
  letterhead: 'the letterhead (date, sender, recipient, copy list, headings)',
  'recommendations-annex': 'the headings of Annexe one',
  'ratings-annex': 'the introduction to Annexe two',
  footnotes: 'the footnotes',
};

/** A removed item as the letter's list of corrections names it: "the finding greater-manchester-2023-05-staff-strength-6". */
export function removedName(item: RemovedItem): string {
  return `${item.kind === 'inspection' ? 'the PDU inspection' : `the ${item.kind}`} ${item.id}`;
}

/** What a removed narrative block's mark says stood there: "a paragraph of the imported text stood here". */
export function removedBlock(kind: ImportedBlock['kind'] | undefined): string {
  return `${blockNoun(kind)} of the imported text stood here`;
}

/** What a letter's "Corrected" tag in a list leads to, for a screen reader (read after "Corrected"). */
export const letterTagLeadsTo = ' by the editors after import: see what they changed';
