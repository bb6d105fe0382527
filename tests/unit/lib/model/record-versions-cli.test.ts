import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContentDir, formatProblem } from '../../../../src/lib/checking/content-check';
import { entryContentHash, loadLetterVersions } from '../../../../src/lib/model/letter-versions';
import { root, runScript } from '../../../support';

let contentDir: string;
const id = 'greater-manchester-2023-05';
const entryFile = () => join(contentDir, 'letters', `${id}.mdx`);
beforeEach(() => {
  contentDir = join(mkdtempSync(join(tmpdir(), 'pi-versions-')), 'content');
  cpSync(`${root}content`, contentDir, { recursive: true });
});
afterEach(() => rmSync(join(contentDir, '..'), { recursive: true, force: true }));

/** Runs `npm run record-versions` (tsx src/cli/record-versions.ts) as an editor would, against the scratch content folder. */
function recordVersions(): ReturnType<typeof runScript> {
  return runScript('src/cli/record-versions.ts', [], contentDir);
}

// Each test starts the command (a Node process with tsx); on a loaded two-core machine that takes seconds.
describe('npm run record-versions, run as a command', { timeout: 60_000 }, () => {
  it('records a corrected letter’s new version, after which the content check passes, and changes nothing when run again', async () => {
    const before = loadLetterVersions(contentDir)[id];
    const corrected = readFileSync(entryFile(), 'utf8').replace('Dear Chris,', 'Dear Chris');
    writeFileSync(entryFile(), corrected);
    expect(checkContentDir(contentDir, { root: contentDir }).problems.map(formatProblem)).toEqual([
      expect.stringContaining('has changed since its version was recorded'),
    ]);

    const run = await recordVersions();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const after = loadLetterVersions(contentDir)[id];
    expect(after?.sha256).toBe(entryContentHash(corrected));
    expect(after?.recorded).not.toBe(before?.recorded);
    expect(run.stdout).toContain(`Recorded ${id} at ${after?.recorded}`);
    expect(checkContentDir(contentDir, { root: contentDir }).problems).toEqual([]);

    const again = await recordVersions();
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('Every letter’s version is already recorded.');
    expect(loadLetterVersions(contentDir)[id]).toEqual(after);
  });

  it('stops on a broken versions file with one line naming it, and leaves it for git to mend', async () => {
    writeFileSync(join(contentDir, 'letter-versions.json'), '{ "x": ');
    const run = await recordVersions();
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/letter-versions\.json: cannot be read as JSON .*restore it from git$/),
    ]);
    expect(readFileSync(join(contentDir, 'letter-versions.json'), 'utf8')).toBe('{ "x": ');
  });
});
