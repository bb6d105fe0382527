/** `npm run check`: the content check the build runs (src/lib/checking/content-check.ts), without building. Exits non-zero on any problem. */
import { resolve } from 'node:path';
import { checkContentDir, formatProblem } from '../lib/checking/content-check';
import { siteConfig } from '../site.config';
import { count } from '../lib/language/vocabulary';

const { problems } = checkContentDir(resolve(siteConfig.contentDir));
for (const p of problems) console.error(formatProblem(p));
console.log(problems.length ? count(problems.length, 'problem') : 'The content is valid.');
process.exit(problems.length ? 1 : 0);
