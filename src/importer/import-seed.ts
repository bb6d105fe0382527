import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import type { Letter } from '../schemas/letter';
import { must } from '../lib/must';
import { parseFrontmatter, readLetterFile, splitEntry } from '../lib/checking/letter-file';
import { loadReference, type Reference } from '../lib/model/reference';
import { idsOf, loadRegistry, mergeIds, publishedIdsText } from '../lib/model/registry';
import { letterVersionsFile, letterVersionsText, loadLetterVersions, recordLetterVersions } from '../lib/model/letter-versions';
import { damagedText, decodeSeed } from './decode';
import { ImportError, type SeedProblem } from './errors';
import { httpsUrlSchema } from '../schemas/common';
import { mergeBody, mergeData, type MergeConflict } from './merge';
import { parseLetter, type ImportedLetter } from './parse-letter';
import { summarise } from './summary';
import { composeEntry, entryHash, recordedHash, writeLetterMdx } from './write-mdx';
import { acquireContentLock, ContentLockedError } from '../lib/content-lock';
import { WriteError, writeFiles, type FileOps } from '../lib/write-files';
import { todayInLondon } from '../lib/checking/validate-letter';
import { IdentityError, letterIdentity, pduRegions as readPduRegions, type LetterIdentity } from './letter-identity';

/** Where and how to import. */
export interface ImportOptions {
  /** The content folder: reference/, letters/, imports/, published-ids.json. */
  contentDir: string;
  /** Discard an editor's changes to the entry instead of merging them. */
  overwrite?: boolean;
  /** The id of the letter this seed is a corrected copy of (`--replaces`): its entry is re-imported from this seed. */
  replaces?: string;
  /** The folder paths are shown relative to (default: the working directory). */
  root?: string;
  /**
   * The inspectorate's published document for this letter (`--source-url`), https only. Not given, a re-import keeps
   * the one the last import recorded, and a new letter has none: the importer never guesses it.
   */
  sourceUrl?: string;
  /** When the import happens, recorded as the date of a new or changed entry's version (default: now). */
  now?: Date;
  /** The file-system calls the import's writes make (default: the file system's own); tests give ones that fail. */
  fileOps?: FileOps;
  /** The seed's text already read from another format (a PDF: pdf/pdf-seed.ts), with where each line came from. */
  prepared?: PreparedSeed;
}

/** A seed's text read from a file that is not text (a PDF), with the place each text line came from and what to say. */
export interface PreparedSeed {
  text: string;
  /** Where text line n came from, e.g. `page 4, near "Key strengths:"`; undefined for a line with no one place. */
  place: (line: number) => string | undefined;
  /** Summary lines under "Read:" and under "Review", e.g. the PDF's pages and producer, words left hyphenated. */
  read: string[];
  review: string[];
}

/** What an import did. */
export interface ImportResult {
  /** The entry's path. */
  target: string;
  /** created: a new entry; unchanged: the same text as before; updated: replaced (no editor changes, or --overwrite); merged: editor changes kept. */
  outcome: 'created' | 'updated' | 'unchanged' | 'merged';
  letter: Letter;
  /** The one-screen account of what was read and what to review. */
  summary: string;
  /** The editor's changes a merge kept, by field or body line. */
  kept: string[];
}

const fail = (file: string, message: string, line?: number): never => {
  throw new ImportError(file, [{ ...(line ? { line } : {}), message }]);
};

/** Reads a file's bytes, turning a directory, a missing or an unreadable file into one line naming it. */
function readSeedBytes(path: string, shown: string): Buffer {
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail(shown, 'no such file');
    if (code === 'ENOTDIR') return fail(shown, 'no such file (a part of the path is a file, not a folder)');
    return fail(shown, `cannot be read (${code === 'EACCES' ? 'permission denied' : (code ?? (error as Error).message)})`);
  }
  if (stat.isDirectory()) return fail(shown, 'is a folder, not a letter: give the path of a .txt file inside it');
  if (!stat.isFile()) return fail(shown, 'is not a regular file');
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(shown, `cannot be read (${code === 'EACCES' ? 'permission denied' : (code ?? (error as Error).message)})`);
  }
}

/** Runs a loader whose errors name their own file, turning each line into a problem of the import. */
function load<T>(what: () => T, file: string): T {
  try {
    return what();
  } catch (error) {
    const lines = (error as Error).message.split('\n');
    throw new ImportError(
      file,
      lines.map((message) => ({ message })),
      { prefixed: true },
    );
  }
}

