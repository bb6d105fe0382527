import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { letterLayoutSchema } from '../../schemas/letter-layout';

/**
 * The headings a letter's layout names (content/reference/letter-layout.json): its section headings, sub-headings and
 * finding-list lead-ins, which the PDF reader keeps on lines of their own. None when the file cannot be read: the
 * import then names the reference folder's problem itself.
 */
export function layoutHeadings(contentDir: string): string[] {
  try {
    const layout = letterLayoutSchema.parse(JSON.parse(readFileSync(join(contentDir, 'reference/letter-layout.json'), 'utf8')));
    return [...layout.sectionHeadings, ...layout.subheadings, ...layout.findingLists.strength, ...layout.findingLists.improvement];
  } catch {
    return [];
  }
}
