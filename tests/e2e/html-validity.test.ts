import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findJava } from './support/java';
import { distDir } from './support/site';

const jar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

describe('the built HTML', () => {
  it('has no errors in the Nu HTML Checker', () => {
    const result = spawnSync(findJava(), ['-jar', jar, '--errors-only', '--format', 'gnu', '--skip-non-html', distDir], {
      encoding: 'utf8',
    });
    const errors = `${result.stdout}${result.stderr}`.split('\n').filter((line) => line.trim());
    expect(errors).toEqual([]);
    expect(result.status).toBe(0);
  }, 120_000);
});
