import { relative, resolve } from 'node:path';
import { ImportError } from './errors';
import { importSeed } from './import-seed';

const usage = 'usage: npm run import -- [--overwrite] seeds/<file>.txt [more files]';
const args = process.argv.slice(2);
const overwrite = args.includes('--overwrite');
const unknown = args.filter((a) => a.startsWith('-') && a !== '--overwrite');
const seeds = args.filter((a) => !a.startsWith('-'));
if (!seeds.length || unknown.length) {
  console.error(unknown.length ? `unknown option ${unknown.join(', ')}\n${usage}` : usage);
  process.exit(2);
}

const contentDir = resolve(process.env.PI_CONTENT_DIR ?? 'content');
let failed = false;
for (const seed of seeds) {
  try {
    const result = importSeed(seed, { contentDir, overwrite });
    console.log(result.summary);
    console.log(`${seed} -> ${relative(process.cwd(), result.target)}`);
  } catch (error) {
    failed = true;
    // An ImportError's message is already one line per problem naming file and line; anything else is one line too.
    console.error(error instanceof ImportError ? error.message : `${seed}: ${(error as Error).message.split('\n')[0]}`);
    console.error(`${seed}: not imported; nothing was written`);
  }
}
process.exit(failed ? 1 : 0);
