import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readBody } from './check-body';
import type { NarrativeParagraph } from './body-narrative';
import { passedKey, prunePassed, readPassed, writePassed, type PassedCache } from './passed-cache';
import { readLetterEntry, splitEntry } from './letter-file';
import { lineOfField, yamlFieldLines } from './yaml-lines';
import { formatPath, type ContentProblem } from '../problems';
import { loadReference, type Reference } from '../model/reference';
import { checkRegistry, idsOf, loadRegistry } from '../model/registry';
import { missingEntries } from './missing-entries';
import { checkCorpus, checkStatedRatings, type LetterFile } from './validate-letter';
import { checkLetterVersions, letterVersionsFile, loadLetterVersions, type EntryText } from '../model/letter-versions';
import { checkImportRecords } from '../corrections/letter-corrections';
import { importRecordPath } from '../corrections/import-record';
import { must } from '../must';

export { formatProblem, type ContentProblem } from '../problems';

/** A letter that passed, with its narrative's paragraphs (read from the body's syntax tree as it was checked). */
export interface CheckedLetter extends LetterFile {
  narrative: NarrativeParagraph[];
}

/** What the content check found: every problem, and the letters that passed. */
export interface ContentCheck {
  problems: ContentProblem[];
  letters: CheckedLetter[];
  reference?: Reference;
}

/** A loader's error (one "file: message" line per problem) as problems. */
function problemsOfError(error: unknown, fallbackFile: string): ContentProblem[] {
  return (error as Error).message.split('\n').map((line) => {
    const [, file, message] = /^(.+?\.(?:json|mdx)): (.*)$/.exec(line) ?? [];
    return file !== undefined && message !== undefined ? { file, message } : { file: fallbackFile, message: line };
  });
}

/**
 * The letter files of a content folder as Astro's glob loader (`**\/*.mdx` under letters/) sees them:
 * subfolders included, files and folders whose names start with a dot left out.
 */
