/** What an entry changed relative to its import record (src/lib/corrections/): the data the pages, the CSVs and letters.json read. */
import type { Rating } from '../../schemas/rating';

/** One value an entry holds differently from the import: its field (as written in the entry) and the value imported. */
export interface FieldChange {
  /** The field, as written in YAML: "recipient", "score", "addressee". */
  field: string;
  /** The value the importer generated (undefined: it generated none). */
  imported: unknown;
}

/** A finding or recommendation the editors changed: its words, or other facts the importer read from the letter. */
export interface ItemCorrection {
  /** The item's text as imported, when the entry's text differs from it. */
  importedText?: string;
  /** Facts other than the text (a finding's section or kind; a recommendation's PDU, number or addressee), as imported. */
  fields: FieldChange[];
  /** True when the import has no such item: the editors added it. */
  added?: true;
}

/** A PDU inspection the editors changed: its facts (name, fieldwork, score, overall rating) and ratings, as imported. */
export interface InspectionCorrection {
  fields: FieldChange[];
  /** Each standard whose rating differs, with the rating imported (undefined: imported as not rated). */
  ratings: { standard: string; imported: Rating | undefined }[];
  /** True when the import has no such inspection: the editors added it. */
  added?: true;
}

/** Where on the letter page a letter-level field is shown, and so where its marker stands. */
export type LetterFieldPlace = 'letterhead' | 'recommendations-annex' | 'ratings-annex' | 'footnotes';

/** A top-level block of a letter's narrative as a reader sees it. */
export interface ImportedBlock {
  kind: 'paragraph' | 'heading' | 'list' | 'component';
  /** Its words: a paragraph's or heading's text, a list's items one a line, a list component's heading. */
  text: string;
}

/** A block of the narrative (paragraph, heading, list) the editors changed, added or removed. */
export interface BodyChange {
  /** Its number among the letter's body changes, from 1: the marker's anchor is `corrected-paragraph-<n>`. */
  n: number;
  kind: 'corrected' | 'added' | 'removed';
  /** The entry's block the marker follows (0-based, among the body's blocks); -1 for a removal before the first. */
  after: number;
  /** The block as imported (changed and removed blocks). */
  imported?: ImportedBlock;
  /** The heading the block stands under in the entry, for saying where it is ("under “Staff”"). */
  under?: string;
}

/** An item the import has and the entry does not: the editors removed it. */
export interface RemovedItem {
  kind: 'finding' | 'recommendation' | 'inspection';
  id: string;
  /** Its words as imported (an inspection: its PDU's name). */
  importedText: string;
}

/** A value the importer only proposed (domain tags, key figures) that the editors changed on review: not a correction of the letter's words. */
export interface ReviewedProposal {
  kind: 'finding-domains' | 'recommendation-domains' | 'key-figures';
  /** The finding or recommendation (tags); absent for the key figures, which are reviewed together. */
  id?: string;
  imported: unknown;
}

/** Everything one entry changed relative to its import record. Empty (see noCorrections) when it is as imported, or has no record. */
export interface LetterCorrections {
  letter: string;
  findings: ReadonlyMap<string, ItemCorrection>;
  recommendations: ReadonlyMap<string, ItemCorrection>;
  inspections: ReadonlyMap<string, InspectionCorrection>;
  /** Letter-level fields shown to readers (title, date, recipient, copy list, sections, annexes' words, footnotes…), by where they are shown. */
  fields: ReadonlyMap<LetterFieldPlace, FieldChange[]>;
  body: BodyChange[];
  removed: RemovedItem[];
  reviewed: ReviewedProposal[];
}

/** The corrections of an entry that is exactly as imported, or that has no import record to compare with. */
export function noCorrections(letter: string): LetterCorrections {
  return {
    letter,
    findings: new Map(),
    recommendations: new Map(),
    inspections: new Map(),
    fields: new Map(),
    body: [],
    removed: [],
    reviewed: [],
  };
}

/** Whether the editors changed any of the letter's words or facts (reviewed proposals such as domain tags do not count). */
export function isCorrected(c: LetterCorrections): boolean {
  return c.findings.size + c.recommendations.size + c.inspections.size + c.fields.size + c.body.length + c.removed.length > 0;
}
