import { createHash } from 'node:crypto';
import { dump } from 'js-yaml';
import type { Letter } from '../schemas/letter';
import type { BodyBlock } from './read-body';
import { escapeMdxText, jsxString } from './mdx-escape';

/**
 * Replaces each footnote marker (e.g. "Bendall¹") with a footnote reference component: a whole run of superscript
 * digits is one marker, so "¹²" is footnote 12, never footnote 1 and a "²". The importer has refused a marker with no
 * footnote (footnotes.ts), so every run is one of the letter's.
 */
function withFootnoteRefs(escaped: string, letter: Letter): string {
  return escaped.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, (marker) => {
    const footnote = letter.footnotes.find((f) => f.marker === marker);
    return footnote ? `<FootnoteRef n={${footnote.number}} />` : marker;
  });
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

/** The frontmatter field that records what the importer wrote. */
const hashField = 'importedSha256';
const hashLine = new RegExp(`^${hashField}: .*\\n`, 'm');

/** The frontmatter as the importer writes it: YAML with every string quoted, keys in schema order. */
export function frontmatterYaml(data: object): string {
  const { [hashField]: _hash, ...rest } = data as Record<string, unknown>;
  return dump(rest, { lineWidth: -1, quoteStyle: 'double', forceQuotes: true, noRefs: true });
}

/** The MDX body of a letter: the narrative as Markdown in source order, with components where finding lists and footnotes stood. */
export function letterBodyMdx(letter: Letter, blocks: readonly BodyBlock[]): string {
  const notice = `{/* Imported from ${letter.source.file.replace(/\*\//g, '* /')} by \`npm run import\`. Facts live in the frontmatter; the body is the narrative. Ids are permanent: never change them. */}`;
  return `${notice}\n\n${blocks.map((b) => blockToMdx(b, letter)).join('\n\n')}\n`;
}

/** Puts an entry together from its frontmatter data and body, recording the given hash of what the importer generated. */
export function composeEntry(data: object, body: string, importedSha256: string): string {
  return `---\n${frontmatterYaml(data)}${hashField}: "${importedSha256}"\n---\n\n${body}`;
}

/** The SHA-256 of an entry's text with its hash line left out: equal to the recorded hash while nobody has edited it. */
export function entryHash(text: string): string {
  return createHash('sha256').update(text.replace(hashLine, '')).digest('hex');
}

/** The hash an entry records, or undefined when it records none. */
export function recordedHash(text: string): string | undefined {
  return new RegExp(`^${hashField}: "?([0-9a-f]{64})"?$`, 'm').exec(text)?.[1];
}

/**
 * Writes a letter as an MDX content entry: every fact in YAML frontmatter, the narrative as Markdown
 * in source order, with a component standing where each finding list and the footnotes stood, and the
 * SHA-256 of exactly this text (its own line left out) so a later import can tell whether it was edited.
 */
export function writeLetterMdx(letter: Letter, blocks: readonly BodyBlock[]): string {
  const body = letterBodyMdx(letter, blocks);
  const unhashed = `---\n${frontmatterYaml(letter)}---\n\n${body}`;
  return composeEntry(letter, body, createHash('sha256').update(unhashed).digest('hex'));
}
