/**
 * `npm run record-versions`: records the version (SHA-256 and today's date-time) of every letter entry whose text
 * is new or has changed since it was last recorded, in content/letter-versions.json, and removes records of letters
 * that no longer exist. The feeds and the sitemap date each letter from it. Run it after correcting an entry by
 * hand; `npm run import` records the entries it writes. Letters the content check refuses for another reason are
 * not recorded: mend them first.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContentDir, formatProblem } from '../lib/checking/content-check';
import {
  dropStaleVersions,
  letterVersionsFile,
  loadLetterVersions,
  recordLetterVersions,
  writeLetterVersions,
} from '../lib/model/letter-versions';
import { siteConfig } from '../site.config';
import { count } from '../lib/words/vocabulary';

const contentDir = resolve(siteConfig.contentDir);
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
  console.error((error as Error).message);
  process.exit(1);
}
const { versions, recorded } = recordLetterVersions(previous, entries, new Date());
const { versions: kept, dropped } = dropStaleVersions(
  versions,
  letters.map((l) => l.letter.id),
);
if (recorded.length || dropped.length) writeLetterVersions(contentDir, kept);
for (const id of recorded) console.log(`Recorded ${id} at ${kept[id]?.recorded}`);
for (const id of dropped) console.log(`Removed the record of ${id}, which no letter has`);
console.log(
  recorded.length || dropped.length
    ? `${join(siteConfig.contentDir, letterVersionsFile)}: ${count(recorded.length, 'version')} recorded, ${count(dropped.length, 'record')} removed.`
    : 'Every letter’s version is already recorded.',
);
if (others.length) {
  console.error(`The content has ${count(others.length, 'other problem')}; letters with a problem were not recorded:`);
  for (const p of others) console.error(formatProblem(p));
  process.exit(1);
}
