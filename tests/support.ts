import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { NarrativeParagraph } from '../src/lib/checking/body-narrative';
import { bodyNarrative } from '../src/lib/checking/checked-narratives';
import { readLetterFile, splitEntry } from '../src/lib/checking/letter-file';
import { loadReference } from '../src/lib/model/reference';
import { buildSiteModel, type SiteModel } from '../src/lib/model/site-model';
import type { Letter } from '../src/schemas/letter';

/** The project root, with a trailing slash. */
export const root = fileURLToPath(new URL('../', import.meta.url));
/** The seed letter as published. */
export const seedFile = 'seeds/000_2024088064c08f13.txt';
/** The seed's text. */
export const seedText = readFileSync(`${root}${seedFile}`, 'utf8');
/** The committed reference data. */
export const reference = loadReference(`${root}content/reference`);
/** Reads a file under tests/fixtures. */
export const fixture = (path: string) => readFileSync(`${root}tests/fixtures/${path}`, 'utf8');
/** A value a test needs to be there, or an Error naming what is missing (the test then fails saying so). */
export { must } from '../src/lib/must';

/** Every letter entry in a folder (content/letters by default), read and checked, or an Error listing the problems. */
export function lettersIn(dir = `${root}content/letters`): Letter[] {
  return readdirSync(dir).map((file) => {
    const r = readLetterFile(file, readFileSync(`${dir}/${file}`, 'utf8'), reference);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    return r.letter;
  });
}

/** Each letter's narrative in a folder (content/letters by default), as the content check reads it from the letter's body. */
export function narrativesIn(dir = `${root}content/letters`): Map<string, NarrativeParagraph[]> {
  const letters = lettersIn(dir);
  return new Map(
    readdirSync(dir).map((file, i) => {
      const letter = letters[i];
      if (!letter) throw new Error(`No letter was read from ${file}`);
      const split = splitEntry(readFileSync(`${dir}/${file}`, 'utf8'));
      if (!('body' in split)) throw new Error(`${file} has no body`);
      return [letter.id, bodyNarrative(split.body, letter)];
    }),
  );
}

/** The site model of the letters in a folder (content/letters by default), as the build makes it. */
export function modelOf(dir?: string): SiteModel {
  return buildSiteModel(lettersIn(dir), reference);
}

/** The npm scripts a test runs as commands. */
const scripts = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: Record<string, string> }).scripts;

/**
 * Runs an npm script (`import`, `record-versions`, …) as `npm run <name> -- <args>` runs it, against a content folder,
 * and collects its output: the script's own command from package.json, its `node` the Node running the tests (the
 * project's, as under npm), without npm's own start-up.
 */
export function runScript(
  name: 'import' | 'check' | 'record-versions',
  args: readonly string[],
  contentDir: string,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const [command, ...words] = (scripts[name] ?? '').split(' ');
  if (command !== 'node') throw new Error(`runScript runs node commands; npm run ${name} is: ${scripts[name] ?? '(none)'}`);
  const child = spawn(process.execPath, [...words, ...args], {
    cwd: root,
    env: { ...process.env, PI_CONTENT_DIR: contentDir },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stdout, stderr }));
  });
}
