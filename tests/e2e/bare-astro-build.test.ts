import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bareBuildRefusal } from '../../src/integrations/check-and-prepare';
import { astroProcessEnv, runProcess, scratchOutDir } from './support/build';

const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

describe('a bare astro build, as a host’s Astro preset runs it', () => {
  it('is refused with the command that builds the whole site, and writes nothing', async () => {
    const outDir = join(scratchOutDir(), 'site');
    const env = { ...process.env, ...astroProcessEnv, PI_OUT_DIR: outDir, PI_EXPECTED_FILES: '' };
    const run = await runProcess(process.execPath, [astro, 'build'], env);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(bareBuildRefusal);
    expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
  }, 60_000);
});