export function letterFiles(lettersDir: string): string[] {
  if (!existsSync(lettersDir)) return [];
  return (readdirSync(lettersDir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.mdx') && !f.split(sep).some((part) => part.startsWith('.')))
    .map((f) => f.split(sep).join('/'))
    .sort();
}

/**
 * The content check, run once per build and by `npm run check`: reference data, every letter's
 * frontmatter and MDX body, ids across the site and the published-id registry. Each problem names the
 * file and, where there is one, its line. A problem that follows only from another (an invalid letter's
 * ids "no longer resolving") is not reported, so one real error gives one line. With a cache (the build's), a letter
 * whose text, file name, reference data and checking code are all as when it last passed its own checks is taken as
 * it was read then, instead of being read and checked again; the checks across letters always run.
 */
export function checkContentDir(
  contentDir: string,
  options: { root?: string; versions?: boolean; cache?: PassedCache } = {},
): ContentCheck {
  const root = options.root ?? process.cwd();
  const shown = (path: string) => relative(root, path).split(sep).join('/');
  let reference: Reference;
  try {
    reference = loadReference(join(contentDir, 'reference'));
  } catch (error) {
    return {
      problems: problemsOfError(error, shown(join(contentDir, 'reference'))).map((p) => ({
        ...p,
        file: shown(p.file.startsWith('/') ? p.file : join(root, p.file)),
      })),
      letters: [],
    };
  }
  const lettersDir = join(contentDir, 'letters');
  if (!existsSync(lettersDir)) return { problems: [{ file: shown(lettersDir), message: 'no letters folder' }], letters: [], reference };

  const problems: ContentProblem[] = [];
  const letters: CheckedLetter[] = [];
  /** The text of each letter that passed, for the check of its recorded version. */
  const texts: EntryText[] = [];
  /** The keys of the letters' own checks, when passed letters are kept between builds (options.cache). */
  const keys = new Set<string>();
  /** Ids whose letter is invalid: problems that only follow from that are left out. */
  const invalidPrefixes: string[] = [];
  for (const name of letterFiles(lettersDir)) {
    const file = shown(join(lettersDir, name));
    const stem = name.replace(/\.mdx$/, '');
    if (name.includes('/')) {
      problems.push({
        file,
        line: 1,
        message: `a letter in a subfolder: Astro would publish it as "${stem}"; letters sit directly in ${shown(lettersDir)}/, so move it to ${shown(lettersDir)}/<id>.mdx`,
      });
      invalidPrefixes.push(stem.slice(stem.lastIndexOf('/') + 1));
      continue;
    }
    const text = readFileSync(join(lettersDir, name), 'utf8');
    const key = options.cache ? passedKey(options.cache, name, text) : '';
    keys.add(key);
    const passed = options.cache ? readPassed(options.cache, key) : undefined;
    if (passed) {
      letters.push({ file, ...passed });
      texts.push({ id: passed.letter.id, text });
      continue;
    }
    const read = readLetterEntry(file, text, reference);
    if (!read.letter) {
      problems.push(...read.problems);
      invalidPrefixes.push(stem);
      continue;
    }
    if (stem !== read.letter.id) {
      problems.push({
        file,
        line: read.lineOf(['id']),
        path: 'id',
        message: `"${read.letter.id}" does not match the file name; the file must be named ${read.letter.id}.mdx`,
      });
      invalidPrefixes.push(stem, read.letter.id);
      continue;
    }
    const body = readBody(file, read.body, read.bodyLine, read.letter, read.lineOf);
    if (body.problems.length) {
      problems.push(...body.problems);
      invalidPrefixes.push(stem);
      continue;
    }
    // The overall rating each PDU is filed under must be the one the letter's own words state, where they state one.
    const stated = checkStatedRatings(read.letter, body.narrative);
    if (stated.length) {
      problems.push(...stated.map((p) => ({ file, line: read.lineOf(p.path), path: formatPath(p.path), message: p.message })));
      invalidPrefixes.push(stem);
      continue;
    }
    letters.push({ file, letter: read.letter, narrative: body.narrative });
    texts.push({ id: read.letter.id, text });
    if (options.cache) writePassed(options.cache, key, { letter: read.letter, narrative: body.narrative });
  }
  if (options.cache) prunePassed(options.cache, keys);
  // A letter whose entry file is gone is one problem, at that file, not one for each id the registry still holds.
  for (const gone of missingEntries(contentDir, [...letters.map((l) => l.letter.id), ...invalidPrefixes])) {
    const path = shown(join(lettersDir, `${gone.id}.mdx`));
    problems.push({
      file: path,
      message: `is missing: ${gone.ids} published ids point to it (the letter and its findings and recommendations). Restore it (git checkout -- ${path}), or retire every one of its ids in retired-ids.json`,
    });
    invalidPrefixes.push(gone.id);
  }
  // Each corpus problem at its field's line, read again from the entry's text (a letter kept from an earlier build
  // was never read this time).
  const textOf = new Map(texts.map((t) => [t.id, t.text]));
  const idOf = new Map(letters.map((l) => [l.file, l.letter.id]));
  problems.push(
    ...checkCorpus(letters).map((p) => {
      const split = splitEntry(textOf.get(idOf.get(p.file) ?? '') ?? '');
      const line = 'yaml' in split ? lineOfField(yamlFieldLines(split.yaml), p.field) : undefined;
      return { file: p.file, ...(line === undefined ? {} : { line: line + 1 }), path: formatPath(p.field), message: p.message };
    }),
  );
  const versionsFile = shown(join(contentDir, letterVersionsFile));
  // `npm run record-versions` leaves the version check out: recording versions is what it does.
  if (options.versions !== false)
    try {
      // A letter left out above (invalid) is not version-checked, nor is its record called stale: its own problem is the one to mend first.
      const invalid = new Set(invalidPrefixes);
      const fileOf = (id: string) => shown(join(lettersDir, `${id}.mdx`));
      const found = checkLetterVersions(texts, loadLetterVersions(contentDir), fileOf, versionsFile);
      problems.push(...found.filter((p) => !(p.file === versionsFile && p.path !== undefined && invalid.has(p.path))));
    } catch (error) {
      problems.push(...problemsOfError(error, versionsFile).map((p) => ({ ...p, file: p.file.startsWith('/') ? shown(p.file) : p.file })));
    }
  // Every letter is compared with its import record, so the pages can mark the editors' corrections: a record that is
  // missing, or is not the text the entry names, stops the build here rather than letting corrections pass unmarked.
  const byId = new Map(texts.map((t) => [t.id, t.text]));
  problems.push(
    ...checkImportRecords(
      letters.map(({ letter }) => ({ letter, text: must(byId.get(letter.id), `the text of letter ${letter.id}`) })),
      contentDir,
      (id) => ({ entry: shown(join(lettersDir, `${id}.mdx`)), record: shown(importRecordPath(contentDir, id)) }),
    ),
  );
  try {
    const registry = loadRegistry(contentDir);
    const followsFromInvalid = (p: ContentProblem) =>
      invalidPrefixes.some((prefix) => new RegExp(`"${prefix}(-[a-z0-9-]+)?"`).test(p.message));
    problems.push(
      ...checkRegistry(
        registry,
        idsOf(letters.map((l) => l.letter)),
        shown(join(contentDir, 'published-ids.json')),
        shown(join(contentDir, 'retired-ids.json')),
      ).filter((p) => !followsFromInvalid(p)),
    );
  } catch (error) {
    problems.push(
      ...problemsOfError(error, shown(join(contentDir, 'published-ids.json'))).map((p) => ({
        ...p,
        file: p.file.startsWith('/') ? shown(p.file) : p.file,
      })),
    );
  }
  return { problems, letters, reference };
}
