import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordLetterVersions, writeLetterVersions } from '../../../../src/lib/model/letter-versions';

const content = fileURLToPath(new URL('../../../../content/', import.meta.url));

/**
 * A content folder under `scratch`, like the committed one (reference data, id registry, import records), with `files` as its only
 * letters and each letter's version recorded as `npm run record-versions` would (from `versions`, the letters
 * themselves unless a test wants a stale record): the content checks' tests are about the letters themselves.
 */
export function contentDirWith(
  scratch: string,
  name: string,
  files: Record<string, string | Buffer>,
  versions: Record<string, string | Buffer> = files,
): string {
  const dir = join(scratch, name.replace(/[^a-z0-9]+/gi, '-'));
  cpSync(join(content, 'reference'), join(dir, 'reference'), { recursive: true });
  cpSync(join(content, 'published-ids.json'), join(dir, 'published-ids.json'));
  cpSync(join(content, 'retired-ids.json'), join(dir, 'retired-ids.json'));
  // The seed entry has been edited since its import: the check compares it with its record.
  cpSync(join(content, 'imports'), join(dir, 'imports'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, 'letters', path)), { recursive: true });
    writeFileSync(join(dir, 'letters', path), text);
  }
  const entries = Object.entries(versions).map(([path, text]) => ({ id: basename(path, '.mdx'), text: text.toString() }));
  writeLetterVersions(dir, recordLetterVersions({}, entries, new Date('2026-01-01T00:00:00Z')).versions);
  return dir;
}