/** An entry's frontmatter data, its body and the line the body starts on, for merging. */
function entryParts(text: string, file: string): { data: unknown; body: string; bodyLine: number } {
  const split = splitEntry(text);
  if ('problem' in split)
    return fail(file, `${split.problem}; it cannot be merged (mend it, or import with --overwrite to discard your changes)`);
  let data: unknown;
  try {
    data = parseFrontmatter(split.yaml);
  } catch (error) {
    return fail(
      file,
      `its frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]}); mend it, or import with --overwrite to discard your changes`,
    );
  }
  // The importer writes one blank line after the frontmatter; the merge compares bodies without it.
  const lead = /^\r?\n/.exec(split.body)?.[0].length ?? 0;
  return { data, body: split.body.slice(lead), bodyLine: split.bodyLine + (lead ? 1 : 0) };
}

/** One line per conflict, naming the field or the line of the editor's file. */
function conflictProblems(conflicts: readonly MergeConflict[]): SeedProblem[] {
  return conflicts.map((c) => ({
    ...(c.line ? { line: c.line } : {}),
    message: `${c.where === 'body' ? 'body' : c.where}: you changed it to ${c.yours}, and the new import changes it to ${c.theirs}; make the two agree in the entry, or import with --overwrite to discard your change`,
  }));
}

/**
 * Imports one seed into `<contentDir>/letters/<id>.mdx`, all or nothing. A new letter is written as read.
 * A letter imported before is merged: the entry records the hash of what the importer generated, and
 * `<contentDir>/imports/<id>.mdx` keeps that text, so every change an editor made since survives; a change
 * the new import contradicts stops the import, naming the field or line, and nothing is written.
 * Throws ImportError, each problem on one line that names the file and, where there is one, the line.
 */
/**
 * The id a seed's letter gets (letter-identity.ts): with --replaces, the named letter's, which must exist; otherwise the
 * plain id when it is free or holds this very seed, else the date's day added. A problem is one line against the seed.
 */
function whichLetter(
  letter: Letter,
  contentDir: string,
  source: { file: string; sha256: string },
  registry: { published: { letters: readonly string[] } },
  replaces: string | undefined,
  file: string,
  shown: (path: string) => string,
): LetterIdentity {
  if (replaces !== undefined) {
    const known = ['letters', 'imports'].some((dir) => existsSync(join(contentDir, dir, `${replaces}.mdx`)));
    if (!known)
      fail(file, `--replaces ${replaces}: there is no letter ${replaces} (no content/letters/${replaces}.mdx or import record) to replace`);
    return { id: replaces };
  }
  try {
    return letterIdentity(contentDir, letter.id, letter.date.slice(8, 10), source, new Set(registry.published.letters), shown);
  } catch (error) {
    if (error instanceof IdentityError) return fail(error.file ?? file, error.message);
    throw error;
  }
}

