import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkContentDir, formatProblem } from './content-check';
import { count } from '../language/vocabulary';
import {
  dropStaleVersions,
  letterVersionsFile,
  loadLetterVersions,
  recordLetterVersions,
  writeLetterVersions,
} from '../model/letter-versions';

/** What `npm run record-versions` did: the lines it prints to stdout and stderr, and its exit status. */
export interface RecordVersionsOutcome {
  stdout: string[];
  stderr: string[];
  status: 0 | 1;
}

/**
 * The work of `npm run record-versions` over a content folder (`shownDir` is how its messages name the folder):
 * records the version of every letter entry that is new or has changed, dated `now`, and removes records of letters
 * that no longer exist. A broken versions file stops it with one line and is left for git to mend; letters the
 * content check refuses for another reason are not recorded, and those problems are listed (exit status 1).
 */
export function recordVersions(contentDir: string, shownDir: string, now: Date): RecordVersionsOutcome {
  const { problems: others, letters } = checkContentDir(contentDir, { versions: false });
  const entries = letters.map(({ letter }) => ({
    id: letter.id,
    text: readFileSync(join(contentDir, 'letters', `${letter.id}.mdx`), 'utf8'),
  }));
  let previous;
  try {
    previous = loadLetterVersions(contentDir);
  } catch (error) {
    // One line per problem, naming the file: a broken versions file is mended from git, not overwritten.
    return { stdout: [], stderr: [(error as Error).message], status: 1 };
  }
  const { versions, recorded } = recordLetterVersions(previous, entries, now);
  // A record is dropped only when its letter's file is gone: a letter refused for now keeps its first recorded date.
  const files = readdirSync(join(contentDir, 'letters'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => basename(f, '.mdx'));
  const { versions: kept, dropped } = dropStaleVersions(versions, files);
  if (recorded.length || dropped.length) writeLetterVersions(contentDir, kept);
  const stdout = [
    ...recorded.map((id) => `Recorded ${id} at ${kept[id]?.recorded}`),
    ...dropped.map((id) => `Removed the record of ${id}, which no letter has`),
    recorded.length || dropped.length
      ? `${join(shownDir, letterVersionsFile)}: ${count(recorded.length, 'version')} recorded, ${count(dropped.length, 'record')} removed.`
      : 'Every letter’s version is already recorded.',
  ];
  if (!others.length) return { stdout, stderr: [], status: 0 };
  return {
    stdout,
    stderr: [
      `The content has ${count(others.length, 'other problem')}; letters with a problem were not recorded:`,
      ...others.map(formatProblem),
    ],
    status: 1,
  };
}
