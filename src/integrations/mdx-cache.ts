import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { pruneCache, writeWhole } from '../lib/cache-files';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { projectDigest } from '../lib/build/project-digest';

/** The plugin of @astrojs/mdx that compiles each letter's MDX into a JavaScript module. */
export const mdxCompilerPlugin = '@mdx-js/rolldown';

/** What the MDX compiler gives Vite for one file. */
export interface CompiledMdx {
  code: string;
  map: string | null;
  meta: Record<string, unknown>;
}

/** The key of one compile: the compiler's digest, the file's path and the text the compiler is given. */
export const compileKey = (digest: string, id: string, code: string): string =>
  createHash('sha256').update(`${digest}\u0000${id}\u0000`).update(code).digest('hex');

/** A cached compile as read back, or undefined if it is not one (a torn or foreign file is compiled afresh). */
export function readCompiled(text: string): CompiledMdx | undefined {
  try {
    const value = JSON.parse(text) as Partial<CompiledMdx>;
    const ok =
      typeof value.code === 'string' &&
      (value.map === null || typeof value.map === 'string') &&
      typeof value.meta === 'object' &&
      value.meta !== null;
    return ok ? (value as CompiledMdx) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps each letter's compiled MDX module between builds, in `<cacheDir>/mdx/`, keyed by its text, its path and
 * everything else the compile depends on (projectDigest): a warm build reads the 1,000 letters' modules instead of
 * compiling them again (about 9 s of the build at 1,000 letters). The compiler's own result is what is kept, so a
 * letter compiled afresh and one read back give the same module. Compiles no build used are removed when a build
 * succeeds. Build only: `npm run dev` compiles as usual.
 */
export function mdxCacheIntegration(): AstroIntegration {
  let dir = '';
  let digest = '';
  const used = new Set<string>();
  const plugin: Plugin = {
    name: 'probation-inspections:mdx-cache',
    apply: 'build',
    configResolved(resolved) {
      const mdx = resolved.plugins.find((p) => p.name === mdxCompilerPlugin);
      const transform = mdx?.transform;
      if (!transform || typeof transform !== 'object') {
        throw new Error(`The MDX compile cache found no ${mdxCompilerPlugin} plugin with a transform hook; has @astrojs/mdx changed?`);
      }
      const compile = transform.handler;
      transform.handler = async function (this: unknown, code: string, id: string, ...rest: unknown[]) {
        const key = compileKey(digest, id, code);
        used.add(key);
        const file = join(dir, `${key}.json`);
        let cached: CompiledMdx | undefined;
        try {
          cached = readCompiled(readFileSync(file, 'utf8'));
        } catch {
          cached = undefined;
        }
        if (cached) return cached;
        const result = (await (compile as (...args: unknown[]) => Promise<CompiledMdx>).call(this, code, id, ...rest)) as CompiledMdx;
        // Written whole or not at all: a build stopped halfway leaves no torn entry under the final name.
        writeWhole(file, JSON.stringify({ code: result.code, map: result.map ?? null, meta: result.meta ?? {} }));
        return result;
      } as typeof transform.handler;
    },
  };
  return {
    name: 'probation-inspections:mdx-cache',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        dir = join(fileURLToPath(config.cacheDir), 'mdx');
        mkdirSync(dir, { recursive: true });
        const root = fileURLToPath(config.root);
        digest = projectDigest(root, {
          base: config.base,
          site: config.site,
          trailingSlash: config.trailingSlash,
          srcDir: fileURLToPath(config.srcDir),
          markdown: config.markdown,
          sourcemap: config.vite?.build?.sourcemap ?? false,
        });
        updateConfig({ vite: { plugins: [plugin] } });
      },
      'astro:build:done': () => {
        if (!dir) return;
        pruneCache(dir, (file) => used.has(basename(file, '.json')));
      },
    },
  };
}
