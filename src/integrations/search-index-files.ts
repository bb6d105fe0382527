/**
 * The search index's files as the build writes them: each gzip-compressed (the browser unpacks them), under
 * `<out>/search-index/`, with the manifest and the documents' file carrying a version made from every file's bytes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BuiltIndex } from '../lib/search/index-writer';
import { withVersion } from '../lib/search/index-format';

/** How a file of the index is packed: gzip, with no file name and no time in its header, so the same bytes give the same file. */
export const packFile = (bytes: Uint8Array): Uint8Array => gzipSync(bytes, { level: 9 });

/** Every file of the index, by path under its folder ("words/3.bin.gz"), as the bytes the build writes. */
export function indexFiles(index: BuiltIndex): Map<string, Uint8Array> {
  const raw = [...index.files.keys()].sort();
  const ready = index.packed === index.files ? [] : [...index.packed.keys()].sort();
  const hash = createHash('sha256');
  for (const path of raw) hash.update(path).update(index.files.get(path) ?? new Uint8Array());
  for (const path of ready) hash.update(path).update(index.packed.get(path) ?? new Uint8Array());
  const manifest = { version: hash.digest('hex').slice(0, 16), ...index.manifest };
  const files = new Map<string, Uint8Array>();
  for (const path of raw) {
    const bytes = index.files.get(path) ?? new Uint8Array();
    files.set(`${path}.gz`, packFile(path === 'docs.bin' ? withVersion(manifest.version, bytes) : bytes));
  }
  for (const path of ready) files.set(`${path}.gz`, index.packed.get(path) ?? new Uint8Array());
  files.set('manifest.json.gz', packFile(new TextEncoder().encode(JSON.stringify(manifest))));
  return files;
}

/** Replaces the folder's content with the index's files; returns how many were written. */
export function writeIndex(dir: string, index: BuiltIndex): number {
  const files = indexFiles(index);
  rmSync(dir, { recursive: true, force: true });
  for (const folder of new Set([...files.keys()].map((path) => dirname(join(dir, path))))) mkdirSync(folder, { recursive: true });
  for (const [path, bytes] of files) writeFileSync(join(dir, path), bytes);
  return files.size;
}
