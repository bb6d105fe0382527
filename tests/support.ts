import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readLetterFile } from '../src/lib/checking/letter-file';
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

/** The site model of the letters in a folder (content/letters by default), as the build makes it. */
export function modelOf(dir?: string): SiteModel {
  return buildSiteModel(lettersIn(dir), reference);
}