function importUnlocked(seedPath: string, options: ImportOptions): ImportResult {
  const root = options.root ?? process.cwd();
  /** A path as the editor knows it: relative to the project when inside it, absolute otherwise (never `../../`). */
  const shown = (path: string) => {
    const absolute = resolve(root, path);
    const inside = relative(root, absolute);
    return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside.split('\\').join('/') : absolute;
  };
  const file = shown(seedPath);
  // What the letter records and the site publishes: the path inside the project, or for a seed outside it the file's
  // name alone (an editor's own folders are nobody's business; messages still name the whole path).
  const sourceFile = isAbsolute(file) ? basename(file) : file;
  const contentDir = resolve(root, options.contentDir);
  const referenceDir = join(contentDir, 'reference');
  const reference: Reference = load(() => loadReference(referenceDir), shown(referenceDir));
  const registry = load(() => loadRegistry(contentDir), shown(join(contentDir, 'published-ids.json')));
  const versions = load(() => loadLetterVersions(contentDir), shown(join(contentDir, letterVersionsFile)));

  if (options.sourceUrl !== undefined) {
    const url = httpsUrlSchema.safeParse(options.sourceUrl);
    if (!url.success) fail(file, `--source-url "${options.sourceUrl}": ${url.error.issues[0]?.message ?? 'must be an absolute https URL'}`);
  }
  const bytes = readSeedBytes(resolve(root, seedPath), file);
  const decoded = options.prepared ? { text: options.prepared.text } : decodeSeed(bytes);
  if ('problem' in decoded) throw new ImportError(file, [decoded.problem]);
  const seedText = decoded.text;
  const damage = damagedText(seedText);
  if (damage) throw new ImportError(file, [damage]);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const pduRegions = readPduRegions(contentDir);
  const parse = (previous?: Letter, reservedIds?: ReadonlySet<string>, id?: string): ImportedLetter => {
    // The source URL is the editor's to give: the flag, else what the last import recorded, else none.
    const sourceUrl = options.sourceUrl ?? previous?.sourceUrl;
    return parseLetter(seedText, {
      file,
      sourceFile,
      reference,
      ...(previous ? { previous } : {}),
      ...(reservedIds ? { reservedIds } : {}),
      sourceSha256: sha256,
      ...(id === undefined ? {} : { id }),
      pduRegions,
      // No letter may be dated after the day of the import (in London), which a test may set.
      ...(options.now ? { today: todayInLondon(options.now) } : {}),
      ...(sourceUrl === undefined ? {} : { sourceUrl }),
    });
  };

  let imported = parse();
  // Which letter this seed is: the entry recording this very seed, the one the editor names, or a letter of its own.
  const identity = whichLetter(imported.letter, contentDir, { file: sourceFile, sha256 }, registry, options.replaces, file, shown);
  if (identity.id !== imported.letter.id) imported = parse(undefined, undefined, identity.id);
  const target = join(contentDir, 'letters', `${imported.letter.id}.mdx`);
  const snapshot = join(contentDir, 'imports', `${imported.letter.id}.mdx`);
  const targetShown = shown(target);
  const registryFile = join(contentDir, 'published-ids.json');
  const existing = existsSync(target) ? readFileSync(target, 'utf8') : undefined;

  let text: string;
  let outcome: ImportResult['outcome'];
  let kept: string[] = [];
  let generated: string;
  if (existing === undefined) {
    // The entry is gone but its import record is here: the ids come from that record, as from an entry, and no id ever
    // published is handed to another item (a finding the new text lacks leaves its id unused, not passed on).
    const record = existsSync(snapshot) ? readLetterFile(shown(snapshot), readFileSync(snapshot, 'utf8'), reference) : undefined;
    if (record?.ok) {
      const published = [...registry.published.findings, ...registry.published.recommendations];
      imported = parse(record.letter, new Set(published));
    }
    generated = writeLetterMdx(imported.letter, imported.blocks);
    text = generated;
    outcome = 'created';
  } else {
    const mine = readLetterFile(targetShown, existing, reference);
    const recorded = recordedHash(existing);
    const edited = recorded === undefined || entryHash(existing) !== recorded;
    const base = existsSync(snapshot) ? readFileSync(snapshot, 'utf8') : undefined;
    const baseSound = base !== undefined && recorded !== undefined && entryHash(base) === recorded;
    if (!options.overwrite) {
      if (!mine.ok)
        throw new ImportError(
          targetShown,
          mine.errors.map((message) => ({ message })),
          { prefixed: true },
        );
      if (edited && recorded === undefined)
        fail(
          targetShown,
          'records no importedSha256, so the importer cannot tell your changes from what it wrote; import with --overwrite to replace the entry (your changes are then lost; git keeps the old file)',
        );
      if (edited && !baseSound)
        fail(
          targetShown,
          `has changes since the last import, and ${shown(snapshot)} (the record of what that import wrote) is ${base === undefined ? 'missing' : 'not the text the entry records'}; restore it from git to merge your changes, or import with --overwrite to discard them`,
        );
    }
    // Ids come from what the importer last generated; none it or the editor ever used is handed to a new item.
    const baseLetter = baseSound ? readLetterFile(shown(snapshot), base, reference) : undefined;
    const previous = baseLetter?.ok ? baseLetter.letter : mine.ok ? mine.letter : undefined;
    const published = [...registry.published.letters, ...registry.published.findings, ...registry.published.recommendations];
    const reserved = new Set([
      ...published,
      ...(mine.ok ? [...idsOf([mine.letter]).findings, ...idsOf([mine.letter]).recommendations] : []),
    ]);
    imported = parse(previous, reserved);
    generated = writeLetterMdx(imported.letter, imported.blocks);

    if (options.overwrite || !edited) {
      text = generated;
    } else {
      // An edited entry gets here only with a sound snapshot: without one the import stopped above.
      const [b, m, t] = [
        entryParts(must(base, shown(snapshot)), shown(snapshot)),
        entryParts(existing, targetShown),
        entryParts(generated, 'the new import'),
      ];
      const data = mergeData(b.data, m.data, t.data);
      const body = mergeBody(b.body, m.body, t.body, m.bodyLine);
      const conflicts = [...data.conflicts, ...body.conflicts];
      if (conflicts.length) throw new ImportError(targetShown, conflictProblems(conflicts), { all: true });
      text = composeEntry(data.value as object, body.value, must(recordedHash(generated), 'the importedSha256 of the new import'));
      const check = readLetterFile(targetShown, text, reference);
      if (!check.ok)
        throw new ImportError(
          targetShown,
          check.errors.map((message) => ({ message: `after merging your changes: ${message}` })),
          { prefixed: true },
        );
      kept = [...data.kept, ...body.kept];
    }
    outcome = text === existing ? 'unchanged' : kept.length ? 'merged' : 'updated';
  }

  const ids = mergeIds(registry.published, idsOf([imported.letter]));
  // The entry's version: a new or changed text is recorded now, the date the feeds and the sitemap give it.
  const recorded = recordLetterVersions(versions, [{ id: imported.letter.id, text }], options.now ?? new Date());
  // All four files or none: a failed write puts back what it replaced and says which file failed (src/lib/write-files.ts).
  try {
    writeFiles(
      [
        { path: target, text },
        { path: snapshot, text: generated },
        { path: registryFile, text: publishedIdsText(ids) },
        ...(recorded.recorded.length ? [{ path: join(contentDir, letterVersionsFile), text: letterVersionsText(recorded.versions) }] : []),
      ],
      { shown, ...(options.fileOps ? { fs: options.fileOps } : {}) },
    );
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    throw new ImportError(
      targetShown,
      error.lines.map((message) => ({ message })),
      { prefixed: true, all: true, changed: !error.unchanged },
    );
  }
  const letter = readLetterFile(targetShown, text, reference);
  return {
    target,
    outcome,
    letter: letter.ok ? letter.letter : imported.letter,
    kept,
    summary: summarise(imported, {
      file,
      target: targetShown,
      outcome,
      kept,
      reference,
      sourceUrl: letter.ok ? letter.letter.sourceUrl : imported.letter.sourceUrl,
      sourceUrlGiven: options.sourceUrl !== undefined,
      ...(identity.displaced
        ? {
            idNote: `a letter of its own: ${identity.displaced.id} is another letter (imported from ${identity.displaced.holder}); if this seed is a corrected copy of that letter, import it again with --replaces ${identity.displaced.id}`,
          }
        : {}),
      ...(options.replaces !== undefined ? { idNote: `re-imported as a corrected copy of ${options.replaces} (--replaces)` } : {}),
      ...(options.prepared
        ? {
            pdf: { read: options.prepared.read, review: options.prepared.review },
            where: (line: number) => options.prepared?.place(line) ?? `line ${line} of the text read from it`,
          }
        : {}),
    }),
  };
}

