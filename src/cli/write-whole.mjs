import { renameSync, rmSync, writeFileSync } from 'node:fs';

/** Writes a file whole or not at all (a rename), so a build stopped midway never leaves half a PNG in the cache. */
export function writeWhole(file, bytes) {
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.part`;
  try {
    writeFileSync(partial, bytes);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
}
