import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a folder, at any depth, as absolute paths in a stable order. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * The digest of the project's code as a build runs it: every installed package's version (package-lock.json), the
 * Astro config and every file under src/, with the settings given (anything else the result depends on) and the
 * files of any further folders named (reference data). What the build keeps between builds is kept under it, so a
 * change to any of them works everything out afresh.
 */
export function projectDigest(root: string, settings: unknown, folders: readonly string[] = []): string {
  const hash = createHash('sha256').update(JSON.stringify(settings));
  const files = [join(root, 'package-lock.json'), join(root, 'astro.config.mjs'), ...filesUnder(join(root, 'src'))];
  for (const folder of folders) files.push(...filesUnder(folder));
  for (const file of files) hash.update(`${file}\u0000`).update(readFileSync(file)).update('\u0000');
  return hash.digest('hex');
}
