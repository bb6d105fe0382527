/**
 * `npm run build`: builds the site into a scratch folder beside the output, indexes it for search with
 * Pagefind, and swaps it in only when both succeed, so a failed build leaves the previous site intact.
 * The content is checked first, inside the build (src/integrations/content-check.ts). Plain
 * JavaScript, so it starts at once. Pagefind runs after Astro has exited, so the two never hold memory
 * at the same time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

const outName = process.env.PI_OUT_DIR ?? 'dist';
const outDir = resolve(outName);
const scratch = `${outDir}.building`;
rmSync(scratch, { recursive: true, force: true });
const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, PI_OUT_DIR: scratch },
});
if (result.status !== 0) {
  rmSync(scratch, { recursive: true, force: true });
  console.error(`The build failed; ${existsSync(outDir) ? `the previous site in ${outName}/ is unchanged` : 'nothing was written'}.`);
  process.exit(result.status ?? 1);
}
// Only these pages carry indexed content (marked data-pagefind-body); reading the others would only cost time.
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
const added = index && (await index.addDirectory({ path: scratch, glob: '{letters,findings,recommendations,pdus}/*/index.html' }));
const written = added && !added.errors.length && (await index.writeFiles({ outputPath: join(scratch, 'pagefind') }));
await pagefind.close();
if (!index || !added || added.errors.length || !written || written.errors.length) {
  rmSync(scratch, { recursive: true, force: true });
  console.error(`Search indexing failed: ${[...errors, ...(added?.errors ?? []), ...(written?.errors ?? [])].join('; ')}`);
  console.error(`The previous site in ${outName}/ is unchanged.`);
  process.exit(1);
}
console.log(`Indexed ${added.page_count} pages for search.`);

const previous = `${outDir}.previous`;
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(scratch, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`\nBuilt the site into ${outName}/. Preview it with: npm run preview`);
