import { evaluate } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { escapeMdxText } from '../../../src/importer/mdx-escape';

/** A tiny JSX runtime that renders to an HTML string, so the test sees exactly what MDX would output. */
const Fragment = Symbol('Fragment');
class Html {
  readonly html: string;
  constructor(html: string) {
    this.html = html;
  }
}
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function jsx(type: unknown, props: Record<string, unknown>): Html {
  const children = [props.children ?? []]
    .flat(Infinity)
    .map((c) => (c instanceof Html ? c.html : escapeHtml(String(c ?? ''))))
    .join('');
  if (type === Fragment) return new Html(children);
  if (typeof type === 'function') return type(props);
  return new Html(`<${String(type)}>${children}</${String(type)}>`);
}

/** Renders MDX as the site does (GFM off: letter prose needs none of it, and bare URLs stay text). */
async function render(mdx: string): Promise<string> {
  const { default: Content } = await evaluate(mdx, { Fragment, jsx, jsxs: jsx } as never);
  return (Content as (props: object) => Html)({}).html;
}
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const hostile = [
  '<script>alert("x")</script> closes nothing',
  'A {props.secret} expression and {1 + 1}',
  'import fs from "node:fs" at the start of a line',
  'export const leaked = 1',
  '# not a heading',
  '1. not a list item',
  '2) nor this one',
  '- not a bullet',
  '+ nor this',
  '> not a quote',
  '*not emphasis* and _not either_ and **not strong**',
  '[not a link](https://example.org) and ![not an image](x.png)',
  'bare https://example.org/x, www.example.org and someone@example.org are not links',
  'An &amp; entity, &lt;b&gt; and &#60;script&#62; stay as typed',
  'A back\\slash, a `code` span and ~~no strike~~',
  '| not | a | table |',
  '<!-- not a comment -->',
  '    four spaces are not code',
  '$x$ and $$y$$ are not maths',
  '— typographic “quotes”, ‘apostrophes’ and dashes – stay',
];

describe('escaping letter text for MDX', () => {
  for (const text of hostile) {
    it(`shows ${JSON.stringify(text.slice(0, 30))} literally, never as code or markup`, async () => {
      const html = await render(escapeMdxText(text));
      expect(html).toMatch(/^<p>[\s\S]*<\/p>$/);
      expect(html.match(/<[a-z]+>/g)).toEqual(['<p>']);
      expect(textOf(html)).toBe(text.trimStart());
    });
  }
});
