/**
 * The build's caches' two file operations, in one place for all three caches (the content check's passed letters,
 * the MDX compiles, the drawn PNGs): a file is written whole or not at all, and a cache keeps only what the last build
 * used. Plain erasable TypeScript: the image step (src/cli/images.mjs) imports it under Node's type stripping.
 */
import { readdirSync, renameSync, rmSync, writeFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

/** Writes a file whole or not at all (written beside it, then renamed), so a build stopped midway never leaves half a file. */
export function writeWhole(file: string, data: string | Uint8Array): void {
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.part`;
  try {
    writeFileSync(partial, data);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
}

/**
 * Removes from a cache folder, at any depth, every file `keep` does not accept; returns how many it removed. A folder
 * that does not exist holds nothing to remove.
 */
export function pruneCache(dir: string, keep: (file: string) => boolean): number {
  let entries: Dirent[];
  try {
    // Each entry's kind as the folder lists it: a file another build removes meanwhile is then no error.
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  let removed = 0;
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) removed += pruneCache(path, keep);
    else if (!keep(path)) {
      rmSync(path, { force: true });
      removed += 1;
    }
  }
  return removed;
}
