import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

/** The project root. */
export const root = fileURLToPath(new URL('../../../', import.meta.url));
/** The built site the tests read. */
export const distDir = `${root}dist`;

/** The built HTML of a site path such as "/letters/x/". */
export function builtPage(path: string): string {
  return readFileSync(`${distDir}${path}index.html`, 'utf8');
}

/** HTML parsed as a browser parses it (hast-util-from-html, which follows the HTML standard's parser): a whole page or a fragment. */
export function parseHtml(html: string): Root {
  return fromHtml(html, { fragment: !/^\s*(<!doctype|<html)/i.test(html) });
}

/**
 * The visible text of a page, an element or a fragment of HTML, as a browser's innerText gives it
 * (hast-util-to-text): inline elements join their text to its neighbours, blocks, cells and line breaks
 * separate it; scripts, styles, the head and hidden elements give none. Whitespace is folded to single spaces.
 */
export function pageText(html: string | Nodes): string {
  const tree = typeof html === 'string' ? parseHtml(html) : structuredClone(html);
  spaceApart(tree);
  return toText(tree).replace(/\s+/g, ' ').trim();
}

/**
 * Elements a browser draws as boxes of their own although they are inline: form controls, images, the options
 * of a list box and each text of a chart's SVG. hast-util-to-text follows innerText, which joins their text to
 * their neighbours'; a reader sees them apart, so a space goes either side.
 */
const drawnApart = new Set(['button', 'input', 'img', 'option', 'select', 'textarea', 'text']);
function spaceApart(node: Nodes): void {
  if (!('children' in node)) return;
  node.children = node.children.flatMap((child) => {
    spaceApart(child);
    return child.type === 'element' && drawnApart.has(child.tagName)
      ? [{ type: 'text' as const, value: ' ' }, child, { type: 'text' as const, value: ' ' }]
      : [child];
  });
}

/** Every element under a node, in document order, that passes the test. */
export function elementsIn(node: Nodes, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const visit = (n: Nodes) => {
    if (n.type === 'element' && test(n)) found.push(n);
    if ('children' in n) for (const child of n.children) visit(child);
    if (n.type === 'element' && n.tagName === 'template' && n.content) visit(n.content);
  };
  visit(node);
  return found;
}

/** A test for elementsIn: the tag name and, when given, a class the element has. */
export const is =
  (tagName: string, className?: string) =>
  (element: Element): boolean =>
    element.tagName === tagName && (className === undefined || hasClass(element, className));

/** Whether an element's class attribute lists the class. */
export function hasClass(element: Element, className: string): boolean {
  const classes = element.properties.className;
  return Array.isArray(classes) && classes.includes(className);
}

/** An element's markup exactly as it stands in the HTML it was parsed from. */
export function sourceOf(html: string, element: Element): string {
  const { position } = element;
  if (position?.start.offset === undefined || position.end.offset === undefined) throw new Error(`<${element.tagName}> has no position`);
  return html.slice(position.start.offset, position.end.offset);
}

/**
 * Every part of a built site's sitemap, joined: the parts the index (`sitemap-index.xml`) names, read from the same
 * output folder (their addresses carry the site's address and base path).
 */
export function sitemapText(dir = distDir, base = '/'): string {
  const index = readFileSync(`${dir}/sitemap-index.xml`, 'utf8');
  const parts = [...index.matchAll(/<sitemap><loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname.slice(base.length));
  if (!parts.length) throw new Error(`${dir}/sitemap-index.xml names no part`);
  return parts.map((path) => readFileSync(`${dir}/${path}`, 'utf8')).join('\n');
}
