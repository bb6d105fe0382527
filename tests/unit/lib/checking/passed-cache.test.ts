import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentDir, formatProblem } from '../../../../src/lib/checking/content-check';
import { contentDirWith as sharedContentDir } from './content-dir';
import type { PassedCache } from '../../../../src/lib/checking/passed-cache';
import { projectDigest } from '../../../../src/lib/build/project-digest';
import { acceptedCases, hostileCases, seedEntry, seedFile } from '../../../fixtures/entries/catalogue';
import { must, root } from '../../../support';

const content = fileURLToPath(new URL('../../../../content/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'passed-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const contentDirWith = (name: string, files: Record<string, string | Buffer>, versions = files) =>
  sharedContentDir(scratch, name, files, versions);

/** A cache folder with the seed kept in it (checked once, so the seed passed), and the cache. */
function warmCache(name: string): PassedCache {
  const cache = { dir: join(scratch, `cache-${name.replace(/[^a-z0-9]+/gi, '-')}`), digest: 'test digest' };
  const seed = contentDirWith(`seed for ${name}`, { [seedFile]: seedEntry });
  expect(checkContentDir(seed, { root: seed, cache }).problems).toEqual([]);
  expect(readdirSync(cache.dir)).toHaveLength(1);
  return cache;
}

describe('the letters the build keeps from one content check to the next', () => {
  it('give the same letters and no problem when taken as kept as when checked afresh', () => {
    const cache = warmCache('same');
    const dir = contentDirWith('same', { [seedFile]: seedEntry });
    const fresh = checkContentDir(dir, { root: dir });
    const kept = checkContentDir(dir, { root: dir, cache });
    expect(kept.problems).toEqual([]);
    expect(kept.letters).toStrictEqual(fresh.letters);
  });

  it('never let a hostile entry pass: each is refused with a warm cache exactly as without one', () => {
    const cache = warmCache('hostile');
    for (const c of hostileCases) {
      const dir = contentDirWith(`hostile ${c.name}`, c.files(seedEntry));
      // The one problem content-check.test.ts expects of the case without a cache, at the same line.
      const lines = checkContentDir(dir, { root: dir, cache }).problems.map(formatProblem);
      expect(lines, c.name).toHaveLength(1);
      expect(lines[0]?.startsWith(`letters/${c.expect.file}:${c.expect.line}: `), c.name).toBe(true);
      for (const mention of c.expect.mentions) expect(lines[0], c.name).toMatch(mention);
    }
  });

  it('accept each unusual but valid entry with a warm cache as without one', () => {
    const cache = warmCache('accepted');
    for (const c of acceptedCases) {
      const dir = contentDirWith(`accepted ${c.name}`, c.files(seedEntry));
      const fresh = checkContentDir(dir, { root: dir });
      const kept = checkContentDir(dir, { root: dir, cache });
      expect(kept.problems.map(formatProblem), c.name).toEqual([]);
      expect(kept.letters, c.name).toStrictEqual(fresh.letters);
    }
  });

  it('still go through the checks across letters: a kept letter with a stale recorded version is refused', () => {
    const cache = warmCache('versions');
    const dir = contentDirWith('stale version', { [seedFile]: seedEntry }, { [seedFile]: `${seedEntry}\nAn older text.\n` });
    const problems = checkContentDir(dir, { root: dir, cache }).problems.map(formatProblem);
    expect(problems).toEqual(checkContentDir(dir, { root: dir }).problems.map(formatProblem));
    expect(problems.join('\n')).toMatch(/record-versions/);
  });

  it('are checked afresh from an entry that is torn, and kept again', () => {
    const cache = warmCache('torn');
    const [entry] = readdirSync(cache.dir);
    writeFileSync(join(cache.dir, must(entry, 'the kept seed')), '{"letter": {"id": "greater-manch');
    const dir = contentDirWith('torn', { [seedFile]: seedEntry });
    const kept = checkContentDir(dir, { root: dir, cache });
    expect(kept.letters).toStrictEqual(checkContentDir(dir, { root: dir }).letters);
    const again = JSON.parse(readFileSync(join(cache.dir, must(entry, 'the kept seed')), 'utf8')) as { letter: unknown };
    expect(again.letter).toStrictEqual(kept.letters[0]?.letter);
  });

  it('are let go when their letter is gone or changed, so the folder holds only the content as it is', () => {
    const cache = warmCache('pruned');
    const dir = contentDirWith('changed', { [seedFile]: `${seedEntry}\n` });
    checkContentDir(dir, { root: dir, cache });
    const after = readdirSync(cache.dir);
    expect(after).toHaveLength(1);
    const none = contentDirWith('none', {});
    mkdirSync(join(none, 'letters'));
    // (The registry then says the seed's published ids no longer resolve; what matters here is the folder.)
    checkContentDir(none, { root: none, cache });
    expect(readdirSync(cache.dir)).toEqual([]);
  });

  it('are kept under a digest that changes with the reference data and the code', () => {
    const reference = join(scratch, 'digest-reference');
    cpSync(join(content, 'reference'), reference, { recursive: true });
    const before = projectDigest(root, 'content check', [reference]);
    expect(projectDigest(root, 'content check', [reference])).toBe(before);
    writeFileSync(join(reference, 'regions.json'), '[]');
    expect(projectDigest(root, 'content check', [reference])).not.toBe(before);
    expect(projectDigest(root, 'another use', [])).not.toBe(projectDigest(root, 'content check', []));
  });
});
