/**
 * The remark plugin that marks the editors' corrections in a letter's narrative: after each paragraph, heading or
 * list whose words differ from the import record (content/imports/<id>.mdx), and where an imported block was removed,
 * it places `<BodyCorrection letter="<id>" n="<n>" />`, which the letter page renders (src/components/BodyCorrection.astro)
 * with the text as imported. The record is found beside the letters folder and must be the text the entry's
 * importedSha256 names (the content check has refused any other before the build); the build hands the compiler that
 * hash with the frontmatter (src/integrations/mdx-frontmatter.ts), so a compiled letter kept between builds is
 * compiled afresh when its record changes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { letterSchema } from '../../schemas/letter';
import { parseFrontmatter, splitEntry } from '../checking/letter-file';
import { blocksOf, bodyChanges, parseBody, type MdxNode } from '../corrections/corrected-body';
import { importHash, importsFolder } from '../corrections/import-record';
import { must } from '../must';

/** The component the plugin places, which the letter page passes to the compiled body. */
export const bodyCorrectionComponent = 'BodyCorrection';

/** Places a marker after each changed block of `tree` (a body's syntax tree), given the import record's text. */
export function markBodyCorrections(tree: MdxNode, letterId: string, record: string): void {
  const split = splitEntry(record.replace(/\r\n?/g, '\n'));
  if ('problem' in split) throw new Error(`the import record of ${letterId}: ${split.problem}`);
  const imported = letterSchema.parse(parseFrontmatter(split.yaml));
  const entryBlocks = blocksOf(tree);
  const changes = bodyChanges(entryBlocks, blocksOf(parseBody(split.body.replace(/^\n+/, ''))), imported.footnotes);
  const children = tree.children ?? [];
  // Last first, so each insertion leaves the places of the earlier ones as they were.
  for (const change of [...changes].reverse()) {
    const at = change.after < 0 ? 0 : must(entryBlocks[change.after], `block ${change.after} of ${letterId}`).child + 1;
    children.splice(at, 0, {
      type: 'mdxJsxFlowElement',
      name: bodyCorrectionComponent,
      attributes: [
        { type: 'mdxJsxAttribute', name: 'letter', value: letterId },
        { type: 'mdxJsxAttribute', name: 'n', value: String(change.n) },
      ],
      children: [],
    });
  }
}

/** The remark plugin: for a letter whose frontmatter names an import record, marks the blocks that differ from it. */
export function remarkCorrections() {
  return (tree: unknown, file: { path?: string | undefined; value?: unknown; data?: unknown }) => {
    const sha256 = (file.data as { astro?: { frontmatter?: { importedSha256?: unknown } } } | undefined)?.astro?.frontmatter
      ?.importedSha256;
    if (typeof sha256 !== 'string' || !file.path) return;
    const letterId = basename(file.path, '.mdx');
    const recordPath = join(dirname(dirname(file.path)), importsFolder, `${letterId}.mdx`);
    // No record: the content check has made sure the entry is then exactly what the importer wrote (its own hash
    // proves it), so there is nothing to mark.
    if (!existsSync(recordPath)) return;
    const record = readFileSync(recordPath, 'utf8');
    // The content check names the file and says how to mend it; this only keeps `npm run dev` from marking against the wrong text.
    if (importHash(record) !== sha256)
      throw new Error(`${file.path}: its import record ${recordPath} is not the text its importedSha256 names (run \`npm run check\`)`);
    const entryBody = String(file.value ?? '')
      .replace(/\r\n?/g, '\n')
      .trimStart();
    const split = splitEntry(record.replace(/\r\n?/g, '\n'));
    if (!('problem' in split) && split.body.trimStart() === entryBody) return;
    markBodyCorrections(tree as MdxNode, letterId, record);
  };
}
