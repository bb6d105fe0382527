import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { pruneCache, writeWhole } from '../cache-files';
import { basename, join } from 'node:path';
import type { Letter } from '../../schemas/letter';
import type { NarrativeParagraph } from './body-narrative';

/** What is kept of a letter that passed: the letter, and its narrative's paragraphs (read from its checked body). */
export interface PassedLetter {
  letter: Letter;
  narrative: NarrativeParagraph[];
}

/**
 * Where the build keeps the letters the content check passed, between builds: a folder, and the digest of everything
 * a letter's own check reads besides its text (the project's code and the reference data: projectDigest).
 */
export interface PassedCache {
  dir: string;
  digest: string;
}

/** The key of one letter's check: the cache's digest, the letter's file name and its text. */
export const passedKey = (cache: PassedCache, file: string, text: string): string =>
  createHash('sha256').update(`${cache.digest}\u0000${file}\u0000`).update(text).digest('hex');

/**
 * The letter (and its narrative) a check with this key passed before, or undefined (never checked so, or an entry that is torn: the letter
 * is then checked afresh). Only letters that passed every check of their own are kept; a problem is always found afresh.
 */
export function readPassed(cache: PassedCache, key: string): PassedLetter | undefined {
  try {
    const value = JSON.parse(readFileSync(join(cache.dir, `${key}.json`), 'utf8')) as Partial<PassedLetter>;
    return typeof value.letter === 'object' && value.letter !== null && Array.isArray(value.narrative)
      ? { letter: value.letter, narrative: value.narrative }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a letter that passed its own checks, with its narrative, written whole or not at all. */
export function writePassed(cache: PassedCache, key: string, passed: PassedLetter): void {
  mkdirSync(cache.dir, { recursive: true });
  writeWhole(join(cache.dir, `${key}.json`), JSON.stringify(passed));
}

/** Removes every kept letter but those with the keys given (the letters of the content as it now is). */
export function prunePassed(cache: PassedCache, keep: ReadonlySet<string>): void {
  pruneCache(cache.dir, (file) => keep.has(basename(file, '.json')));
}
