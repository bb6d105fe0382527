/**
 * Issue 23, part 1: the build's caches change nothing but its speed. The seed (with its corrections) is built cold,
 * its caches empty but for the seed's PNGs (background.ts: the PNGs its corrections change are drawn), and again warm
 * from the same content and cache: the real @astrojs/mdx reads each letter's compile back from the MDX cache
 * (src/integrations/mdx-cache.ts), the content check its passed letters, the image step its PNGs, the drawn ones among
 * them. The two sites must be the same, byte for byte, and the warm one must not share a file with a cache.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { backgroundResult } from './support/background';

/** Every file under a folder: its path inside it, and the SHA-256 of its bytes. */
function digests(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

let built: Awaited<ReturnType<typeof backgroundResult<'warm-build'>>>;
beforeAll(async () => {
  built = await backgroundResult('warm-build');
});

describe('a warm build', () => {
  it('reads the letters’ compiled MDX back from the cache the cold build filled', () => {
    expect(readdirSync(join(built.cache, 'mdx')).length).toBeGreaterThan(0);
  });

  it('reads back from the cache the PNGs the cold build drew (those the corrections change), and draws none', () => {
    expect(built.images.cold).toMatch(/^Images: \d+ PNGs \([1-9]\d* drawn in /);
    expect(built.images.warm).toMatch(/^Images: \d+ PNGs \(0 drawn in /);
  });

  it('publishes the same site as a cold build, byte for byte', () => {
    const [cold, warm] = [digests(built.cold), digests(built.warm)];
    expect([...warm.keys()].sort()).toEqual([...cold.keys()].sort());
    const differing = [...cold].filter(([file, hash]) => warm.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
    expect(cold.size).toBeGreaterThan(100);
  });

  it('shares no file with a cache: nothing in the site is a hard link', () => {
    const linked = [...digests(built.warm).keys()].filter((file) => statSync(join(built.warm, file)).nlink > 1);
    expect(linked).toEqual([]);
  });
});
