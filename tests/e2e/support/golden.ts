import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './site';

const dir = join(root, 'tests/e2e/golden');

/** Tidies SVG for comparison: one element per line, numbers rounded to one decimal, no build-specific attributes. */
export function tidySvg(svg: string): string {
  return svg
    .replace(/\s+data-astro-[a-z-]+(="[^"]*")?/g, '')
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/>\s*</g, '>\n<')
    .trim()
    .concat('\n');
}

/**
 * Compares output with its golden file. A mismatch writes `<name>-changed.<ext>` beside the golden for
 * review (copy it over the golden to accept the change) and returns false. A missing golden is written,
 * and the test fails on CI, where goldens must already be committed.
 */
export function matchesGolden(name: string, actual: string): { ok: boolean; message: string } {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  const changed = file.replace(/(\.[a-z]+)$/, '-changed$1');
  if (!existsSync(file)) {
    writeFileSync(file, actual);
    return { ok: !process.env.CI, message: `no golden file ${name}: wrote it; review and commit it` };
  }
  if (readFileSync(file, 'utf8') === actual) return { ok: true, message: '' };
  writeFileSync(changed, actual);
  return { ok: false, message: `${name} differs from its golden file; the new output is in ${changed.slice(root.length)}` };
}
