import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { drawImages, imageCacheDir } from '../../../src/cli/images.mjs';
import { imageFontFamily, imageFontFiles } from '../../../src/lib/typesetting/fonts';

const work = mkdtempSync(join(tmpdir(), 'pi-images-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const svg = (word: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="63"><rect width="120" height="63" fill="#fff"/><text x="4" y="30" font-family="Inspection Sans" font-size="20">${word}</text></svg>`;
const list = (name: string, jobs: { file: string; svg: string; zoom: number }[]) => {
  const file = join(work, `${name}.json`);
  writeFileSync(file, JSON.stringify({ fontFiles: imageFontFiles, fontFamily: imageFontFamily, jobs }));
  return file;
};
const size = (file: string) => {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};

describe('the build’s image step', () => {
  const cache = join(work, 'cache');
  const jobs = [
    { file: 'cards/a.png', svg: svg('Good'), zoom: 1 },
    { file: 'charts/b.png', svg: svg('Inadequate'), zoom: 2 },
  ];

  it('draws each PNG at its zoom into the output, on worker threads', async () => {
    const line = await drawImages(list('first', jobs), join(work, 'out1'), cache);
    expect(line).toMatch(/^Images: 2 PNGs \(2 drawn in [\d.]+ s, [\d.]+ ms of CPU each, 0 from the cache\) in [\d.]+ s$/);
    expect(size(join(work, 'out1/cards/a.png'))).toEqual({ width: 120, height: 63 });
    expect(size(join(work, 'out1/charts/b.png'))).toEqual({ width: 240, height: 126 });
  });

  it('draws an unchanged SVG never again: the next build takes it from the cache, byte for byte', async () => {
    const changed = [...jobs, { file: 'cards/c.png', svg: svg('Outstanding'), zoom: 1 }];
    const line = await drawImages(list('second', changed), join(work, 'out2'), cache);
    expect(line).toMatch(/^Images: 3 PNGs \(1 drawn in [\d.]+ s, [\d.]+ ms of CPU each, 2 from the cache\)/);
    expect(readFileSync(join(work, 'out2/cards/a.png'))).toEqual(readFileSync(join(work, 'out1/cards/a.png')));
  });

  it('keeps in its cache only the PNGs the last build used, and the output it linked keeps its bytes', async () => {
    const only = [{ file: 'cards/a.png', svg: svg('Good'), zoom: 1 }];
    const line = await drawImages(list('third', only), join(work, 'out3'), cache);
    expect(line).toMatch(/^Images: 1 PNGs \(0 drawn in [\d.]+ s, 1 from the cache, 2 no longer used removed from it\)/);
    const cached = readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.png'));
    expect(cached).toHaveLength(1);
    expect(size(join(work, 'out2/cards/c.png'))).toEqual({ width: 120, height: 63 });
  });

  it('stops, naming the image, when an SVG cannot be drawn', async () => {
    const broken = [{ file: 'cards/broken.png', svg: '<svg xmlns="http://www.w3.org/2000/svg" width="10"', zoom: 1 }];
    await expect(drawImages(list('broken', broken), join(work, 'out3'), cache)).rejects.toThrow(/^cards\/broken\.png: /);
    expect(existsSync(join(work, 'out3/cards/broken.png'))).toBe(false);
  });

  it('says so, and draws nothing, when the content check wrote no list', async () => {
    expect(await drawImages(join(work, 'none.json'), join(work, 'out4'), cache)).toBe(
      'Images: none drawn (the content check wrote no list of images)',
    );
  });

  it('keeps its cache beside Astro’s when PI_CACHE_DIR names one, else under node_modules/.cache', () => {
    expect(imageCacheDir({ PI_CACHE_DIR: '/x/cache' })).toBe('/x/cache/images');
    expect(imageCacheDir({})).toMatch(/node_modules\/\.cache\/probation-inspections\/images$/);
  });
});
