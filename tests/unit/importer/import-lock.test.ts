import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ImportError } from '../../../src/importer/errors';
import { importSeed } from '../../../src/importer/import-seed';
import { acquireContentLock, ContentLockedError, lockFileName, type LockHolder } from '../../../src/lib/content-lock';
import { entryContentHash, loadLetterVersions } from '../../../src/lib/model/letter-versions';
import { idsOf, loadRegistry } from '../../../src/lib/model/registry';
import { lettersIn, root, runScript } from '../../support';

let dir: string;
let contentDir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pi-lock-'));
  contentDir = join(dir, 'content');
  cpSync(`${root}content/reference`, join(contentDir, 'reference'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const lockFile = () => join(contentDir, lockFileName);
const seeds = ['synthetic-north-east-2024-03', 'synthetic-wales-2024-10'].map((s) => `tests/fixtures/seeds/${s}.txt`);
/** A lock file as a process holding it writes one. */
const holder = (pid: number, more: Partial<LockHolder> = {}): LockHolder => ({
  pid,
  host: hostname(),
  command: 'npm run import',
  since: '2026-01-02T03:04:05Z',
  token: 'test',
  ...more,
});
/** The id of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid ?? 0;
/** Every letter in the scratch folder has its ids published and its version recorded, and nothing is left over. */
function expectEveryLetterRecorded(ids: readonly string[]) {
  const letters = lettersIn(join(contentDir, 'letters'));
  expect(letters.map((l) => l.id).sort()).toEqual([...ids].sort());
  const published = loadRegistry(contentDir).published;
  const wanted = idsOf(letters);
  for (const kind of ['letters', 'findings', 'recommendations'] as const)
    expect(published[kind]).toEqual(expect.arrayContaining(wanted[kind]));
  const versions = loadLetterVersions(contentDir);
  for (const id of ids)
    expect(versions[id]?.sha256, id).toBe(entryContentHash(readFileSync(join(contentDir, 'letters', `${id}.mdx`), 'utf8')));
  expect(readdirSync(contentDir, { recursive: true }).filter((f) => String(f).endsWith('.tmp') || String(f).endsWith('.lock'))).toEqual([]);
}

describe('one import at a time', () => {
  it('refuses an import while another process holds the lock, naming the lock file and the process, and writes nothing', () => {
    writeFileSync(lockFile(), JSON.stringify(holder(process.pid)));
    let message = '';
    try {
      importSeed(seeds[0] ?? '', { contentDir, root });
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      message = (error as Error).message;
    }
    expect(message).toBe(
      `${lockFile()}: another import is running: process ${process.pid} (npm run import, since 2026-01-02T03:04:05Z) holds this lock; wait for it to finish and try again (if process ${process.pid} is not npm run import, delete ${lockFile()})`,
    );
    expect(readdirSync(contentDir)).toEqual([lockFileName, 'reference']);
  });

  it('takes over a lock left by a process that no longer runs, saying so, and imports', () => {
    const pid = deadPid();
    writeFileSync(lockFile(), JSON.stringify(holder(pid)));
    const warn = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(importSeed(seeds[0] ?? '', { contentDir, root }).outcome).toBe('created');
      expect(warn.mock.calls).toEqual([
        [
          `${lockFile()}: took over the lock left by process ${pid} (npm run import, since 2026-01-02T03:04:05Z), which is no longer running`,
        ],
      ]);
    } finally {
      warn.mockRestore();
    }
    expectEveryLetterRecorded(['north-east-2024-03']);
  });

  it('releases the lock after an import, and after a refused one', () => {
    importSeed(seeds[0] ?? '', { contentDir, root });
    expect(existsSync(lockFile())).toBe(false);
    writeFileSync(join(dir, 'empty.txt'), '');
    expect(() => importSeed(join(dir, 'empty.txt'), { contentDir, root })).toThrow(/the file is empty/);
    expect(existsSync(lockFile())).toBe(false);
  });

  it('refuses a lock file that does not say who holds it, and one held on another machine, rather than take them over', () => {
    writeFileSync(lockFile(), '');
    expect(() => acquireContentLock(contentDir, { command: 'npm run import' })).toThrow(
      new ContentLockedError(
        lockFile(),
        `exists but does not say which process holds it, so another import or record-versions may be running; if none is, delete ${lockFile()} and try again`,
      ),
    );
    writeFileSync(lockFile(), JSON.stringify(holder(deadPid(), { host: 'elsewhere', command: 'npm run record-versions' })));
    expect(() => acquireContentLock(contentDir, { command: 'npm run import' })).toThrow(
      /`npm run record-versions` is running: process \d+ on elsewhere/,
    );
  });

  it('leaves a lock another process took alone when releasing its own', () => {
    const lock = acquireContentLock(contentDir, { command: 'npm run import' });
    writeFileSync(lockFile(), JSON.stringify(holder(process.pid, { token: 'someone else' })));
    lock.release();
    expect(existsSync(lockFile())).toBe(true);
  });
});

// Real processes (Node with tsx): each can take seconds to start on a loaded machine, so no timing is tested.
describe('two imports run at once, as commands', { timeout: 120_000 }, () => {
  it('records both letters’ ids and versions (one refused while the other runs says so, and its retry succeeds)', async () => {
    const runs = await Promise.all(seeds.map((seed) => runScript('import', [seed], contentDir)));
    for (const [i, run] of runs.entries()) {
      if (run.status === 0) continue;
      expect(run.stderr).toMatch(
        /\.import\.lock: another import is running: process \d+ \(npm run import, since [\d-]+T[\d:]+Z\) holds this lock; wait for it to finish and try again/,
      );
      expect(run.stderr).toContain('not imported; nothing was written');
      const retry = await runScript('import', [seeds[i] ?? ''], contentDir);
      expect(retry.status, retry.stderr).toBe(0);
    }
    expectEveryLetterRecorded(['north-east-2024-03', 'wales-2024-10']);
  });
});
