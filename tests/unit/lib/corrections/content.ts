import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLetterFile } from '../../../../src/lib/checking/letter-file';
import type { Letter } from '../../../../src/schemas/letter';
import { must, reference, root } from '../../../support';
import { seedFile } from '../../../fixtures/corrections/catalogue';

/**
 * A scratch content folder with the reference data, the given entry as the seed letter and, unless `record` is
 * null, an import record (the committed seed's by default): for the tests of the corrections.
 */
export function contentWith(scratch: string, entry: string, record: string | null): string {
  const dir = mkdtempSync(join(scratch, 'content-'));
  cpSync(join(root, 'content/reference'), join(dir, 'reference'), { recursive: true });
  mkdirSync(join(dir, 'letters'));
  writeFileSync(join(dir, 'letters', seedFile), entry);
  if (record !== null) {
    mkdirSync(join(dir, 'imports'));
    writeFileSync(join(dir, 'imports', seedFile), record);
  }
  return dir;
}

/** A scratch folder for a test file's content folders. */
export const scratchFolder = (name: string) => mkdtempSync(join(tmpdir(), `${name}-`));

/** An entry's letter, read and checked as the build reads it. */
export function letterOf(text: string): Letter {
  const read = readLetterFile(seedFile, text, reference);
  if (!read.ok) throw new Error(read.errors.join('\n'));
  return must(read.letter, 'the letter');
}
