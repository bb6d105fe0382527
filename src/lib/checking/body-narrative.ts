import type { LetterSection } from '../../schemas/letter';
import type { Node as UnistNode } from 'unist';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import type { Node } from './check-body';
import type { NarrativeParagraph } from '../model/narrative';

export type { NarrativeParagraph };

/** The words of a node: text, and the text of emphasis, links and line breaks within it; components and comments give none. */
function plainText(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'break') return ' ';
  // A <FootnoteRef /> (mdxJsxTextElement) is a marker, not the letter's words; an MDX comment is no words at all.
  if (node.type.startsWith('mdx')) return '';
  return (node.children ?? []).map(plainText).join('');
}

const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Every paragraph of a checked body's syntax tree (checkBody, check-body.ts), in order, each with the section it
 * stands in. A heading whose words are a section's title (as the importer writes it, `### Staff`) starts that section;
 * a heading of the same level or higher that is not one ("## Regional observations:") ends it, while a lower one
 * stays within it. Paragraphs in lists count; none inside a component does.
 */
export function narrativeParagraphs(tree: Node, sections: readonly LetterSection[]): NarrativeParagraph[] {
  const byTitle = new Map(sections.map((s) => [folded(s.title), s.id]));
  const paragraphs: NarrativeParagraph[] = [];
  let current: { id: string; depth: number } | undefined;
  const collect = (top: Node) =>
    visit(top as UnistNode, (raw) => {
      const node = raw as Node;
      if (node.type === 'paragraph') {
        const text = folded(plainText(node));
        if (text) paragraphs.push({ ...(current ? { section: current.id } : {}), text });
        return SKIP;
      }
      return node.type.startsWith('mdx') ? SKIP : CONTINUE;
    });
  for (const node of tree.children ?? []) {
    if (node.type === 'heading') {
      const depth = node.depth ?? 1;
      const id = byTitle.get(folded(plainText(node)));
      if (id) current = { id, depth };
      else if (current && depth <= current.depth) current = undefined;
      continue;
    }
    collect(node);
  }
  return paragraphs;
}
