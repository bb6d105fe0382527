/**
 * The one module that reads Astro's content store. Pages get prepared, cross-checked data from here;
 * everything it calls is pure (src/lib).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { join } from 'node:path';
import { loadReference, type Reference } from '../lib/reference';
import { checkCorpus } from '../lib/validate-letter';
import { siteConfig } from '../site.config';
import type { Letter } from '../schemas/letter';

/** A letter entry as the content layer gives it. */
export type LetterEntry = CollectionEntry<'letters'>;

let cached: Promise<{ entries: LetterEntry[]; reference: Reference }> | undefined;

async function load() {
  const entries = await getCollection('letters');
  const problems = [
    ...entries
      .filter((e) => e.id !== e.data.id)
      .map((e) => `${e.filePath}: id: "${e.data.id}" does not match the file name; the file must be named ${e.data.id}.mdx`),
    ...checkCorpus(entries.map((e) => ({ file: e.filePath ?? e.id, letter: e.data }))),
  ];
  if (problems.length) throw new Error(`Content errors:\n${problems.join('\n')}`);
  entries.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.data.id.localeCompare(b.data.id));
  return { entries, reference: loadReference(join(siteConfig.contentDir, 'reference')) };
}

/** Every letter entry, newest first, after the cross-letter checks. */
export async function letterEntries(): Promise<LetterEntry[]> {
  cached ??= load();
  return (await cached).entries;
}

/** Every letter's data, newest first. */
export async function letters(): Promise<Letter[]> {
  return (await letterEntries()).map((e) => e.data);
}

/** The reference data (regions, frameworks). */
export async function reference(): Promise<Reference> {
  cached ??= load();
  return (await cached).reference;
}
