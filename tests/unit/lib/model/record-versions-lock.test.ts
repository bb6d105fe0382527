import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockFileName } from '../../../../src/lib/content-lock';
import { writeLetterVersions } from '../../../../src/lib/model/letter-versions';
import { WriteError } from '../../../../src/lib/write-files';
import { root, runScript } from '../../../support';

let contentDir: string;
beforeEach(() => {
  contentDir = join(mkdtempSync(join(tmpdir(), 'pi-versions-lock-')), 'content');
  cpSync(`${root}content`, contentDir, { recursive: true });
});
afterEach(() => rmSync(join(contentDir, '..'), { recursive: true, force: true }));

describe('npm run record-versions while an import runs', { timeout: 60_000 }, () => {
  it('is refused, naming the lock file and the process holding it, and records nothing', async () => {
    const entry = join(contentDir, 'letters/greater-manchester-2023-05.mdx');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('Dear Chris,', 'Dear Chris'));
    const versions = readFileSync(join(contentDir, 'letter-versions.json'), 'utf8');
    const lock = join(contentDir, lockFileName);
    const since = '2026-01-02T03:04:05Z';
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), command: 'npm run import', since, token: 'test' }));

    const run = await runScript('record-versions', [], contentDir);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      `${lock}: another import is running: process ${process.pid} (npm run import, since ${since}) holds this lock; wait for it to finish and try again (if process ${process.pid} is not npm run import, delete ${lock}); no version was recorded`,
    );
    expect(readFileSync(join(contentDir, 'letter-versions.json'), 'utf8')).toBe(versions);
  });
});

describe('writing letter-versions.json', () => {
  it('says the file is as it was, and leaves no temporary file, when it cannot be written', () => {
    const file = join(contentDir, 'letter-versions.json');
    rmSync(file);
    mkdirSync(join(file, 'in-the-way'), { recursive: true });
    const before = readdirSync(contentDir).sort();
    expect(() => writeLetterVersions(contentDir, {})).toThrow(WriteError);
    expect(() => writeLetterVersions(contentDir, {})).toThrow(
      /letter-versions\.json: cannot be written \(EISDIR.*\); nothing was written: the file is as it was before, and no temporary file is left$/,
    );
    expect(readdirSync(contentDir).sort()).toEqual(before);
  });
});
