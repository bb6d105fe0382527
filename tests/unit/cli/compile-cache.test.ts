import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { maxCompileCacheEntries, pruneCompileCache } from '../../../src/cli/compile-cache.mjs';
import { root } from '../../support';

const work = mkdtempSync(join(tmpdir(), 'pi-compile-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const module = join(root, 'src/cli/compile-cache.mjs');
const stale = 'v22.0.0-x64-0123abcd-0';

/** This process's environment without the variables the tests set. */
const inherited = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => key !== 'NODE_COMPILE_CACHE' && key !== 'NODE_DISABLE_COMPILE_CACHE'),
);

/** Runs startCompileCache() in a Node process of its own (it turns the cache on for its process) in a project folder. */
function start(project: string, env: Record<string, string> = {}) {
  const run = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const m = await import(${JSON.stringify(module)}); console.log(JSON.stringify([m.startCompileCache() ?? null, process.env.NODE_COMPILE_CACHE ?? null]));`,
    ],
    { cwd: project, encoding: 'utf8', env: { ...inherited, ...env } },
  );
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as [string | null, string | null];
}

/** A project folder whose own compile cache holds another Node version's folder. */
function projectWithStaleCache(name: string): { project: string; cache: string } {
  const project = join(work, name);
  const cache = join(project, 'node_modules/.cache/probation-inspections/node-compile-cache');
  mkdirSync(join(cache, stale), { recursive: true });
  return { project, cache };
}

describe('the build’s compile cache', () => {
  it('is turned on in the project’s own folder for the build and the processes it starts, without other Node versions’ folders', () => {
    const { project, cache } = projectWithStaleCache('own');
    expect(start(project)).toEqual([cache, cache]);
    const folders = readdirSync(cache);
    expect(folders).not.toContain(stale);
    expect(folders.length).toBeGreaterThan(0);
    expect(folders.every((f) => f.startsWith(`v${process.versions.node}-`))).toBe(true);
  });

  it('uses the folder NODE_COMPILE_CACHE names, and removes nothing from it', () => {
    const { project } = projectWithStaleCache('named');
    const named = join(work, 'named-cache');
    mkdirSync(join(named, stale), { recursive: true });
    expect(start(project, { NODE_COMPILE_CACHE: named })).toEqual([named, named]);
    expect(readdirSync(named)).toContain(stale);
  });

  it('is off under NODE_DISABLE_COMPILE_CACHE=1, and sets nothing for the processes the build starts', () => {
    const { project, cache } = projectWithStaleCache('disabled');
    expect(start(project, { NODE_DISABLE_COMPILE_CACHE: '1' })).toEqual([null, null]);
    expect(readdirSync(cache)).toEqual([stale]);
  });

  it('keeps the folders of the running Node version when pruned', () => {
    const dir = join(work, 'prune');
    const current = `v${process.versions.node}-x64-89abcdef-0`;
    for (const f of [stale, current]) mkdirSync(join(dir, f), { recursive: true });
    pruneCompileCache(dir, process.versions.node);
    expect(readdirSync(dir)).toEqual([current]);
    pruneCompileCache(join(work, 'none'), process.versions.node);
    expect(existsSync(join(work, 'none'))).toBe(false);
  });

  it('is emptied once it holds more entries than allowed (Node never removes one), and not before', () => {
    const dir = join(work, 'full');
    const current = join(dir, `v${process.versions.node}-x64-89abcdef-0`);
    mkdirSync(current, { recursive: true });
    for (let i = 0; i < 3; i++) writeFileSync(join(current, `entry-${i}`), '');
    pruneCompileCache(dir, process.versions.node, 3);
    expect(readdirSync(current)).toHaveLength(3);
    writeFileSync(join(current, 'entry-3'), '');
    pruneCompileCache(dir, process.versions.node, 3);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('removes what a prune another process was making left half done, and never throws', () => {
    const dir = join(work, 'interrupted');
    const leftover = `v${process.versions.node}-x64-89abcdef-0.removing-4242-abc`;
    mkdirSync(join(dir, leftover, 'nested'), { recursive: true });
    writeFileSync(join(dir, leftover, 'nested', 'entry'), '');
    expect(() => pruneCompileCache(dir, process.versions.node)).not.toThrow();
    expect(readdirSync(dir)).toEqual([]);
    expect(() => pruneCompileCache(join(dir, 'gone'), process.versions.node)).not.toThrow();
  });

  it('keeps what a process compiles when it empties a full cache as it starts: pruned first, then turned on', () => {
    const { project, cache } = projectWithStaleCache('full-own');
    const current = join(cache, `v${process.versions.node}-x64-89abcdef-0`);
    mkdirSync(current);
    for (let i = 0; i <= maxCompileCacheEntries; i++) writeFileSync(join(current, `entry-${i}`), '');
    // The process loads a module once the cache is on (Node writes its entry as the process ends).
    const run = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import(${JSON.stringify(module)}); m.startCompileCache(); await import(${JSON.stringify(join(root, 'node_modules/yaml/dist/index.js'))});`,
      ],
      { cwd: project, encoding: 'utf8', env: inherited },
    );
    expect(run.status, run.stderr).toBe(0);
    const folders = readdirSync(cache);
    expect(folders.length).toBeGreaterThan(0);
    const entries = folders.reduce((n, f) => n + readdirSync(join(cache, f)).length, 0);
    expect(entries).toBeGreaterThan(0);
    expect(entries).toBeLessThan(maxCompileCacheEntries);
  });
});
