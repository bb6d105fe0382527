/**
 * Issue 23, part 2: the folders of src/lib depend one way (docs/architecture.md draws the layers), and no two modules of
 * src/ share a file name (Astro's route files and the one-schema-per-concept files of src/schemas/ aside).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../../support';

const lib = resolve(root, 'src/lib');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|mjs)$/.test(name) ? [path] : [];
  });
const folderOf = (file: string) => {
  const parts = relative(lib, file).split('/');
  return parts.length > 1 ? (parts[0] ?? '') : '(root)';
};

/** Folder -> the folders its modules import from. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files(lib))
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
      const target = resolve(dirname(file), spec ?? '');
      const [from, to] = [folderOf(file), folderOf(target)];
      if (!target.startsWith(lib) || from === to) continue;
      graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  return graph;
}

/** Every cycle of the graph, each as the folders it passes through. */
function cycles(graph: Map<string, Set<string>>): string[] {
  const found = new Set<string>();
  const visit = (start: string, node: string, path: string[]) => {
    for (const next of graph.get(node) ?? []) {
      if (next === start) found.add([...path, start].join(' -> '));
      else if (!path.includes(next)) visit(start, next, [...path, next]);
    }
  };
  for (const start of graph.keys()) visit(start, start, [start]);
  return [...found];
}

describe('the layers of src/lib', () => {
  it('has folders that depend on each other one way only, with no cycle through any number of folders', () => {
    expect(cycles(folderGraph())).toEqual([]);
  });

  it('finds a cycle where there is one, so the test above can fail', () => {
    expect(
      cycles(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set(['c'])],
          ['c', new Set(['a'])],
        ]),
      ),
    ).toHaveLength(3);
  });

  it('names every module of src/ once: no two share a file name', () => {
    const modules = files(resolve(root, 'src')).filter((f) => !f.includes('/src/schemas/') && !f.includes('/src/pages/'));
    const seen = new Map<string, string[]>();
    for (const f of modules) seen.set(basename(f), [...(seen.get(basename(f)) ?? []), relative(root, f)]);
    expect([...seen.values()].filter((paths) => paths.length > 1)).toEqual([]);
  });
});
