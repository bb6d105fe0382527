/** `npm run check`: checks the content as the build does, without building. Exits non-zero on any problem. */
import { resolve } from 'node:path';
import { validateContentDir } from '../lib/validate-content';
import { siteConfig } from '../site.config';

const problems = await validateContentDir(resolve(siteConfig.contentDir));
for (const p of problems) console.error(p);
console.log(problems.length ? `${problems.length} problem(s)` : 'The content is valid.');
process.exit(problems.length ? 1 : 0);
