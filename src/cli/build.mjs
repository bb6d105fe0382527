/**
 * `npm run build`: builds the site into a scratch folder beside the output and swaps it in only when
 * the build succeeds, so a failed build leaves the previous site intact. The content is checked first,
 * inside the build (src/integrations/content-check.ts). Plain JavaScript, so it starts at once.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

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
const previous = `${outDir}.previous`;
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(scratch, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`\nBuilt the site into ${outName}/. Preview it with: npm run preview`);
