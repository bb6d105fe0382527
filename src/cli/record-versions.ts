/**
 * `npm run record-versions`: records the version (SHA-256 and today's date-time) of every letter entry whose text
 * is new or has changed since it was last recorded, in content/letter-versions.json, and removes records of letters
 * that no longer exist. The feeds and the sitemap date each letter from it. Run it after correcting an entry by
 * hand; `npm run import` records the entries it writes. Letters the content check refuses for another reason are
 * not recorded: mend them first. The work is recordVersions (src/lib/model/record-versions.ts).
 */
import { resolve } from 'node:path';
import { recordVersions } from '../lib/model/record-versions';
import { siteConfig } from '../site.config';

const { stdout, stderr, status } = recordVersions(resolve(siteConfig.contentDir), siteConfig.contentDir, new Date());
for (const line of stdout) console.log(line);
for (const line of stderr) console.error(line);
process.exitCode = status;
