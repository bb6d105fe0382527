import { withBase } from '../language/format';
import { must } from '../must';
import { paths } from '../urls';
import { escapeRegExp } from '../escape';
import type { ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

const skipped = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre']);

/**
 * Links PDU names in a letter's narrative to their PDU pages: the first mention of each PDU in each
 * section (a heading starts a new section). Names come from the entry's own frontmatter (`pdus`).
 */
export function linkPduNames(tree: Root, pdus: readonly { id: string; name: string }[], base: string): void {
  if (!pdus.length) return;
  const byName = new Map(pdus.map((p) => [p.name, p.id]));
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${[...byName.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  let linked = new Set<string>();
  // Document order (unist-util-visit): a heading starts a section afresh; links, headings and code keep their words;
  // a text node is replaced by its pieces and the walk goes on after them.
  visit(tree, (node, index, parent) => {
    if (node.type === 'element' && /^h[1-6]$/.test(node.tagName)) linked = new Set();
    if ((node.type === 'element' && skipped.has(node.tagName)) || node.type.startsWith('mdxJsx')) return SKIP;
    if (node.type !== 'text' || !parent || index === undefined) return undefined;
    const pieces = splitText(node.value);
    parent.children.splice(index, 1, ...pieces);
    return [SKIP, index + pieces.length];
  });
  function splitText(value: string): ElementContent[] {
    const nodes: ElementContent[] = [];
    let last = 0;
    for (const match of value.matchAll(pattern)) {
      // The pattern is built from byName's own names, so each match names a PDU.
      const name = must(match[1], 'the PDU name matched');
      const id = must(byName.get(name), `the PDU named "${name}"`);
      if (linked.has(id)) continue;
      linked.add(id);
      if (match.index > last) nodes.push({ type: 'text', value: value.slice(last, match.index) });
      nodes.push({
        type: 'element',
        tagName: 'a',
        properties: { href: withBase(base, paths.pdu(id)), className: ['pdu-link'] },
        children: [{ type: 'text', value: name }],
      });
      last = match.index + name.length;
    }
    if (last < value.length) nodes.push({ type: 'text', value: value.slice(last) } satisfies Text);
    return nodes;
  }
}

/** The rehype plugin: reads the PDUs from the entry's frontmatter (vfile.data.astro.frontmatter). */
export function rehypeLinkPdus(options: { base: string }) {
  return (tree: Root, file: { data?: { astro?: { frontmatter?: { pdus?: unknown } } } }) => {
    const pdus = file.data?.astro?.frontmatter?.pdus;
    if (!Array.isArray(pdus)) return;
    linkPduNames(
      tree,
      pdus.filter((p): p is { id: string; name: string } => typeof p?.id === 'string' && typeof p?.name === 'string'),
      options.base,
    );
  };
}
