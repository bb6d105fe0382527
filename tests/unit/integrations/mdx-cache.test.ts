import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { mdxCacheIntegration, mdxCompilerPlugin, readCompiled, type CompiledMdx } from '../../../src/integrations/mdx-cache';
import { must } from '../../support';

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A scratch project: a package-lock.json, an astro.config.mjs and a src/ folder with one module. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'mdx-cache-'));
  scratch.push(root);
  mkdirSync(join(root, 'src/lib'), { recursive: true });
  writeFileSync(join(root, 'package-lock.json'), '{"packages":{"node_modules/@mdx-js/mdx":{"version":"3.1.0"}}}');
  writeFileSync(join(root, 'astro.config.mjs'), 'export default {};');
  writeFileSync(join(root, 'src/lib/plugin.ts'), 'export const linkPdus = 1;');
  return root;
}

/** The cache's Vite plugin wrapped around a stand-in MDX compiler that counts its compiles, in a scratch project. */
async function cachedCompiler(root: string) {
  let compiles = 0;
  const compiler = {
    name: mdxCompilerPlugin,
    transform: {
      filter: { id: /\.mdx$/ },
      handler: async (code: string, id: string): Promise<CompiledMdx> => {
        compiles++;
        return { code: `export default ${JSON.stringify(`${id}:${code}`)};`, map: null, meta: { astro: { propagation: 'none' } } };
      },
    },
  };
  const integration = mdxCacheIntegration();
  const plugins: Plugin[] = [];
  const setup = must(integration.hooks['astro:config:setup'], 'the setup hook') as (options: unknown) => void;
  setup({
    command: 'build',
    config: {
      root: pathToFileURL(`${root}/`),
      cacheDir: pathToFileURL(`${root}/.cache/`),
      srcDir: pathToFileURL(`${root}/src/`),
      base: '/',
      site: 'https://example.org',
      trailingSlash: 'always',
      markdown: {},
    },
    updateConfig: (config: { vite: { plugins: Plugin[] } }) => plugins.push(...config.vite.plugins),
  });
  const plugin = must(plugins[0], 'the cache plugin');
  (plugin.configResolved as (resolved: unknown) => void)({ plugins: [plugin, compiler] });
  const done = must(integration.hooks['astro:build:done'], 'the done hook') as (options: unknown) => void;
  return {
    compile: (code: string, id: string) => compiler.transform.handler(code, id),
    compiles: () => compiles,
    done: () => done({}),
    dir: join(root, '.cache/mdx'),
  };
}

describe('the MDX compile cache', () => {
  it('gives a letter compiled before the same module without compiling it again', async () => {
    const root = project();
    const first = await cachedCompiler(root);
    const fresh = await first.compile('# Letter', '/content/letters/a.mdx');
    expect(first.compiles()).toBe(1);
    const second = await cachedCompiler(root);
    expect(await second.compile('# Letter', '/content/letters/a.mdx')).toEqual(fresh);
    expect(second.compiles()).toBe(0);
  });

  it('compiles again when the letter, its path, the project’s code or the installed packages change', async () => {
    const root = project();
    await (await cachedCompiler(root)).compile('# Letter', '/content/letters/a.mdx');
    const again = async () => {
      const c = await cachedCompiler(root);
      await c.compile('# Letter', '/content/letters/a.mdx');
      return c.compiles();
    };
    const other = await cachedCompiler(root);
    await other.compile('# Letter, corrected', '/content/letters/a.mdx');
    await other.compile('# Letter', '/content/letters/b.mdx');
    expect(other.compiles()).toBe(2);
    writeFileSync(join(root, 'src/lib/plugin.ts'), 'export const linkPdus = 2;');
    expect(await again()).toBe(1);
    writeFileSync(join(root, 'package-lock.json'), '{"packages":{"node_modules/@mdx-js/mdx":{"version":"3.1.1"}}}');
    expect(await again()).toBe(1);
    expect(await again()).toBe(0);
  });

  it('compiles afresh over an entry that is torn or not a compile, and replaces it', async () => {
    const root = project();
    const c = await cachedCompiler(root);
    const fresh = await c.compile('# Letter', '/content/letters/a.mdx');
    const [entry] = readdirSync(c.dir);
    writeFileSync(join(c.dir, must(entry, 'the cached entry')), '{"code": "export default 1;", "ma');
    const next = await cachedCompiler(root);
    expect(await next.compile('# Letter', '/content/letters/a.mdx')).toEqual(fresh);
    expect(next.compiles()).toBe(1);
    expect(readCompiled('{"code":"x","map":null}')).toBeUndefined();
    expect(readCompiled('{"code":"x","map":null,"meta":{}}')).toEqual({ code: 'x', map: null, meta: {} });
  });

  it('removes, when a build ends, the compiles that build did not use', async () => {
    const root = project();
    const a = await cachedCompiler(root);
    await a.compile('# A', '/content/letters/a.mdx');
    await a.compile('# B', '/content/letters/b.mdx');
    const b = await cachedCompiler(root);
    await b.compile('# A', '/content/letters/a.mdx');
    b.done();
    expect(readdirSync(b.dir)).toHaveLength(1);
    const c = await cachedCompiler(root);
    await c.compile('# A', '/content/letters/a.mdx');
    expect(c.compiles()).toBe(0);
    await c.compile('# B', '/content/letters/b.mdx');
    expect(c.compiles()).toBe(1);
  });

  it('stops the build if @astrojs/mdx no longer has the compiler it wraps', () => {
    const root = project();
    const integration = mdxCacheIntegration();
    const plugins: Plugin[] = [];
    (must(integration.hooks['astro:config:setup'], 'setup') as (o: unknown) => void)({
      command: 'build',
      config: {
        root: pathToFileURL(`${root}/`),
        cacheDir: pathToFileURL(`${root}/.cache/`),
        srcDir: pathToFileURL(`${root}/src/`),
        markdown: {},
      },
      updateConfig: (config: { vite: { plugins: Plugin[] } }) => plugins.push(...config.vite.plugins),
    });
    const plugin = must(plugins[0], 'the cache plugin');
    expect(() => (plugin.configResolved as (r: unknown) => void)({ plugins: [plugin] })).toThrow(/found no @mdx-js\/rolldown plugin/);
  });
});
