import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { splitEntry } from '../../../../src/lib/checking/letter-file';
import { blockAsRead, blocksOf, parseBody, type MdxNode } from '../../../../src/lib/corrections/corrected-body';
import { remarkCorrections } from '../../../../src/lib/publishing/remark-corrections';
import {
  correctedParagraph,
  correctedSeed,
  seedCorrections,
  seedEntry,
  seedFile,
  seedImportRecord,
} from '../../../fixtures/corrections/catalogue';
import { must } from '../../../support';
import { contentWith, scratchFolder } from './content';

const scratch = scratchFolder('remark-corrections');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** An entry's MDX body. */
function bodyOf(entry: string): string {
  const split = splitEntry(entry);
  if ('problem' in split) throw new Error(split.problem);
  return split.body;
}

/** Runs the plugin over an entry placed in a content folder beside the seed's record, as the MDX compiler would: the body's tree and the file. */
function marked(entry: string, record: string | null = seedImportRecord): MdxNode {
  const body = bodyOf(entry);
  const tree = parseBody(body);
  const path = join(contentWith(scratch, entry, record), 'letters', seedFile);
  const sha256 = /^importedSha256: "([0-9a-f]{64})"$/m.exec(entry)?.[1];
  remarkCorrections()(tree, { path, value: body, data: { astro: { frontmatter: sha256 ? { importedSha256: sha256 } : {} } } });
  return tree;
}
const markers = (tree: MdxNode) => (tree.children ?? []).filter((n) => n.name === 'BodyCorrection');

describe('the remark plugin that marks corrections in a letter’s narrative', () => {
  it('places one marker, right after the corrected paragraph, naming the letter and the change', () => {
    const tree = marked(correctedSeed(seedCorrections.filter((c) => c.name === 'a paragraph of the narrative')));
    expect(markers(tree)).toHaveLength(1);
    const children = must(tree.children, 'the body’s blocks');
    const at = children.findIndex((n) => n.name === 'BodyCorrection');
    const before = must(children[at - 1], 'the block before the marker');
    expect(blockAsRead({ child: at - 1, kind: 'paragraph', key: '', node: before }, []).text.startsWith(correctedParagraph.corrected)).toBe(
      true,
    );
    expect(children[at]?.attributes).toEqual([
      { type: 'mdxJsxAttribute', name: 'letter', value: 'greater-manchester-2023-05' },
      { type: 'mdxJsxAttribute', name: 'n', value: '1' },
    ]);
  });

  it('places none in a narrative as imported (the seed’s only difference is in its frontmatter)', () => {
    const tree = marked(seedEntry);
    expect(markers(tree)).toEqual([]);
    expect(blocksOf(tree)).toHaveLength(blocksOf(parseBody(bodyOf(seedEntry))).length);
  });

  it('leaves alone an entry exactly as imported whose record is not kept (the content check has proved it unedited)', () => {
    expect(markers(marked(seedImportRecord, null))).toEqual([]);
  });

  it('leaves a letter written by hand alone', () => {
    const handWritten = correctedSeed().replace(/^importedSha256: .*\n/m, '');
    expect(markers(marked(handWritten, null))).toEqual([]);
  });

  it('refuses to mark against a record that is not the one the entry names', () => {
    expect(() => marked(correctedSeed(), seedImportRecord.replace('Dear Chris,', 'Dear Sir,'))).toThrow(
      /is not the text its importedSha256 names/,
    );
  });
});
