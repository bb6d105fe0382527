/**
 * Which entry a seed is, and so which id its letter gets. A letter's id stays readable ("greater-manchester-2023-05")
 * but is its own: a seed is a re-import only of the entry that records the same source (the same seed file with the
 * same text, by its hash), or of the entry the editor names (`--replaces <id>`, for a corrected copy of a letter), never
 * because two letters share a region and a month. Another letter of that region and month gets the date's day as well
 * ("greater-manchester-2023-05-25"), then a count ("…-25-2"). An id published before (content/published-ids.json) is
 * never given to another letter, whether or not its entry file is still there: the entry, or else the import record
 * (content/imports/), says whose it is, and an id neither names is left alone.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter, splitEntry } from '../lib/checking/letter-file';

/** Why a seed's letter cannot be given an id: one line, against the file it is about (else the seed). */
export class IdentityError extends Error {
  readonly file: string | undefined;
  constructor(message: string, file?: string) {
    super(message);
    this.file = file;
  }
}

/** A seed as the letter records it. */
export interface SeedSource {
  file: string;
  sha256: string;
}

/** The id a seed's letter gets, and, when the plain id was another letter's, whose it was. */
export interface LetterIdentity {
  id: string;
  /** The plain id ("<region>-<yyyy>-<mm>") and the source of the letter that holds it, when this letter could not have it. */
  displaced?: { id: string; holder: string };
}

/**
 * The source an entry or import record names in its frontmatter: undefined when there is no such file, "unreadable"
 * when there is one but no source can be read from it.
 */
function recordedSource(path: string, shown: (path: string) => string): SeedSource | 'unreadable' | undefined {
  if (!existsSync(path)) return undefined;
  if (statSync(path).isDirectory())
    throw new IdentityError("is a folder, where a letter's file should be: move it out of the way, then import again", shown(path));
  try {
    const split = splitEntry(readFileSync(path, 'utf8'));
    if ('problem' in split) return 'unreadable';
    const data = parseFrontmatter(split.yaml) as { source?: { file?: unknown; sha256?: unknown } } | null;
    const { file, sha256 } = data?.source ?? {};
    return typeof file === 'string' && typeof sha256 === 'string' ? { file, sha256 } : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/** Whether two records name the same seed: the same file holding the same text. */
const sameSeed = (a: SeedSource, b: SeedSource) => a.file === b.file && a.sha256 === b.sha256;

/**
 * The id of the letter a seed holds. `plain` is "<region>-<yyyy>-<mm>" and `day` the date's day ("25"); `published`
 * holds every letter id published before. An id whose entry or import record names this seed is this letter's (a
 * re-import); one naming another seed, or published with no record of whose it is, is passed over.
 */
export function letterIdentity(
  contentDir: string,
  plain: string,
  day: string,
  source: SeedSource,
  published: ReadonlySet<string>,
  shown: (path: string) => string = (path) => path,
): LetterIdentity {
  const candidates = function* () {
    yield plain;
    yield `${plain}-${day}`;
    for (let n = 2; ; n++) yield `${plain}-${day}-${n}`;
  };
  let displaced: LetterIdentity['displaced'];
  for (const id of candidates()) {
    const entry = join(contentDir, 'letters', `${id}.mdx`);
    const holder = recordedSource(entry, shown) ?? recordedSource(join(contentDir, 'imports', `${id}.mdx`), shown);
    // An entry that says nothing readable of its source cannot be told apart from this letter: refuse, never guess.
    if (holder === 'unreadable')
      throw new IdentityError(
        `${id} is taken by an entry (or import record) whose source cannot be read, so the importer cannot tell whether this seed is that letter; mend its frontmatter's source first, or import with --replaces ${id} if this seed is that letter`,
      );
    const taken = holder ? !sameSeed(holder, source) : published.has(id);
    if (!taken) return displaced ? { id, displaced } : { id };
    displaced ??= { id, holder: holder ? holder.file : 'a letter published before, whose entry and import record are gone' };
  }
  throw new Error('unreachable: the ids run on without end');
}

/**
 * The region of each PDU id the letters in the content folder use (the first letter read that names it): a letter of
 * another region naming a PDU of the same name gives its PDU an id of its own. An entry that cannot be read is passed
 * over here; the content check reports it.
 */
export function pduRegions(contentDir: string): Map<string, string> {
  const regions = new Map<string, string>();
  const dir = join(contentDir, 'letters');
  if (!existsSync(dir)) return regions;
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.mdx'))
    .sort()) {
    try {
      const split = splitEntry(readFileSync(join(dir, name), 'utf8'));
      if ('problem' in split) continue;
      const data = parseFrontmatter(split.yaml) as { region?: unknown; pdus?: { id?: unknown }[] } | null;
      if (typeof data?.region !== 'string') continue;
      for (const pdu of data.pdus ?? []) if (typeof pdu.id === 'string' && !regions.has(pdu.id)) regions.set(pdu.id, data.region);
    } catch {
      continue;
    }
  }
  return regions;
}
