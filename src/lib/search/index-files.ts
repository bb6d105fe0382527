/**
 * The search index's files as the build writes them: each gzip-compressed (the browser unpacks them), under
 * `<out>/search-index/`, with the manifest and the documents' file carrying a version made from every file's bytes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { SiteModel } from '../model/site-model';
import { searchDocuments, type DocumentSources } from './documents';
import { SearchIndexBuilder, type BuiltIndex } from './index-writer';
import type { AcronymForms } from '../language/reading';
import { withVersion } from './index-format';

/** How a file of the index is packed: gzip, with no file name and no time in its header, so the same bytes give the same file. */
export const packFile = (bytes: Uint8Array): Uint8Array => gzipSync(bytes, { level: 9 });

/** The index's version: a hash of every file's path and bytes (raw files as they are, fragments as packed), in path order. */
export function indexVersion(index: BuiltIndex): string {
  const hash = createHash('sha256');
  for (const path of [...index.files.keys()].sort()) hash.update(path).update(index.files.get(path) ?? new Uint8Array());
  if (index.packed !== index.files) {
    for (const path of [...index.packed.keys()].sort()) hash.update(path).update(index.packed.get(path) ?? new Uint8Array());
  }
  return hash.digest('hex').slice(0, 16);
}

/** The index's files packed by the build (all but the fragments already packed), the manifest last. */
function packedFiles(index: BuiltIndex, version: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const path of [...index.files.keys()].sort()) {
    const bytes = index.files.get(path) ?? new Uint8Array();
    files.set(`${path}.gz`, packFile(path === 'docs.bin' ? withVersion(version, bytes) : bytes));
  }
  files.set('manifest.json.gz', packFile(new TextEncoder().encode(JSON.stringify({ version, ...index.manifest }))));
  return files;
}

/** Every file of the index, by path under its folder ("words/3.bin.gz"), as the bytes the build writes. */
export function indexFiles(index: BuiltIndex): Map<string, Uint8Array> {
  const files = packedFiles(index, indexVersion(index));
  if (index.packed === index.files) return files;
  const all = new Map<string, Uint8Array>();
  for (const path of [...index.packed.keys()].sort()) all.set(`${path}.gz`, index.packed.get(path) ?? new Uint8Array());
  for (const [path, bytes] of files) all.set(path, bytes);
  return all;
}

/**
 * Writes the whole index into a folder (which must not exist yet: the build moves it into the output once Astro is
 * done). Returns how many files the index has.
 */
export function writeIndex(dir: string, index: BuiltIndex): number {
  const files = indexFiles(index);
  for (const folder of new Set([...files.keys()].map((path) => dirname(join(dir, path))))) mkdirSync(folder, { recursive: true });
  for (const [path, bytes] of files) writeFileSync(join(dir, path), bytes);
  return files.size;
}

/**
 * Makes the site's search index from the model (documents.ts) and writes it into `dir`: what the build's preparation
 * thread does while Astro renders. Returns how many documents and files it has.
 */
export function writeSiteIndex(
  dir: string,
  model: SiteModel,
  sources: DocumentSources & { acronyms: readonly AcronymForms[] },
): { docs: number; files: number } {
  const builder = new SearchIndexBuilder({ acronyms: sources.acronyms, pack: packFile });
  for (const doc of searchDocuments(model, sources)) builder.add(doc);
  // finish() names every document search refused; with none given, there is nothing to search.
  const index = builder.finish();
  if (!builder.size) throw new Error('there is nothing to index');
  return { docs: builder.size, files: writeIndex(dir, index) };
}
