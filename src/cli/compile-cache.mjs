/**
 * Node's compile cache (the V8 code of every module Node compiles, kept on disk) for the build and the commands: each
 * build loads Astro, Vite, Rolldown and resvg afresh, and from the cache that start-up takes about a fifth less CPU;
 * a command (import, check, record-versions) starts in about two thirds of it. Plain JavaScript, for
 * src/cli/build.mjs and src/cli/ts-hooks.mjs.
 */
import { readdirSync, renameSync, rmSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { join, resolve } from 'node:path';

/**
 * The project's own folder for it. The cache holds the code of node_modules and src/, nothing made from the content,
 * so it is kept beside node_modules whatever PI_CACHE_DIR says.
 */
export const ownCompileCache = resolve('node_modules/.cache/probation-inspections/node-compile-cache');

/**
 * Turns the cache on for this process and, through NODE_COMPILE_CACHE, for the processes and threads it starts (Astro,
 * the image workers, the preparation thread): in NODE_COMPILE_CACHE's folder if set, else in ownCompileCache, whose folders of other Node versions it
 * removes. Node checks each entry against its module's source and compiles again where they differ; it turns nothing
 * on under NODE_DISABLE_COMPILE_CACHE=1 or where the folder cannot be written. Returns the folder, if any.
 */
export function startCompileCache(env = process.env) {
  // An empty NODE_COMPILE_CACHE counts as unset.
  const directory = env.NODE_COMPILE_CACHE || ownCompileCache;
  // Node before 22.1 has none (the commands then say which Node they need: ts-hooks.mjs).
  if (typeof nodeModule.enableCompileCache !== 'function') return undefined;
  if (env.NODE_DISABLE_COMPILE_CACHE === '1') return undefined;
  // Pruned before this process turns it on: what this process compiles is kept, not emptied away under it.
  if (directory === ownCompileCache) pruneCompileCache(directory, process.versions.node);
  const { status } = nodeModule.enableCompileCache({ directory });
  const { ENABLED, ALREADY_ENABLED } = nodeModule.constants.compileCacheStatus;
  if (status !== ENABLED && status !== ALREADY_ENABLED) return undefined;
  env.NODE_COMPILE_CACHE = directory;
  return directory;
}

/**
 * Entries a compile cache folder may hold before it is emptied. Node adds an entry for each version of a module it
 * compiles and never removes one, so every change to src/ or node_modules adds some; one build of this project fills
 * about 2,900.
 */
export const maxCompileCacheEntries = 6000;

/**
 * Removes a folder that other processes may be writing into (two builds, a build and an import): it is renamed first,
 * in one step, so that no process writes into it while it is removed (a process whose entry then finds no folder
 * keeps it uncached, as Node does with any cache it cannot write), then removed. Whatever fails is left to the next
 * prune: another process may have removed it first, and a cache is never worth stopping a build for.
 */
function removeFolder(folder) {
  const doomed = `${folder}.removing-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    renameSync(folder, doomed);
  } catch {
    return;
  }
  rmSync(doomed, { recursive: true, force: true, maxRetries: 3 });
}

/**
 * Keeps a compile cache folder bounded: removes the caches of Node versions other than `version` (Node keeps one a
 * version, `v24.21.0-x64-…`, and a version's is never read by another) and what an interrupted prune left, and
 * empties the rest when they hold more than `maxEntries` entries (the next build fills it again, about half a second of
 * CPU). Safe beside other processes using the cache (removeFolder); never throws.
 */
export function pruneCompileCache(directory, version, maxEntries = maxCompileCacheEntries) {
  try {
    let entries = 0;
    const current = [];
    for (const folder of readdirSync(directory)) {
      if (folder.startsWith(`v${version}-`) && !folder.includes('.removing-')) {
        current.push(folder);
        entries += readdirSync(join(directory, folder)).length;
      } else removeFolder(join(directory, folder));
    }
    if (entries > maxEntries) for (const folder of current) removeFolder(join(directory, folder));
  } catch {
    // The folder does not exist yet, or another process is pruning it: nothing to do here.
  }
}
