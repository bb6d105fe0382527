/**
 * The one computation of what an entry changed relative to its import record (content/imports/<id>.mdx), which the
 * pages, the CSVs and letters.json read through the site model. The content check first makes sure every record is
 * there and is the text its entry names (checkImportRecords): a problem stops the build there, naming the file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { letterSchema, type Letter } from '../../schemas/letter';
import { parseFrontmatter, splitEntry } from '../model/entry-text';
import { formatProblem, type ContentProblem } from '../problems';
import { blocksOf, bodyChanges, parseBody } from './corrected-body';
import { frontmatterCorrections } from './differences';
import { importRecordPath, readImportRecord } from './import-record';
import { noCorrections, type BodyChange, type LetterCorrections } from '../model/correction-types';

/** A letter entry as read: its file's text and its checked data. */
export interface EntryRead {
  text: string;
  letter: Letter;
}

/** How problems name an entry and its import record (relative to the project). */
export interface ShownFiles {
  entry: string;
  record: string;
}

/** An entry's body (or a record's), line ends as LF, without the blank lines after the frontmatter. */
function bodyOf(text: string): string | undefined {
  const split = splitEntry(text.replace(/\r\n?/g, '\n'));
  return 'problem' in split ? undefined : split.body.replace(/^\n+/, '');
}

/** The imported letter an import record holds, or the problem that stops the build. */
function importedLetter(record: string, letter: Letter, shown: ShownFiles): Letter | ContentProblem {
  const split = splitEntry(record);
  if ('problem' in split) return { file: shown.record, message: `${split.problem}; restore it from git` };
  let data: unknown;
  try {
    data = parseFrontmatter(split.yaml);
  } catch (error) {
    return {
      file: shown.record,
      message: `its frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]}); restore it from git`,
    };
  }
  const parsed = letterSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      file: shown.record,
      message: `is not a letter the site can compare with ${shown.entry} (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'not a letter'}); re-import the letter to write it afresh`,
    };
  }
  if (parsed.data.id !== letter.id)
    return { file: shown.record, message: `records the letter "${parsed.data.id}", not "${letter.id}"; restore it from git` };
  return parsed.data;
}

/** The narrative's changes, when the entry's body differs from the record's as text; none when they are the same. */
export function narrativeChanges(entryBody: string, recordBody: string, imported: Letter): BodyChange[] {
  if (entryBody === recordBody) return [];
  return bodyChanges(blocksOf(parseBody(entryBody)), blocksOf(parseBody(recordBody)), imported.footnotes);
}

/**
 * What one entry changed relative to its import record, or the problem that stops the build. An entry with no
 * importedSha256 and no record (written by hand) and an entry whose text is exactly what the importer wrote have
 * nothing to mark.
 */
export function correctionsOfEntry(
  entry: EntryRead,
  contentDir: string,
  shown: ShownFiles,
): LetterCorrections | { problem: ContentProblem } {
  const { letter } = entry;
  const state = readImportRecord({ id: letter.id, text: entry.text, importedSha256: letter.importedSha256 }, contentDir, shown);
  if ('problem' in state) return state;
  if (state.state !== 'edited') return noCorrections(letter.id);
  const imported = importedLetter(state.record, letter, shown);
  if ('message' in imported) return { problem: imported };
  const entryBody = bodyOf(entry.text);
  const recordBody = bodyOf(state.record);
  if (entryBody === undefined || recordBody === undefined)
    return { problem: { file: shown.record, message: 'has no frontmatter to split its body from; restore it from git' } };
  let body: BodyChange[];
  try {
    body = narrativeChanges(entryBody, recordBody, imported);
  } catch (error) {
    return {
      problem: { file: shown.record, message: `its body cannot be read (${(error as Error).message.split('\n')[0]}); restore it from git` },
    };
  }
  return { letter: letter.id, ...frontmatterCorrections(letter, imported), body };
}

/**
 * The content check's part: a problem for every letter whose import record is missing (the entry edited) or is not
 * the text the entry's importedSha256 names. Only the hashes are compared here (a record the hash vouches for is what
 * the importer wrote); the comparison itself is worked out for the pages (loadCorrections). `shownOf` names a letter's files.
 */
export function checkImportRecords(
  entries: readonly EntryRead[],
  contentDir: string,
  shownOf: (id: string) => ShownFiles,
): ContentProblem[] {
  return entries.flatMap(({ letter, text }) => {
    const state = readImportRecord({ id: letter.id, text, importedSha256: letter.importedSha256 }, contentDir, shownOf(letter.id));
    return 'problem' in state ? [state.problem] : [];
  });
}

/** Every letter's corrections, or the problems of the letters whose corrections cannot be worked out. */
function correctionsOfAll(
  entries: readonly EntryRead[],
  contentDir: string,
  shownOf: (id: string) => ShownFiles,
): { corrections: Map<string, LetterCorrections>; problems: ContentProblem[] } {
  const corrections = new Map<string, LetterCorrections>();
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const found = correctionsOfEntry(entry, contentDir, shownOf(entry.letter.id));
    if ('problem' in found) problems.push(found.problem);
    else corrections.set(entry.letter.id, found);
  }
  return { corrections, problems };
}

/**
 * Every letter's corrections, for the site model: each entry read from `<contentDir>/letters/<id>.mdx` and compared
 * with its import record. The content check has refused any record that would be a problem, so one here throws.
 */
export function loadCorrections(contentDir: string, letters: readonly Letter[]): Map<string, LetterCorrections> {
  const entries = letters.map((letter) => ({ letter, text: readFileSync(join(contentDir, 'letters', `${letter.id}.mdx`), 'utf8') }));
  const { corrections, problems } = correctionsOfAll(entries, contentDir, (id) => ({
    entry: join(contentDir, 'letters', `${id}.mdx`),
    record: importRecordPath(contentDir, id),
  }));
  if (problems.length) throw new Error(problems.map(formatProblem).join('\n'));
  return corrections;
}
