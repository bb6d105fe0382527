/**
 * `npm run build`: builds the site into a scratch folder beside the output, indexes it for search with
 * Pagefind, and swaps it in only when both succeed, so a failed build leaves the previous site intact.
 * The content is checked first, inside the build (src/integrations/content-check.ts), and the output is
 * checked against every file the content implies before it is indexed or published. Plain
 * JavaScript, so it starts at once. Pagefind runs after Astro has exited, so the two never hold memory
 * at the same time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

const outName = process.env.PI_OUT_DIR ?? 'dist';
const outDir = resolve(outName);
const scratch = `${outDir}.building`;
// The content check writes here the list of files a whole build must produce (src/lib/publishing/routes.ts).
const expectedList = `${scratch}.expected.json`;
rmSync(scratch, { recursive: true, force: true });
rmSync(expectedList, { force: true });
// PI_ASTRO_BIN lets the tests put a stand-in for Astro that stops early with exit 0.
const astro = process.env.PI_ASTRO_BIN ?? join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, PI_OUT_DIR: scratch, PI_EXPECTED_FILES: expectedList },
});
const unchanged = () => (existsSync(outDir) ? `the previous site in ${outName}/ is unchanged` : 'nothing was written');
if (result.status !== 0) {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(expectedList, { force: true });
  console.error(`The build failed; ${unchanged()}.`);
  process.exit(result.status ?? 1);
}
// Astro can exit 0 having stopped early: publish only a whole site, every file the content implies.
const expected = existsSync(expectedList) ? JSON.parse(readFileSync(expectedList, 'utf8')) : undefined;
rmSync(expectedList, { force: true });
const missing = expected
  ? expected.filter((file) => !existsSync(join(scratch, file)))
  : ['(the list of expected files: the content check did not run)'];
if (missing.length) {
  rmSync(scratch, { recursive: true, force: true });
  console.error(
    `The build is incomplete: ${missing.length} of ${expected?.length ?? '?'} expected files are missing, so it was not published; ${unchanged()}.`,
  );
  for (const file of missing.slice(0, 20)) console.error(`  missing: ${file}`);
  if (missing.length > 20) console.error(`  … and ${missing.length - 20} more`);
  process.exit(1);
}
// Only these pages carry indexed content (marked data-pagefind-body); reading the others would only cost time.
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
const added = index && (await index.addDirectory({ path: scratch, glob: '{letters,findings,recommendations,pdus}/*/index.html' }));
const written = added && !added.errors.length && (await index.writeFiles({ outputPath: join(scratch, 'pagefind') }));
await pagefind.close();
if (!index || !added || added.errors.length || !written || written.errors.length) {
  rmSync(scratch, { recursive: true, force: true });
  console.error(`Search indexing failed: ${[...errors, ...(added?.errors ?? []), ...(written?.errors ?? [])].join('; ')}`);
  console.error(`The search index was not written; ${unchanged()}.`);
  process.exit(1);
}
console.log(`Indexed ${added.page_count} pages for search.`);

const previous = `${outDir}.previous`;
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(scratch, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`\nBuilt the site into ${outName}/. Preview it with: npm run preview`);
