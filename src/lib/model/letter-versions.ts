/**
 * The recorded version of each letter entry (`content/letter-versions.json`): the SHA-256 of the entry's text and
 * the date-time that text was first recorded. The feeds' `updated` and the sitemap's `lastmod` are these dates, so
 * a correction to a letter reaches subscribers, and a build never uses its own clock (builds stay deterministic).
 * `npm run import` records a new version when it writes an entry; an editor who changes an entry by hand runs
 * `npm run record-versions`. The content check refuses a letter whose text differs from its recorded version.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { letterVersionsSchema, type LetterVersion, type LetterVersions } from '../../schemas/letter-versions';
import type { ContentProblem } from '../problems';
import { formatFieldProblems } from '../problems';
import { must } from '../must';
import { writeFiles } from '../write-files';

/** The file, in a content folder, that records each letter's version. */
export const letterVersionsFile = 'letter-versions.json';

/** The command that records the versions of changed entries. */
export const recordVersionsCommand = 'npm run record-versions';

/** One letter entry as the version check and the recorder read it: its id and its file's text. */
export interface EntryText {
  id: string;
  text: string;
}

/** SHA-256 (hex) of an entry file's text, with a byte-order mark removed and CRLF or CR line ends written LF, so a checkout's line ends do not change it. */
export function entryContentHash(text: string): string {
  const normal = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  return createHash('sha256').update(normal, 'utf8').digest('hex');
}

/** A date-time as the versions file writes it: UTC, to the second, "2026-11-25T23:40:12Z". */
export function utcDateTime(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** Reads a content folder's letter-versions.json; a missing file records no version. Throws one line per problem, naming the file. */
export function loadLetterVersions(contentDir: string): LetterVersions {
  const file = join(contentDir, letterVersionsFile);
  if (!existsSync(file)) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot be read as JSON (${(error as Error).message}); restore it from git`, { cause: error });
  }
  const result = letterVersionsSchema.safeParse(raw);
  if (!result.success) throw new Error(formatFieldProblems(file, result.error.issues));
  return result.data;
}

/**
 * Checks each letter's text against its recorded version: a letter with no record, or whose text has changed since
 * it was recorded, is a problem naming the letter's file and the command that records it; a record for a letter
 * that no longer exists is a problem naming the versions file. `fileOf` gives the file to name for a letter id.
 */
export function checkLetterVersions(
  entries: readonly EntryText[],
  versions: LetterVersions,
  fileOf: (id: string) => string,
  versionsFile = `content/${letterVersionsFile}`,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { id, text } of entries) {
    const recorded = versions[id];
    if (!recorded)
      problems.push({
        file: fileOf(id),
        message: `no version of this letter is recorded in ${versionsFile}; run \`${recordVersionsCommand}\` to record it (the feeds and the sitemap date the letter from it)`,
      });
    else if (recorded.sha256 !== entryContentHash(text))
      problems.push({
        file: fileOf(id),
        message: `has changed since its version was recorded at ${recorded.recorded} in ${versionsFile}; run \`${recordVersionsCommand}\` to record the new version, so the feeds and the sitemap tell readers it was updated`,
      });
  }
  const ids = new Set(entries.map((e) => e.id));
  for (const id of Object.keys(versions))
    if (!ids.has(id))
      problems.push({
        file: versionsFile,
        path: id,
        message: `records a version of "${id}", which no letter has; run \`${recordVersionsCommand}\` to remove it`,
      });
  return problems;
}

/**
 * The versions with every entry whose text is new or changed recorded at `now`; an unchanged entry keeps its
 * recorded date. Returns the new versions and the ids recorded. Records of other letters are kept.
 */
export function recordLetterVersions(
  versions: LetterVersions,
  entries: readonly EntryText[],
  now: Date,
): { versions: LetterVersions; recorded: string[] } {
  const next: LetterVersions = { ...versions };
  const recorded: string[] = [];
  for (const { id, text } of entries) {
    const sha256 = entryContentHash(text);
    if (next[id]?.sha256 === sha256) continue;
    next[id] = { sha256, recorded: utcDateTime(now) };
    recorded.push(id);
  }
  return { versions: next, recorded };
}

/** The versions without records of letters not in `ids`, and the ids removed. */
export function dropStaleVersions(versions: LetterVersions, ids: readonly string[]): { versions: LetterVersions; dropped: string[] } {
  const keep = new Set(ids);
  const dropped = Object.keys(versions).filter((id) => !keep.has(id));
  return { versions: Object.fromEntries(Object.entries(versions).filter(([id]) => keep.has(id))), dropped };
}

/** The versions file's text: letter ids in order, two-space indented, a final newline. */
export function letterVersionsText(versions: LetterVersions): string {
  const sorted = Object.fromEntries(Object.entries(versions).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

/**
 * Writes a content folder's letter-versions.json atomically (a temporary file, then a rename); on failure the file is
 * as it was, no temporary file is left, and the WriteError (src/lib/write-files.ts) says so. `shown` names it in messages.
 */
export function writeLetterVersions(contentDir: string, versions: LetterVersions, shown = shownFromHere): void {
  writeFiles([{ path: join(contentDir, letterVersionsFile), text: letterVersionsText(versions) }], { shown });
}

/** A path relative to the working directory when inside it, as commands name files; absolute otherwise. */
function shownFromHere(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside.split('\\').join('/') : path;
}

/** A letter's recorded version; the content check guarantees one for every letter, so a missing one stops the build. */
export function versionOf(versions: LetterVersions, id: string): LetterVersion {
  return must(versions[id], `the recorded version of letter "${id}" in ${letterVersionsFile} (run \`${recordVersionsCommand}\`)`);
}

/** The latest recorded date-time among the given letters, or undefined when there are none. */
export function lastUpdated(versions: LetterVersions, ids: readonly string[]): string | undefined {
  return ids
    .map((id) => versionOf(versions, id).recorded)
    .reduce<string | undefined>((a, b) => (a === undefined || b > a ? b : a), undefined);
}
