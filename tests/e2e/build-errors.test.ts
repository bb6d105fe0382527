import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must } from '../support';
import { backgroundResult, windowsSavedLetter, type JobResult } from './support/background';
import { root } from './support/site';
import { removeScratchFolders } from './support/build';

// The content check itself is tested in-process (tests/unit/lib/content-check.test.ts, letter-file.test.ts);
// these few real builds show that the build runs it, stops readably, and never publishes a partial site.
// The builds are the background job `build-errors` (support/background.ts), which the run starts as it begins; its
// valid build is the corpus build that corpus.test.ts reads, one of whose letters is saved as a Windows editor saves it.
const stackTrace = /^\s+at .*:\d+:\d+\)?$/m;
const lettersIn = (output: string) => output.split('\n').filter((l) => l.includes('.mdx'));

let builds: JobResult<'build-errors'>;
beforeAll(async () => {
  builds = await backgroundResult('build-errors');
});
afterAll(removeScratchFolders);

describe('building the site from content', () => {
  it('builds a page for a valid letter, saved by a Windows editor with a byte-order mark and CRLF line ends', () => {
    const { good } = builds;
    expect(good.status, good.output).toBe(0);
    const source = readFileSync(`${root}tests/fixtures/corpus/letters/${windowsSavedLetter}.mdx`, 'utf8');
    const page = readFileSync(`${good.outDir}/letters/${windowsSavedLetter}/index.html`, 'utf8');
    expect(page).toContain('At a regional level we have identified the following key strengths and areas for improvement:');
    expect(source, 'the letter as committed has Unix line ends; the build reads a copy saved with CRLF').not.toContain('\r');
    expect(page, 'no carriage return or byte-order mark reaches the page').not.toMatch(/[\r\ufeff]/);
  });

  it('reads the log of the real Astro: its page lines are recognised, so a failed build could name its page', () => {
    const { good } = builds;
    expect(good.status, good.output).toBe(0);
    expect(good.output).toMatch(/^Astro: \d+ pages in /m);
    expect(good.output).not.toContain("recognised none of Astro's page lines");
  });

  it('stops on a letter whose version is not recorded, naming the file and the command that records it', () => {
    const { unrecorded } = builds;
    expect(unrecorded.status).toBe(1);
    expect(lettersIn(unrecorded.output)).toEqual([
      expect.stringMatching(
        /synthetic-north-east-2024-01\.mdx: no version of this letter is recorded in .*letter-versions\.json; run `npm run record-versions`/,
      ),
    ]);
    expect(unrecorded.output).not.toMatch(stackTrace);
  });

  it('stops on an invalid letter with one line naming file, line, field and problem, and no stack trace', () => {
    const { invalid } = builds;
    expect(invalid.status).toBe(1);
    expect(lettersIn(invalid.output)).toEqual([
      expect.stringMatching(/invalid-score-mismatch\.mdx:\d+: pdus\[0\]\.score\.points: stated score 6 does not equal 5/),
    ]);
    expect(invalid.output).not.toMatch(stackTrace);
  });

  it('refuses a body expression that would stop Astro early, before anything runs, and leaves the previous site intact', () => {
    expect(builds.good.status, builds.good.output).toBe(0);
    const bad = must(builds.bodyExpression, 'the body-expression build (run only after the valid build succeeds)');
    expect(bad.status).toBe(1);
    expect(lettersIn(bad.output)).toEqual([
      expect.stringMatching(/synthetic-north-east-2024-01\.mdx:\d+: an expression \{…\} \(JavaScript\) is not allowed in a letter body/),
    ]);
    expect(readFileSync(join(bad.outDir, 'index.html'), 'utf8')).toBe(bad.previousIndex);
    expect(existsSync(`${bad.outDir}.building`)).toBe(false);
  });

  it('does not publish a build that stopped early with exit 0, and lists what is missing', () => {
    expect(builds.good.status, builds.good.output).toBe(0);
    const early = must(builds.stoppedEarly, 'the stopped-early build (run only after the valid build succeeds)');
    expect(early.status).toBe(1);
    expect(early.output).toMatch(
      /The build is incomplete: 2 of 4 expected files are missing, so it was not published; the previous site in .* is unchanged/,
    );
    expect(early.output).toMatch(/missing: letters\/x-2024-01\/index\.html/);
    expect(readFileSync(join(early.outDir, 'index.html'), 'utf8')).toBe(early.previousIndex);
    expect(existsSync(`${early.outDir}.building`)).toBe(false);
  });

  it('publishes nothing when Astro built a page the route table does not list, naming the page', () => {
    const unlisted = must(builds.unlistedPage, 'the build with an unlisted page (run only after the valid build succeeds)');
    expect(unlisted.status).toBe(1);
    expect(unlisted.output).toMatch(
      /Astro built 1 page the route table \(src\/lib\/publishing\/routes\.ts\) does not list, so the build was not published; the previous site in .* is unchanged/,
    );
    expect(unlisted.output).toMatch(/not in the route table: stray\/index\.html/);
    expect(readFileSync(join(unlisted.outDir, 'index.html'), 'utf8')).toBe(unlisted.previousIndex);
    expect(existsSync(`${unlisted.outDir}.building`)).toBe(false);
  });

  it('stops when two letters use the same finding id, naming both files', () => {
    const { duplicateId } = builds;
    expect(duplicateId.status).toBe(1);
    expect(duplicateId.output).toMatch(
      /synthetic-north-east-2024-02\.mdx:\d+: findings\[0\]\.id: "synthetic-north-east-2024-01-staff-strength-1" is already used by .*synthetic-north-east-2024-01\.mdx; ids must be unique across the site/,
    );
    expect(duplicateId.output).not.toMatch(stackTrace);
  });
});
