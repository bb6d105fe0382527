import { createHash } from 'node:crypto';
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

/**
 * A PNG as a golden file can hold it: its width and height (from its IHDR header) and the SHA-256 of its bytes. resvg
 * draws the same bytes from the same SVG, fonts and version (src/cli/images.mjs keys its cache on these).
 */
export function pngGolden(png: Buffer): string {
  const signature = png.subarray(0, 8).toString('hex');
  if (signature !== '89504e470d0a1a0a') throw new Error('not a PNG file');
  return `${png.readUInt32BE(16)} × ${png.readUInt32BE(20)} px\nsha256 ${createHash('sha256').update(png).digest('hex')}\n`;
}