/**
 * Imports one seed (importUnlocked above) while holding the content folder's lock (src/lib/content-lock.ts), so two
 * imports, or an import and `npm run record-versions`, never read and rewrite published-ids.json and
 * letter-versions.json at once: a second is refused with an ImportError naming the lock file and the process holding
 * it. A lock left by a process that no longer runs is taken over, with a line on stderr saying so.
 */
export function importSeed(seedPath: string, options: ImportOptions): ImportResult {
  const root = options.root ?? process.cwd();
  const shown = (path: string) => {
    const inside = relative(root, path);
    return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside.split('\\').join('/') : path;
  };
  let lock;
  try {
    lock = acquireContentLock(resolve(root, options.contentDir), { command: 'npm run import', shown, warn: (line) => console.error(line) });
  } catch (error) {
    if (error instanceof ContentLockedError) throw new ImportError(error.file, [{ message: error.problem }]);
    throw error;
  }
  try {
    return importUnlocked(seedPath, options);
  } catch (error) {
    // A problem at a line of a text read from a PDF is named by the PDF's page and words: the editor never saw the text.
    const prepared = options.prepared;
    if (!(prepared && error instanceof ImportError && error.file === shown(resolve(root, seedPath)))) throw error;
    if (!error.problems.some((p) => p.line)) throw error;
    const problems = error.problems.map((p) => {
      const place = p.line ? prepared.place(p.line) : undefined;
      return place ? { message: `${error.file}: ${place}: ${p.message}` } : { message: `${error.file}: ${p.message}` };
    });
    throw new ImportError(error.file, problems, { prefixed: true, changed: error.changed });
  } finally {
    lock.release();
  }
}
