/**
 * What a page says where it shows only part of a list or chart that grows with the letters: how many it shows of how
 * many, and links to the complete data (a download, the explorer filtered, the full list). Each note is text and
 * links in reading order, so a page only places it and the tests check every count and link against the content.
 */
import { caps, firstOf, regionChartLetters } from '../model/groups';
import type { LetterRecord, PduRecord, RegionRecord } from '../model/site-model';
import { paths } from '../urls';
import { regionChartNote, showingLatest } from './sentences';
import { allOf } from '../language/vocabulary';

/** A link inside a note: its words and the site path it goes to. */
export interface NoteLink {
  text: string;
  path: string;
}

/** A note: text and links, in reading order. */
export type CapNote = (string | NoteLink)[];

/** Every link of a note. */
export const noteLinks = (note: CapNote): NoteLink[] => note.filter((p): p is NoteLink => typeof p !== 'string');

/** A note as plain text, the links' words in place. */
export const noteText = (note: CapNote): string => note.map((p) => (typeof p === 'string' ? p : p.text)).join('');

const download = (file: string): NoteLink => ({ text: file, path: paths.dataFile(file) });

/** Under a region's ratings heading, when its chart shows only the PDUs of its latest letters. */
export function regionChartCapNote(record: Pick<RegionRecord, 'letters'>): CapNote | undefined {
  const letters = regionChartLetters(record.letters);
  if (!letters.more) return undefined;
  return [
    `${regionChartNote(letters.shown.length, letters.total)} Each letter’s ratings are in its Annexe two, and every rating of every letter is in `,
    download('ratings.csv'),
    '.',
  ];
}

/** Above a PDU's ratings history, when it shows only the latest inspections. */
export function pduHistoryCapNote(pdu: Pick<PduRecord, 'inspections'>): CapNote | undefined {
  const shown = firstOf(pdu.inspections, caps.pduHistory);
  if (!shown.more) return undefined;
  return [
    `${showingLatest(shown.shown.length, shown.total, 'inspection')} Every inspection’s score and overall rating is in `,
    download('inspections.csv'),
    ', and every rating per standard in ',
    download('ratings.csv'),
    '.',
  ];
}

/** Above a PDU's recommendations, when it lists only the latest. */
export function pduRecommendationsCapNote(pdu: Pick<PduRecord, 'id' | 'recommendations'>): CapNote | undefined {
  const shown = firstOf(pdu.recommendations);
  if (!shown.more) return undefined;
  return [
    `${showingLatest(shown.shown.length, shown.total, 'recommendation')} `,
    { text: `See all ${shown.total} in the recommendations explorer`, path: paths.recommendations({ pdu: pdu.id }) },
    ', or download every recommendation in ',
    download('recommendations.csv'),
    '.',
  ];
}

/** On the findings page, when it links only some of the letters before its latest three. */
export function findingsIndexCapNote(letters: readonly LetterRecord[], older: readonly LetterRecord[]): CapNote | undefined {
  const shown = firstOf(older, caps.findingsIndexLetters);
  if (!shown.more) return undefined;
  return [
    `${showingLatest(shown.shown.length, shown.total, 'earlier letter')} `,
    { text: allOf(letters.length, 'letter'), path: paths.letters() },
    ' are in the letters list, newest first, and every finding is in ',
    download('findings.csv'),
    '.',
  ];
}
