import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Letter } from '../schemas/letter';
import { readLetterFile } from '../lib/letter-file';
import { loadReference, type Reference } from '../lib/reference';
import { idsOf, publishIds } from '../lib/registry';
import { ImportError } from './errors';
import { parseLetter } from './parse-letter';
import { writeLetterMdx } from './write-mdx';

/** Reads the entry a previous import wrote, so its ids are kept. */
function readPrevious(file: string, reference: Reference): Letter | undefined {
  if (!existsSync(file)) return undefined;
  const result = readLetterFile(file, readFileSync(file, 'utf8'), reference);
  if (!result.ok) throw new Error(`${result.errors.join('\n')}\n${file}: the existing entry is not valid, so its ids cannot be kept; fix or remove it first`);
  return result.letter;
}

/** Imports one seed into content/letters/<id>.mdx. Returns the path written. */
export function importSeed(seedPath: string, root = process.cwd()): string {
  const contentDir = process.env.PI_CONTENT_DIR ? resolve(root, process.env.PI_CONTENT_DIR) : join(root, 'content');
  const reference = loadReference(join(contentDir, 'reference'));
  const file = relative(root, resolve(root, seedPath)).split('\\').join('/');
  if (!existsSync(seedPath)) throw new Error(`${seedPath}: no such file`);
  const text = readFileSync(seedPath, 'utf8');
  // A first pass finds the entry's id; a second keeps the ids a previous import of the same letter gave.
  const first = parseLetter(text, { file, reference });
  const target = join(contentDir, 'letters', `${first.letter.id}.mdx`);
  const previous = readPrevious(target, reference);
  const { letter, blocks } = previous ? parseLetter(text, { file, reference, previous }) : first;
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(`${target}.tmp`, writeLetterMdx(letter, blocks));
  renameSync(`${target}.tmp`, target);
  // Once imported, the letter's ids are published: every later build must keep them resolving.
  publishIds(contentDir, idsOf([letter]));
  return target;
}

const seeds = process.argv.slice(2);
if (!seeds.length) {
  console.error('usage: npm run import -- seeds/<file>.txt [more files]');
  process.exit(2);
}
let failed = false;
for (const seed of seeds) {
  try {
    const target = importSeed(seed);
    console.log(`${seed} -> ${relative(process.cwd(), target)}`);
  } catch (error) {
    failed = true;
    console.error(error instanceof ImportError || error instanceof Error ? error.message : String(error));
  }
}
process.exit(failed ? 1 : 0);
