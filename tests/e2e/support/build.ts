import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
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

/** Runs `astro build` over a content folder into a scratch output folder, as `npm run build` does. */
export function buildSite(contentDir: string, env: Record<string, string> = {}) {
  const outDir = mkdtempSync(join(tmpdir(), 'pi-dist-'));
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env: { ...process.env, PI_CONTENT_DIR: contentDir, PI_OUT_DIR: outDir, PI_CACHE_DIR: join(contentDir, '.cache'), ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, ''), outDir };
}
