import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { letterLayoutSchema, type LetterLayout } from '../schemas/letter-layout';
import { slugify } from '../lib/ids';
import { formatIssues } from '../lib/issues';
import type { Reference } from '../lib/reference';

/** Reads and checks `letter-layout.json` from a reference folder: every section heading must have a domain mapping. */
export function loadLetterLayout(dir: string, reference: Pick<Reference, 'sections'>): LetterLayout {
  const file = join(dir, 'letter-layout.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot be read as JSON: ${(error as Error).message}`);
  }
  const parsed = letterLayoutSchema.safeParse(raw);
  if (!parsed.success) throw new Error(formatIssues(file, parsed.error.issues));
  const mapped = new Set(reference.sections.map((s) => s.section));
  const unmapped = parsed.data.sectionHeadings.filter((h) => !mapped.has(slugify(h)));
  if (unmapped.length) {
    throw new Error(unmapped.map((h) => `${file}: sectionHeadings: "${h}" has no entry "${slugify(h)}" in ${join(dir, 'sections.json')}`).join('\n'));
  }
  return parsed.data;
}
