import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadReference } from '../src/lib/model/reference';

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
