import { withBase } from '../language/format';
import { must } from '../must';
import { paths } from '../urls';
import { escapeRegExp } from '../escape';

/** The few hast shapes this plugin touches. */
interface HastText {
  type: 'text';
  value: string;
}
interface HastParent {
  type: string;
  tagName?: string;
  children?: HastNode[];
  properties?: Record<string, unknown>;
}
type HastNode = HastText | HastParent;

const skipped = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre']);

/**
 * Links PDU names in a letter's narrative to their PDU pages: the first mention of each PDU in each
 * section (a heading starts a new section). Names come from the entry's own frontmatter (`pdus`).
 */
export function linkPduNames(tree: HastParent, pdus: readonly { id: string; name: string }[], base: string): void {
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

  const walk = (node: HastParent) => {
    if (!node.children) return;
    const out: HastNode[] = [];
    for (const child of node.children) {
      if (child.type === 'element' && /^h[1-6]$/.test((child as HastParent).tagName ?? '')) linked = new Set();
      if (child.type === 'text') {
        out.push(...splitText((child as HastText).value));
        continue;
      }
      const parent = child as HastParent;
      if (!(parent.type === 'element' && skipped.has(parent.tagName ?? '')) && !parent.type.startsWith('mdxJsx')) walk(parent);
      out.push(child);
    }
    node.children = out;
  };

  const splitText = (value: string): HastNode[] => {
    const nodes: HastNode[] = [];
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
    if (last < value.length) nodes.push({ type: 'text', value: value.slice(last) });
    return nodes;
  };

  walk(tree);
}

/** The rehype plugin: reads the PDUs from the entry's frontmatter (vfile.data.astro.frontmatter). */
export function rehypeLinkPdus(options: { base: string }) {
  return (tree: HastParent, file: { data?: { astro?: { frontmatter?: { pdus?: unknown } } } }) => {
    const pdus = file.data?.astro?.frontmatter?.pdus;
    if (!Array.isArray(pdus)) return;
    linkPduNames(
      tree,
      pdus.filter((p): p is { id: string; name: string } => typeof p?.id === 'string' && typeof p?.name === 'string'),
      options.base,
    );
  };
}
