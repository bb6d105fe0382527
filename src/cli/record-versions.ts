/**
 * `npm run record-versions`: records the version (SHA-256 and today's date-time) of every letter entry whose text
 * is new or has changed since it was last recorded, in content/letter-versions.json, and removes records of letters
 * that no longer exist. The feeds and the sitemap date each letter from it. Run it after correcting an entry by
 * hand; `npm run import` records the entries it writes. Letters the content check refuses for another reason are
 * not recorded: mend them first. The work is recordVersions (src/lib/model/record-versions.ts); it runs holding the
 * content folder's lock (src/lib/content-lock.ts), so an import running at the same time cannot lose its version.
 */
import { join, resolve } from 'node:path';
import { acquireContentLock, ContentLockedError } from '../lib/content-lock';
import { recordVersions } from '../lib/checking/version-recorder';
import { WriteError } from '../lib/write-files';
import { siteConfig } from '../site.config';

const contentDir = resolve(siteConfig.contentDir);
const shown = (path: string) => (path.startsWith(contentDir) ? join(siteConfig.contentDir, path.slice(contentDir.length)) : path);
try {
  const lock = acquireContentLock(contentDir, { command: 'npm run record-versions', shown, warn: (line) => console.error(line) });
  try {
    const { stdout, stderr, status } = recordVersions(contentDir, siteConfig.contentDir, new Date());
    for (const line of stdout) console.log(line);
    for (const line of stderr) console.error(line);
    process.exitCode = status;
  } finally {
    lock.release();
  }
} catch (error) {
  // A held lock, or a write that failed and was undone (or says what it left): its own lines, no stack trace.
  if (!(error instanceof ContentLockedError || error instanceof WriteError)) throw error;
  console.error(error instanceof WriteError ? error.message : `${error.message}; no version was recorded`);
  process.exitCode = 1;
}
