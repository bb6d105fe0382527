/**
 * What a domain page says of the letters that list no finding on the domain but write about it in their narrative
 * (src/lib/model/narrative.ts): each sentence true of the letter, each quotation the letter's own words. Text and
 * links in reading order, so the page only places them and the tests read every word.
 */
import type { MentionOfDomain, SectionOnDomain } from '../model/narrative';
import type { LetterRecord } from '../model/site-model';
import { paths } from '../urls';
import type { NoteLink } from './cap-notes';
import { findingsPhrase, listApart } from './sentences';
import { count } from '../language/vocabulary';
import { formatDate } from '../language/format';

/** Words and links in reading order. */
export type LinkedWords = (string | NoteLink)[];

/** A domain's name inside a sentence: "unpaid work", "learning from Serious Further Offence investigations", "2.3 Planning". */
export function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? `${label.charAt(0).toLowerCase()}${label.slice(1)}` : label;
}

/**
 * Above the letters: "No letter lists a key strength or area for improvement on unpaid work, but 1 letter writes about
 * it in its narrative:" or, below the findings other letters list, "1 other letter lists none on it, but writes about
 * it in its narrative:".
 */
export function narrativeLead(label: string, findings: number, letters: number): string {
  const one = letters === 1;
  const writes = `${one ? 'writes' : 'write'} about it in ${one ? 'its' : 'their'} narrative:`;
  return findings === 0
    ? `No letter lists a key strength or area for improvement on ${inSentence(label)}, but ${count(letters, 'letter')} ${writes}`
    : `${count(letters, 'other letter')} ${one ? 'lists' : 'list'} none on it, but ${writes}`;
}

/** Which letter: "Regional inspection letter: Greater Manchester, 25 May 2023", linked to it. */
export function letterLink(letter: LetterRecord): NoteLink {
  return { text: `${letter.letter.title}, ${formatDate(letter.letter.date)}`, path: paths.letter(letter.letter.id) };
}

const sectionLink = (letter: LetterRecord, section: { id: string; title: string }): NoteLink => ({
  text: section.title,
  path: paths.inLetter(letter.letter.id, section.id),
});

/** Before a section's opening sentence: "Its section Learning from … investigations (6 paragraphs) opens:". */
export function sectionOpens(letter: LetterRecord, on: SectionOnDomain): LinkedWords {
  return ['Its section ', sectionLink(letter, on.section), ` (${count(on.paragraphs, 'paragraph')}) opens:`];
}

/**
 * After it, what the letter lists under the section, plainly: "The letter lists no key strengths or areas for
 * improvement under it." Where it lists some that an editor has tagged with other domains only, how many, and that.
 */
export function sectionFindings(findingsOfSection: readonly { kind: 'strength' | 'improvement' }[], label: string): string {
  return findingsOfSection.length === 0
    ? 'The letter lists no key strengths or areas for improvement under it.'
    : `The letter lists ${findingsPhrase(findingsOfSection)} under it, none of them tagged with ${inSentence(label)}.`;
}

/**
 * Where a letter has no section on the domain but its paragraphs name it: "The letter has no section on unpaid work.
 * It names “unpaid work” in 3 paragraphs:" (each then listed with its section). The words named are the letter's, as
 * it first prints them.
 */
export function mentionsLead(label: string, mentions: readonly MentionOfDomain[]): string {
  const named = new Map<string, string>();
  for (const m of mentions) if (!named.has(m.named.toLowerCase())) named.set(m.named.toLowerCase(), `“${m.named}”`);
  return `The letter has no section on ${inSentence(label)}. It names ${listApart([...named.values()])} in ${count(mentions.length, 'paragraph')}:`;
}

/** Where one mention stands: the section's title, linked, or "Its opening". */
export function mentionPlace(letter: LetterRecord, mention: MentionOfDomain): string | NoteLink {
  return mention.section ? sectionLink(letter, mention.section) : 'Its opening';
}

/** Under the letters, when the page shows only the latest: "The 10 latest of 83 letters are shown." */
export function narrativeShown(shown: number, total: number): string | undefined {
  return shown < total ? `The ${shown} latest of ${count(total, 'letter')} are shown.` : undefined;
}
