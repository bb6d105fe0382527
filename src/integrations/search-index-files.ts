/**
 * The search index's files as the build writes them: each gzip-compressed (the browser unpacks them), under
 * `<out>/search-index/`, with the manifest and the documents' file carrying a version made from every file's bytes.
 * A page's fragment is written as the page arrives, under a provisional name (its number in arrival order), and only
 * renamed to its document's number at the end: renaming is far cheaper than writing, and the end waits for the last
 * page. A build that fails leaves provisional files behind, which the build script discards with the whole output.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BuiltIndex } from '../lib/search/index-writer';
import { withVersion } from '../lib/search/index-format';

/** How a file of the index is packed: gzip, with no file name and no time in its header, so the same bytes give the same file. */
export const packFile = (bytes: Uint8Array): Uint8Array => gzipSync(bytes, { level: 9 });

/** Where a page's packed fragment waits, by its number in arrival order, until the documents are numbered. */
export const pendingFragment = (page: number): string => `fragments/page-${page}.json.gz`;

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

/** Writes one page's packed fragment under its provisional name (pendingFragment) in the index's folder. */
export function writePendingFragment(dir: string, page: number, bytes: Uint8Array): void {
  const file = join(dir, pendingFragment(page));
  try {
    writeFileSync(file, bytes);
  } catch (error) {
    // The first page makes the folder (Astro empties the output before it renders).
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
}

/**
 * Completes the index in its folder, where every page's fragment was written as it came (writePendingFragment): names
 * each fragment by its document's number, then writes the other files, the manifest last. Returns how many files the
 * index has.
 */
export function writeIndex(dir: string, index: BuiltIndex): number {
  index.pageOf.forEach((page, doc) => renameSync(join(dir, pendingFragment(page)), join(dir, `fragments/${doc}.json.gz`)));
  const files = packedFiles(index, indexVersion(index));
  for (const folder of new Set([...files.keys()].map((path) => dirname(join(dir, path))))) mkdirSync(folder, { recursive: true });
  for (const [path, bytes] of files) writeFileSync(join(dir, path), bytes);
  return files.size + index.pageOf.length;
}
