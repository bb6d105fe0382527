import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must } from '../support';
import { backgroundResult, refusedLetters, windowsSavedLetter, type JobResult } from './support/background';
import { root } from './support/site';
import { removeScratchFolders } from './support/build';

// The content check itself is tested in-process (tests/unit/lib/content-check.test.ts, letter-file.test.ts);
// these few real builds show that the build runs it, stops readably, and never publishes a partial site.
// The builds are the background job `build-errors` (support/background.ts), which the run starts as it begins; its
// valid build is the corpus build that corpus.test.ts reads, one of whose letters is saved as a Windows editor saves it.
const stackTrace = /^\s+at .*:\d+:\d+\)?$/m;
const lettersIn = (output: string) => output.split('\n').filter((l) => l.includes('.mdx'));
/** The lines of a build's output that name a letter file first (`<path>:<line>: …` or `<path>: …`): that letter's problems. */
const linesAbout = (output: string, file: string) =>
  output.split('\n').filter((line) => basename(line.split(': ')[0]?.replace(/:\d+$/, '') ?? '') === file);

let builds: JobResult<'build-errors'>;
beforeAll(async () => {
  builds = await backgroundResult('build-errors');
});
afterAll(removeScratchFolders);
const refusedBuild = () => must(builds.refused, 'the build of refused content (run only after the valid build succeeds)');

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

  it('stops on content with a problem of each kind, reporting every one in one run, and leaves the previous site intact', () => {
    const refused = refusedBuild();
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/The content has \d+ problems; nothing was built/);
    const named = new Set(lettersIn(refused.output).flatMap((line) => line.match(/[\w-]+\.mdx/g) ?? []));
    for (const file of [refusedLetters.invalid, refusedLetters.duplicateIds, refusedLetters.bodyExpression, refusedLetters.unrecorded])
      expect(named, `a problem of ${file} is reported`).toContain(file);
    expect(refused.output).not.toMatch(stackTrace);
    expect(readFileSync(join(refused.outDir, 'index.html'), 'utf8')).toBe(refused.previousIndex);
    expect(existsSync(`${refused.outDir}.building`)).toBe(false);
  });

  it('stops on a letter whose version is not recorded, naming the file and the command that records it', () => {
    expect(linesAbout(refusedBuild().output, refusedLetters.unrecorded)).toEqual([
      expect.stringMatching(
        /synthetic-north-east-2024-05\.mdx: no version of this letter is recorded in .*letter-versions\.json; run `npm run record-versions`/,
      ),
    ]);
  });

  it('stops on an invalid letter with one line naming file, line, field and problem', () => {
    expect(linesAbout(refusedBuild().output, refusedLetters.invalid)).toEqual([
      expect.stringMatching(/invalid-score-mismatch\.mdx:\d+: pdus\[0\]\.score\.points: stated score 6 does not equal 5/),
    ]);
  });

  it('refuses a body expression that would stop Astro early, before anything runs', () => {
    expect(linesAbout(refusedBuild().output, refusedLetters.bodyExpression)).toEqual([
      expect.stringMatching(/synthetic-north-east-2024-04\.mdx:\d+: an expression \{…\} \(JavaScript\) is not allowed in a letter body/),
    ]);
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
    const lines = linesAbout(refusedBuild().output, refusedLetters.duplicateIds);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /synthetic-north-east-2024-03\.mdx:\d+: findings\[0\]\.id: "synthetic-north-east-2024-02-staff-strength-1" is already used by .*synthetic-north-east-2024-02\.mdx; ids must be unique across the site/,
      ),
    );
    expect(linesAbout(refusedBuild().output, refusedLetters.first), 'the letter whose ids were used first has no problem').toEqual([]);
  });
});
