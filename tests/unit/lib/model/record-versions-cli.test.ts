import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContentDir, formatProblem } from '../../../../src/lib/checking/content-check';
import { entryContentHash, loadLetterVersions } from '../../../../src/lib/model/letter-versions';
import { recordVersions } from '../../../../src/lib/checking/version-recorder';
import { root, runScript } from '../../../support';

let contentDir: string;
const id = 'greater-manchester-2023-05';
const entryFile = () => join(contentDir, 'letters', `${id}.mdx`);
beforeEach(() => {
  contentDir = join(mkdtempSync(join(tmpdir(), 'pi-versions-')), 'content');
  cpSync(`${root}content`, contentDir, { recursive: true });
});
afterEach(() => rmSync(join(contentDir, '..'), { recursive: true, force: true }));

// One run of the real command line (a Node process with tsx, which on a loaded two-core machine takes seconds);
// everything it decides is recordVersions, tested in-process below.
describe('npm run record-versions, run as a command', { timeout: 60_000 }, () => {
  it('records a corrected letter’s new version, after which the content check passes', async () => {
    const before = loadLetterVersions(contentDir)[id];
    const corrected = readFileSync(entryFile(), 'utf8').replace('Dear Chris,', 'Dear Chris');
    writeFileSync(entryFile(), corrected);
    expect(checkContentDir(contentDir, { root: contentDir }).problems.map(formatProblem)).toEqual([
      expect.stringContaining('has changed since its version was recorded'),
    ]);

    const run = await runScript('record-versions', [], contentDir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const after = loadLetterVersions(contentDir)[id];
    expect(after?.sha256).toBe(entryContentHash(corrected));
    expect(after?.recorded).not.toBe(before?.recorded);
    expect(run.stdout).toContain(`Recorded ${id} at ${after?.recorded}`);
    expect(checkContentDir(contentDir, { root: contentDir }).problems).toEqual([]);
  });
});

describe('recording versions', () => {
  const now = new Date('2026-03-04T05:06:07Z');

  it('records a corrected letter at the time given, and changes nothing when run again', () => {
    writeFileSync(entryFile(), readFileSync(entryFile(), 'utf8').replace('Dear Chris,', 'Dear Chris'));
    const first = recordVersions(contentDir, 'content', now);
    expect(first).toEqual({
      stdout: [`Recorded ${id} at 2026-03-04T05:06:07Z`, 'content/letter-versions.json: 1 version recorded, 0 records removed.'],
      stderr: [],
      status: 0,
    });
    const after = readFileSync(join(contentDir, 'letter-versions.json'), 'utf8');
    expect(recordVersions(contentDir, 'content', new Date('2026-05-01T00:00:00Z'))).toEqual({
      stdout: ['Every letter’s version is already recorded.'],
      stderr: [],
      status: 0,
    });
    expect(readFileSync(join(contentDir, 'letter-versions.json'), 'utf8')).toBe(after);
  });

  it('removes the record of a letter whose file is gone, and says so', () => {
    rmSync(entryFile());
    // Its published ids are withdrawn with it, as an editor must (else the check refuses the content).
    writeFileSync(join(contentDir, 'published-ids.json'), JSON.stringify({ letters: [], findings: [], recommendations: [] }));
    expect(recordVersions(contentDir, 'content', now)).toEqual({
      stdout: [`Removed the record of ${id}, which no letter has`, 'content/letter-versions.json: 0 versions recorded, 1 record removed.'],
      stderr: [],
      status: 0,
    });
    expect(loadLetterVersions(contentDir)).toEqual({});
  });

  it('stops on a broken versions file with one line naming it, and leaves it for git to mend', () => {
    writeFileSync(join(contentDir, 'letter-versions.json'), '{ "x": ');
    const outcome = recordVersions(contentDir, 'content', now);
    expect(outcome.status).toBe(1);
    expect(outcome.stdout).toEqual([]);
    expect(outcome.stderr).toEqual([expect.stringMatching(/letter-versions\.json: cannot be read as JSON .*restore it from git$/)]);
    expect(readFileSync(join(contentDir, 'letter-versions.json'), 'utf8')).toBe('{ "x": ');
  });

  it('does not record a letter the content check refuses for another reason, keeps its earlier record, and lists that problem', () => {
    const text = readFileSync(entryFile(), 'utf8');
    writeFileSync(
      entryFile(),
      text.replace(/^(\s*points: )(\d+)/m, (_, lead: string, n: string) => `${lead}${Number(n) + 1}`),
    );
    const before = readFileSync(join(contentDir, 'letter-versions.json'), 'utf8');
    const outcome = recordVersions(contentDir, 'content', now);
    expect(outcome.status).toBe(1);
    expect(outcome.stderr[0]).toBe('The content has 1 other problem; letters with a problem were not recorded:');
    expect(outcome.stderr.slice(1)).toEqual([expect.stringMatching(/greater-manchester-2023-05\.mdx:\d+: .*points/)]);
    expect(readFileSync(join(contentDir, 'letter-versions.json'), 'utf8')).toBe(before);
  });
});
