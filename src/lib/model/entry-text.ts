/** A letter entry's text in its two parts: the frontmatter (YAML) and the MDX body, as every reader of entries splits it. */
import { load as parseYaml } from 'js-yaml';
import { must } from '../must';

/** An entry split into its frontmatter YAML, its body and the `.mdx` line the body starts on; a byte-order mark is dropped. */
export function splitEntry(text: string): { yaml: string; body: string; bodyLine: number } | { problem: string; line?: number } {
  const source = text.replace(/^\ufeff/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match)
    return /^---\r?\n/.test(source)
      ? { problem: 'the frontmatter is never closed: add a line "---" after it', line: 1 }
      : { problem: 'no frontmatter: the file must start with a line "---"', line: 1 };
  return { yaml: must(match[1], 'the frontmatter'), body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** Parses frontmatter YAML as every reader of entries does: aliases refused, duplicate keys refused. */
export function parseFrontmatter(yaml: string): unknown {
  return parseYaml(yaml, { maxAliases: 0 });
}
