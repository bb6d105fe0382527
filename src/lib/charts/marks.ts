/**
 * The marks of a chart as a small tree of SVG elements: what each form of a chart draws (form-marks.ts), written once
 * and serialised two ways, for the page (classes the stylesheet colours and places) and for the standalone SVG and PNG
 * files (the same classes turned into attributes, src/lib/images/chart-svg.ts). A string-building tree rather than an
 * HTML library's: the tree is ours to walk and rewrite, and its serialisation is a dozen lines.
 */
import { escapeMarkup } from '../escape';

/** An attribute's value: written as given; `true` writes the attribute alone (`data-axis-group`), `undefined` omits it. */
export type AttributeValue = string | number | true | undefined;

/** One SVG element: its tag, attributes (in the order written), and either text or child elements. */
export interface Mark {
  tag: 'defs' | 'g' | 'text' | 'rect' | 'line' | 'path' | 'circle' | 'use';
  attrs: Record<string, AttributeValue>;
  text?: string;
  children?: Mark[];
}

/** An element of the tree. */
export function mark(tag: Mark['tag'], attrs: Mark['attrs'], content?: string | Mark[]): Mark {
  if (content === undefined) return { tag, attrs };
  return typeof content === 'string' ? { tag, attrs, text: content } : { tag, attrs, children: content };
}

/** The class names of a mark (its `class` attribute split), empty when it has none. */
export function classesOf(m: Mark): string[] {
  const value = m.attrs.class;
  return typeof value === 'string' ? value.split(' ').filter(Boolean) : [];
}

/** Writes one attribute, escaped: ` name="value"`, or ` name` for a flag. */
function attribute(name: string, value: AttributeValue): string {
  if (value === undefined) return '';
  if (value === true) return ` ${name}`;
  return ` ${name}="${escapeMarkup(String(value))}"`;
}

/** The marks as SVG markup, each element closed by its own end tag (as Astro writes SVG), text escaped. */
export function marksToSvg(marks: readonly Mark[]): string {
  return marks
    .map((m) => {
      const attrs = Object.entries(m.attrs)
        .map(([name, value]) => attribute(name, value))
        .join('');
      const inner = m.text !== undefined ? escapeMarkup(m.text) : marksToSvg(m.children ?? []);
      return `<${m.tag}${attrs}>${inner}</${m.tag}>`;
    })
    .join('');
}

/** The tree with each mark replaced by what `rewrite` makes of it (children first), e.g. classes turned into attributes. */
export function mapMarks(marks: readonly Mark[], rewrite: (m: Mark, ancestors: readonly Mark[]) => Mark, ancestors: Mark[] = []): Mark[] {
  return marks.map((m) => {
    const children = m.children ? mapMarks(m.children, rewrite, [...ancestors, m]) : undefined;
    return rewrite(children ? { ...m, children } : m, ancestors);
  });
}
