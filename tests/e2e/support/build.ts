import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './site';

/** Makes a scratch content folder holding the reference data and the given letter files. */
export function scratchContent(letters: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pi-content-'));
  cpSync(join(root, 'content/reference'), join(dir, 'reference'), { recursive: true });
  mkdirSync(join(dir, 'letters'));
  for (const [name, from] of Object.entries(letters)) cpSync(from, join(dir, 'letters', name));
  return dir;
}

/** Terminal colour codes, which the build's logger adds; the tests read plain text. */
// eslint-disable-next-line no-control-regex -- ESC is exactly what this matches
const ansiColour = /\u001b\[[0-9;]*m/g;

/** Runs `npm run build` (content check, then astro build, swapped in on success) over a content folder into an output folder. */
export function buildSite(contentDir: string, env: Record<string, string> = {}, outDir = mkdtempSync(join(tmpdir(), 'pi-dist-'))) {
  // Vitest puts Vite's variables (BASE_URL, MODE, …) in the environment; a real build must not inherit them.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(key)),
  );
  const result = spawnSync(process.execPath, [join(root, 'src/cli/build.mjs')], {
    cwd: root,
    env: { ...inherited, PI_CONTENT_DIR: contentDir, PI_OUT_DIR: outDir, PI_CACHE_DIR: join(contentDir, '.cache'), ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(ansiColour, ''), outDir };
}

/** Builds the synthetic fixture corpus (tests/fixtures/corpus) into a scratch folder, optionally under a base path. */
export function buildCorpus(options: { base?: string; retired?: object[]; extraPublished?: Record<string, string[]> } = {}) {
  const corpus = join(root, 'tests/fixtures/corpus');
  const letters = Object.fromEntries(readdirSync(join(corpus, 'letters')).map((f) => [f, join(corpus, 'letters', f)]));
  const content = scratchContent(letters);
  const published = JSON.parse(readFileSync(join(corpus, 'published-ids.json'), 'utf8')) as Record<string, string[]>;
  for (const [kind, ids] of Object.entries(options.extraPublished ?? {})) published[kind] = [...(published[kind] ?? []), ...ids];
  writeFileSync(join(content, 'published-ids.json'), JSON.stringify(published));
  if (options.retired) writeFileSync(join(content, 'retired-ids.json'), JSON.stringify(options.retired));
  const build = buildSite(content, options.base ? { PI_BASE: options.base } : {});
  if (build.status !== 0) throw new Error(`The corpus build failed:\n${build.output}`);
  return build;
}
