/**
 * The import record of a letter: `content/imports/<id>.mdx` holds exactly the text `npm run import` generated from the
 * source, and the entry's `importedSha256` is the SHA-256 of that text (its own importedSha256 line left out; see
 * src/importer/write-mdx.ts). The site compares an entry with its record to show where the editors corrected it, so a
 * record that is missing or is not the text the entry names stops the build rather than being guessed around.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../problems';

/** The folder, in a content folder, of the import records. */
export const importsFolder = 'imports';

/** An import record's path in a content folder: `<contentDir>/imports/<id>.mdx`. */
export function importRecordPath(contentDir: string, id: string): string {
  return join(contentDir, importsFolder, `${id}.mdx`);
}

/** The line that records the import's hash, which the hash leaves out (as `npm run import` writes it). */
const hashLine = /^importedSha256: .*\n/m;

/**
 * The SHA-256 (hex) an entry's `importedSha256` names when the entry's text is `text`: the text with its
 * importedSha256 line left out, as the importer hashes what it generates. A byte-order mark and CRLF or CR line ends
 * (an editor's save, a Windows checkout) are read as the importer wrote them: without, and LF.
 */
export function importHash(text: string): string {
  const normal = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  return createHash('sha256').update(normal.replace(hashLine, '')).digest('hex');
}

/** An entry as the import-record check reads it: its id, its file's text and the importedSha256 it records, if any. */
export interface EntryWithImport {
  id: string;
  text: string;
  importedSha256: string | undefined;
}

/** What an entry's import record tells: nothing to compare (`none`), or the record's text to compare the entry with. */
export type ImportRecordState = { state: 'unedited' } | { state: 'none' } | { state: 'edited'; record: string };

/** The import record of one entry, or the problem that stops the build: one line naming the entry file and what is wrong. */
export function readImportRecord(
  entry: EntryWithImport,
  contentDir: string,
  shown: { entry: string; record: string },
): ImportRecordState | { problem: ContentProblem } {
  const path = importRecordPath(contentDir, entry.id);
  const record = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const line = lineOfHash(entry.text);
  const at = { file: shown.entry, ...(line ? { line } : {}), path: 'importedSha256' };
  if (entry.importedSha256 === undefined) {
    // A letter written by hand (a test fixture, the benchmark's synthetic letters) has no record: nothing was
    // imported, so nothing can be said to differ from the source, and nothing is marked. A record beside an entry that
    // names none means the line was removed, and the editors' corrections could no longer be told from the source.
    if (record === undefined) return { state: 'none' };
    return {
      problem: {
        file: shown.entry,
        message: `records no importedSha256, but ${shown.record} holds what \`npm run import\` generated for this letter; restore the line importedSha256: "${importHash(record)}" (git has it), so the site can show where the editors corrected the imported text`,
      },
    };
  }
  // An entry whose own text is what the importer wrote is proven unedited by its hash: there is nothing to mark, with
  // or without the record (letters imported before records were kept, the test corpus). A record that is there must
  // still be the one the entry names: a later import would otherwise merge against the wrong text.
  const unedited = importHash(entry.text) === entry.importedSha256;
  if (record === undefined) {
    if (unedited) return { state: 'unedited' };
    return {
      problem: {
        ...at,
        message: `has been edited since \`npm run import\` wrote it, and ${shown.record}, the record of the text imported from the source, is missing; restore it from git, so the site can show which words the editors corrected`,
      },
    };
  }
  const recordHash = importHash(record);
  if (recordHash !== entry.importedSha256)
    return {
      problem: {
        ...at,
        message: `names the imported text ${entry.importedSha256.slice(0, 12)}…, but ${shown.record} is another text (${recordHash.slice(0, 12)}…); restore the record from git, or re-import the letter, so the site compares the entry with what was really imported`,
      },
    };
  return unedited ? { state: 'unedited' } : { state: 'edited', record };
}

/** The 1-based line of an entry's importedSha256 field, if it has one. */
function lineOfHash(text: string): number | undefined {
  const at = /^importedSha256:/m.exec(text)?.index;
  return at === undefined ? undefined : text.slice(0, at).split('\n').length;
}
