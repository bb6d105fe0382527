/**
 * The search index's files as the build writes them: each gzip-compressed (the browser unpacks them), under
 * `<out>/search-index/`, with the manifest and the documents' file carrying a version made from every file's bytes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { SearchIndexBuilder } from '../lib/search/index-writer';
import { withVersion } from '../lib/search/index-format';

/** Every file of the index, by path under its folder ("words/3.bin.gz"), as the bytes the build writes. */
export function indexFiles(index: ReturnType<SearchIndexBuilder['finish']>): Map<string, Uint8Array> {
  const hash = createHash('sha256');
  const paths = [...index.files.keys()].sort();
  for (const path of paths) hash.update(path).update(index.files.get(path) ?? new Uint8Array());
  const manifest = { version: hash.digest('hex').slice(0, 16), ...index.manifest };
  const files = new Map<string, Uint8Array>();
  // gzip with no file name and no time in its header, so the same bytes always give the same file.
  const add = (path: string, bytes: Uint8Array) => files.set(`${path}.gz`, gzipSync(bytes, { level: 9 }));
  for (const path of paths) {
    const bytes = index.files.get(path) ?? new Uint8Array();
    add(path, path === 'docs.bin' ? withVersion(manifest.version, bytes) : bytes);
  }
  add('manifest.json', new TextEncoder().encode(JSON.stringify(manifest)));
  return files;
}

/** Replaces the folder's content with the index's files; returns how many were written. */
export function writeIndex(dir: string, index: ReturnType<SearchIndexBuilder['finish']>): number {
  const files = indexFiles(index);
  rmSync(dir, { recursive: true, force: true });
  for (const [path, bytes] of files) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
  return files.size;
}
