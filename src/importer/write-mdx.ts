import { stringify } from 'yaml';
import type { Letter } from '../schemas/letter';
import type { BodyBlock } from './body';
import { escapeMdxText, jsxString } from './mdx-escape';

/** Replaces known footnote markers (e.g. "Bendall¹") with a footnote reference component. */
function withFootnoteRefs(escaped: string, letter: Letter): string {
  return letter.footnotes.reduce(
    (text, f) => text.replaceAll(f.marker, `<FootnoteRef n={${f.number}} />`),
    escaped,
  );
}

function blockToMdx(block: BodyBlock, letter: Letter): string {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${escapeMdxText(block.text)}`;
    case 'paragraph':
      return withFootnoteRefs(escapeMdxText(block.text), letter);
    case 'bullets':
      return block.items.map((item) => `- ${withFootnoteRefs(escapeMdxText(item), letter)}`).join('\n');
    case 'findings':
      return `<Findings of={props.letter} section=${jsxString(block.section)} kind=${jsxString(block.kind)} heading=${jsxString(block.heading)} />`;
    case 'footnotes':
      return '<Footnotes of={props.letter} />';
  }
}

/**
 * Writes a letter as an MDX content entry: every fact in YAML frontmatter, the narrative as Markdown
 * in source order, with a component standing where each finding list and the footnotes stood.
 */
export function writeLetterMdx(letter: Letter, blocks: readonly BodyBlock[]): string {
  const frontmatter = stringify(letter, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  const notice = `{/* Imported from ${letter.source.file.replace(/\*\//g, '* /')} by \`npm run import\`. Facts live in the frontmatter; the body is the narrative. Ids are permanent: never change them. */}`;
  const body = blocks.map((b) => blockToMdx(b, letter)).join('\n\n');
  return `---\n${frontmatter}---\n\n${notice}\n\n${body}\n`;
}
