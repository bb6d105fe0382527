/**
 * Escapes text so MDX shows it literally: never as JSX, an expression, ESM, HTML or Markdown syntax.
 * Every ASCII punctuation mark Markdown or MDX could read as syntax gets a backslash; a line that
 * would open a list, heading, quote or ESM block is neutralised at its start.
 */
export function escapeMdxText(text: string): string {
  let out = text.replace(/[\\`*_{}[\]<>#|~&!$]/g, (c) => `\\${c}`);
  // Start-of-line constructs: list items ("1. ", "- ", "+ "), thematic breaks and setext underlines.
  out = out.replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2').replace(/^([-+=])/, '\\$1');
  // MDX reads a paragraph starting "import " or "export " as JavaScript; an expression holding the word is inert.
  out = out.replace(/^(import|export)\b/, (word) => `{${JSON.stringify(word)}}`);
  // Leading spaces would make an indented code block.
  return out.replace(/^\s+/, '');
}

/** A JSX attribute value holding any string safely: `{"…"}`. */
export function jsxString(value: string): string {
  return `{${JSON.stringify(value)}}`;
}
