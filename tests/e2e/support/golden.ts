import { join } from 'node:path';
import { root } from './site';

/** The golden file of a chart: tests/e2e/golden/<name>, compared with toMatchFileSnapshot (`vitest run -u` accepts a change). */
export const goldenFile = (name: string): string => join(root, 'tests/e2e/golden', name);

/** Tidies SVG for comparison: one element per line, numbers rounded to one decimal, no build-specific attributes. */
export function tidySvg(svg: string): string {
  return svg
    .replace(/\s+data-astro-[a-z-]+(="[^"]*")?/g, '')
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/>\s*</g, '>\n<')
    .trim()
    .concat('\n');
}
