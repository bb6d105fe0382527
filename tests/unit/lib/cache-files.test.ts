/** Issue 23, part 2: one module writes the caches' files whole and prunes them, for all three caches. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pruneCache, writeWhole } from '../../../src/lib/cache-files';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the caches’ files', () => {
  it('writes a file whole, leaving nothing beside it', () => {
    dir = mkdtempSync(join(tmpdir(), 'pi-cache-'));
    writeWhole(join(dir, 'a.json'), '{"a":1}');
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('{"a":1}');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('leaves no partial file when the write fails, and says so', () => {
    dir = mkdtempSync(join(tmpdir(), 'pi-cache-'));
    expect(() => writeWhole(join(dir, 'missing-folder', 'a.json'), 'x')).toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('prunes every file the build did not use, in nested folders too, and counts them', () => {
    dir = mkdtempSync(join(tmpdir(), 'pi-cache-'));
    mkdirSync(join(dir, 'ab'));
    for (const f of ['ab/keep.png', 'ab/old.png', 'top.json']) writeFileSync(join(dir, f), '');
    expect(pruneCache(dir, (file) => file.endsWith('keep.png'))).toBe(2);
    expect(existsSync(join(dir, 'ab/keep.png'))).toBe(true);
    expect(existsSync(join(dir, 'top.json'))).toBe(false);
  });

  it('prunes nothing from a cache folder that does not exist', () => {
    dir = mkdtempSync(join(tmpdir(), 'pi-cache-'));
    expect(pruneCache(join(dir, 'none'), () => false)).toBe(0);
  });
});
