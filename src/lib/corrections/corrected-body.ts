/**
 * What an entry's narrative (its MDX body) changed relative to its import record, block by block: each paragraph,
 * heading, list and list component the editors changed, added or removed, with the block as imported. Bodies are
 * read with the MDX parser the content check uses (src/lib/checking/check-body.ts), and blocks are compared as
 * parsed, so re-wrapping a paragraph's lines changes nothing a reader sees and is not a correction.
 */
import { createProcessor } from '@mdx-js/mdx';
import { diffPatch } from 'node-diff3';
import type { Footnote } from '../../schemas/footnote';
import type { BodyChange, ImportedBlock } from '../model/correction-types';

const parser = createProcessor();

/** The parts of an MDX syntax tree (mdast with MDX nodes) this module reads. */
export interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: unknown;
  data?: { estree?: { body?: unknown[] } } & Record<string, unknown>;
}

/** An MDX body's syntax tree. Throws the parser's error on a body that cannot be read (the content check refuses those first). */
export function parseBody(body: string): MdxNode {
  return parser.parse(body) as unknown as MdxNode;
}

/** A top-level block of a body: where it stands among the tree's children, what it is, and how it compares. */
export interface Block {
  /** Its index among the root's children (what a remark plugin inserts after). */
  child: number;
  kind: ImportedBlock['kind'];
  /** What identifies its content: the parsed node without positions, whitespace runs folded. */
  key: string;
  node: MdxNode;
}

/** An MDX comment, `{/* … *\/}`: an expression holding no code. Readers never see it. */
const isComment = (node: MdxNode) =>
  (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && node.data?.estree?.body?.length === 0;

/** The node as compared: no positions or parser data, every run of whitespace in text one space. */
function comparable(node: MdxNode): unknown {
  if (Array.isArray(node)) return node.map((n: MdxNode) => comparable(n));
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'position' || key === 'data') continue;
    if (key === 'value' && typeof value === 'string' && node.type === 'text') out[key] = value.replace(/\s+/g, ' ');
    else if (key === 'children' && Array.isArray(value)) out[key] = (value as MdxNode[]).filter((c) => !isComment(c)).map(comparable);
    else out[key] = typeof value === 'object' && value !== null ? comparable(value as MdxNode) : value;
  }
  return out;
}

const blockKinds: Readonly<Record<string, ImportedBlock['kind']>> = {
  paragraph: 'paragraph',
  heading: 'heading',
  list: 'list',
  mdxJsxFlowElement: 'component',
};

/**
 * The blocks of a body a reader sees, in order: paragraphs, headings, lists and the list components (`<Findings>`,
 * `<Footnotes>`). Comments and link definitions are left out: they show nothing themselves.
 */
export function blocksOf(root: MdxNode): Block[] {
  return (root.children ?? []).flatMap((node, child): Block[] => {
    const kind = blockKinds[node.type];
    return kind ? [{ child, kind, key: JSON.stringify(comparable(node)), node }] : [];
  });
}

/** A literal prop of a component node ("Key strengths:" of heading={"Key strengths:"}), if it has one. */
function propOf(node: MdxNode, name: string): string | undefined {
  const value = node.attributes?.find((a) => a.name === name)?.value;
  if (typeof value === 'string') return value;
  const expression = (value as { value?: unknown } | undefined)?.value;
  if (typeof expression !== 'string') return undefined;
  const literal = /^\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(\d+))\s*$/.exec(expression);
  return literal ? (literal[1] ?? literal[2] ?? literal[3]) : undefined;
}

/** A node's words as a reader sees them; a footnote reference is its marker ("¹"). */
function wordsOf(node: MdxNode, footnotes: readonly Footnote[]): string {
  if (node.type === 'text') return String(node.value ?? '').replace(/\s+/g, ' ');
  if (node.type === 'break') return ' ';
  if (isComment(node)) return '';
  if (node.type === 'mdxJsxTextElement' && node.name === 'FootnoteRef') {
    const n = Number(propOf(node, 'n'));
    return footnotes.find((f) => f.number === n)?.marker ?? `[${n}]`;
  }
  return (node.children ?? []).map((c) => wordsOf(c, footnotes)).join('');
}

/** A block as a reader sees it: its kind and words (a list's items one a line; a list component's heading). */
export function blockAsRead(block: Block, footnotes: readonly Footnote[]): ImportedBlock {
  const { node, kind } = block;
  if (kind === 'list') return { kind, text: (node.children ?? []).map((item) => wordsOf(item, footnotes).trim()).join('\n') };
  if (kind === 'component') return { kind, text: propOf(node, 'heading') ?? '' };
  return { kind, text: wordsOf(node, footnotes).trim() };
}

/**
 * The changes from the imported body's blocks to the entry's, in the entry's order. Runs of blocks that differ are
 * paired in order: a pair is a corrected block (shown with its imported text), an entry block left over was added by the
 * editors, and an imported block left over was removed (shown, with its text, after the entry block before it).
 */
export function bodyChanges(entry: readonly Block[], imported: readonly Block[], importedFootnotes: readonly Footnote[]): BodyChange[] {
  const changes: Omit<BodyChange, 'n' | 'under'>[] = [];
  for (const hunk of diffPatch(
    entry.map((b) => b.key),
    imported.map((b) => b.key),
  )) {
    const mine = hunk.buffer1 as { offset: number; length: number };
    const theirs = hunk.buffer2 as { offset: number; length: number };
    const pairs = Math.max(mine.length, theirs.length);
    for (let i = 0; i < pairs; i++) {
      const at = mine.offset + i;
      const original = i < theirs.length ? imported[theirs.offset + i] : undefined;
      const read = original ? blockAsRead(original, importedFootnotes) : undefined;
      if (i < mine.length) changes.push({ kind: read ? 'corrected' : 'added', after: at, ...(read ? { imported: read } : {}) });
      else if (read) changes.push({ kind: 'removed', after: mine.offset + mine.length - 1, imported: read });
    }
  }
  return changes.map((c, i) => {
    const under = headingBefore(entry, c.kind === 'removed' ? c.after : c.after - 1);
    return { n: i + 1, ...c, ...(under ? { under } : {}) };
  });
}

/** The words of the last heading at or before the entry's block `index` (none before the first heading). */
function headingBefore(blocks: readonly Block[], index: number): string | undefined {
  for (let i = Math.min(index, blocks.length - 1); i >= 0; i--) {
    const block = blocks[i];
    if (block?.kind === 'heading') return blockAsRead(block, []).text;
  }
  return undefined;
}
