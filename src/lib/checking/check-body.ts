import { createProcessor } from '@mdx-js/mdx';
import type { Node as UnistNode } from 'unist';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import type { Letter } from '../../schemas/letter';
import { findingKindSchema } from '../../schemas/finding';
import type { ContentProblem } from '../problems';
import { must } from '../must';
import { narrativeParagraphs, type NarrativeParagraph } from './body-narrative';
import { newPlacements, place, placementProblems } from './body-placements';

const parser = createProcessor();

/** The parts of an MDX syntax tree this check reads (and body-narrative.ts, which reads the narrative's words). */
export interface Node {
  type: string;
  /** A heading's level. */
  depth?: number;
  name?: string | null;
  url?: string;
  value?: string;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: { line: number } };
  data?: { estree?: Program };
}
interface Attribute {
  type: string;
  name?: string;
  value?: string | null | { value: string; data?: { estree?: Program } };
}
interface Program {
  body: { type: string; expression?: Expression }[];
}
interface Expression {
  type: string;
  value?: unknown;
  object?: Expression;
  property?: Expression;
  name?: string;
  computed?: boolean;
}

/** Markdown a letter body may hold: the narrative's paragraphs, headings, lists and emphasis. */
const allowedMarkdown = new Set([
  'root',
  'paragraph',
  'heading',
  'text',
  'emphasis',
  'strong',
  'list',
  'listItem',
  'break',
  'link',
  'linkReference',
  'definition',
]);

/** Friendly names for what a body may not hold. */
const refusedNames: Record<string, string> = {
  html: 'raw HTML',
  mdxjsEsm: 'an import or export (JavaScript)',
  mdxFlowExpression: 'an expression {…} (JavaScript)',
  mdxTextExpression: 'an expression {…} (JavaScript)',
  code: 'a code block',
  inlineCode: 'inline code',
  image: 'an image',
  imageReference: 'an image',
  footnoteDefinition: 'a Markdown footnote',
  footnoteReference: 'a Markdown footnote reference',
  table: 'a table',
  blockquote: 'a block quote',
  thematicBreak: 'a horizontal rule',
};

/** The literal value of a JSX attribute: a plain string, or an expression that is a string or number literal, or `props.letter`. */
function literalOf(attribute: Attribute): { value: string | number } | { letter: true } | undefined {
  if (typeof attribute.value === 'string') return { value: attribute.value };
  const body = attribute.value?.data?.estree?.body;
  const expression = body?.length === 1 && body[0]?.type === 'ExpressionStatement' ? body[0].expression : undefined;
  if (expression?.type === 'Literal' && (typeof expression.value === 'string' || typeof expression.value === 'number'))
    return { value: expression.value };
  if (
    expression?.type === 'MemberExpression' &&
    !expression.computed &&
    expression.object?.type === 'Identifier' &&
    expression.object.name === 'props' &&
    expression.property?.type === 'Identifier' &&
    expression.property.name === 'letter'
  ) {
    return { letter: true };
  }
  return undefined;
}

/** The project's components a body may place, each with the props it takes. */
const components: Record<string, { required: string[]; optional: string[] }> = {
  Findings: { required: ['of', 'section', 'kind', 'heading'], optional: ['level'] },
  Footnotes: { required: ['of'], optional: [] },
  FootnoteRef: { required: ['n'], optional: [] },
};

/** A URL a body link may have: http(s), or a place on this site ("/…", "#…"). */
const safeUrl = (url: string) => /^(https?:\/\/|\/(?!\/)|#)/i.test(url.trim());

/**
 * Checks an MDX letter body by walking its syntax tree, before Astro runs: it may hold only paragraphs,
 * headings, lists, emphasis, http(s) or same-site links, MDX comments and the project's components
 * (`<Findings>`, `<Footnotes>`, `<FootnoteRef>`) with literal props that match the letter. Anything
 * else (expressions, import/export, raw HTML, unknown components, javascript: or data: links…) is a
 * problem at its `.mdx` line, so nothing in a body runs at build time. Each findings list of the frontmatter, each
 * footnote's marker and the footnote list stand in the body exactly once (body-placements.ts): a missing or repeated
 * one is a problem too, since the page shows only what the body places.
 */
export function checkBody(file: string, body: string, bodyLine: number, letter: Letter): ContentProblem[] {
  return readBody(file, body, bodyLine, letter).problems;
}

/**
 * Checks a body (checkBody) and, when it passes, reads its narrative from the same syntax tree: each paragraph's
 * words and the section it stands in (body-narrative.ts), which the domain pages quote. One parse for both: parsing is
 * most of the cost of a body (some 18 ms for the seed's), and the build keeps what passed (passed-cache.ts).
 */
export function readBody(
  file: string,
  body: string,
  bodyLine: number,
  letter: Letter,
  /** The `.mdx` line of a frontmatter field, where a problem is about one (a footnote no marker refers to). */
  fieldLine?: (path: readonly PropertyKey[]) => number,
): { problems: ContentProblem[]; narrative: NarrativeParagraph[] } {
  const problems: ContentProblem[] = [];
  const at = (node: Node) => (node.position ? bodyLine + node.position.start.line - 1 : bodyLine);
  const add = (node: Node, message: string): void => {
    problems.push({ file, line: at(node), message });
  };
  let tree: Node;
  try {
    tree = parser.parse(body) as unknown as Node;
  } catch (error) {
    const e = error as { line?: number; reason?: string; message: string };
    const problem = {
      file,
      line: e.line ? bodyLine + e.line - 1 : bodyLine,
      message: `the MDX body cannot be read: ${e.reason ?? e.message.split('\n')[0]}`,
    };
    return { problems: [problem], narrative: [] };
  }

  const placements = newPlacements();
  /** The problem just added was of an element that may stand for a list or marker missing elsewhere (body-placements.ts). */
  const stray = (component: 'Findings' | 'FootnoteRef') =>
    placements.strays[component].push(must(problems.at(-1), 'the problem just added'));
  const checkComponent = (node: Node) => {
    const name = node.name ?? '';
    const spec = components[name];
    if (!spec) {
      add(
        node,
        `<${name || '>'}${name ? '>' : ''} is not allowed in a letter body: ${/^[a-z][a-z0-9-]*$/.test(name) ? 'raw HTML is not allowed' : 'unknown component'}; a body may place only ${Object.keys(
          components,
        )
          .map((c) => `<${c}>`)
          .join(', ')}`,
      );
      return;
    }
    const props = new Map<string, { value: string | number } | { letter: true }>();
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
        add(node, `<${name}>: a spread or expression attribute is not allowed; write each prop as name={"value"}`);
        return;
      }
      if (![...spec.required, ...spec.optional].includes(attribute.name)) {
        add(node, `<${name} ${attribute.name}>: unknown prop; <${name}> takes ${[...spec.required, ...spec.optional].join(', ')}`);
        return;
      }
      const literal = literalOf(attribute);
      if (!literal) {
        add(
          node,
          `<${name} ${attribute.name}>: the value must be a literal such as ${attribute.name === 'of' ? '{props.letter}' : '{"text"} or {1}'}, not an expression`,
        );
        return;
      }
      props.set(attribute.name, literal);
    }
    // The components take no content: whatever stands between <X> and </X> would be compiled into the page (an
    // expression there runs at build time), and none of it is walked by the rules above.
    if (node.children?.length) return add(node, `<${name}>: nothing may stand between <${name}> and </${name}>; write it as <${name} … />`);
    const missing = spec.required.filter((p) => !props.has(p));
    if (missing.length) return add(node, `<${name}>: missing ${missing.join(', ')}`);
    const text = (prop: string) => {
      const v = props.get(prop);
      return v && 'value' in v ? String(v.value) : undefined;
    };
    const of = props.get('of');
    if (of && !('letter' in of)) return add(node, `<${name} of>: must be {props.letter}`);
    if (name === 'Footnotes') {
      const earlier = place(placements, name, placements.lists, 'footnotes', at(node));
      if (earlier !== undefined)
        add(
          node,
          `<Footnotes>: the footnotes are already listed at line ${earlier}; list them once (the page would show them twice, with the same ids)`,
        );
    }
    if (name === 'Findings') {
      const section = text('section') ?? '';
      const kind = text('kind') ?? '';
      const before = problems.length;
      if (!letter.sections.some((s) => s.id === section))
        add(
          node,
          `<Findings section>: unknown section "${section}"; the letter's sections are ${letter.sections.map((s) => s.id).join(', ')}`,
        );
      else if (!(findingKindSchema.options as readonly string[]).includes(kind))
        add(node, `<Findings kind>: must be ${findingKindSchema.options.map((k) => `"${k}"`).join(' or ')}, found "${kind}"`);
      else if (!letter.findings.some((f) => f.section === section && f.kind === kind))
        add(node, `<Findings section="${section}" kind="${kind}">: the frontmatter has no such findings`);
      const earlier = problems.length === before ? place(placements, name, placements.findings, `${section}/${kind}`, at(node)) : undefined;
      if (earlier !== undefined)
        add(
          node,
          `<Findings section="${section}" kind="${kind}">: this list is already placed at line ${earlier}; place each list once (the page would show its findings twice, with the same ids)`,
        );
      if (problems.length > before) stray('Findings');
      const level = props.get('level');
      if (level && !('value' in level && [3, 4, 5].includes(Number(level.value)))) add(node, '<Findings level>: must be {3}, {4} or {5}');
    }
    if (name === 'FootnoteRef') {
      const n = props.get('n');
      if (!n || !('value' in n) || typeof n.value !== 'number' || !letter.footnotes.some((f) => f.number === n.value)) {
        add(node, `<FootnoteRef n>: the letter has no footnote ${n && 'value' in n ? n.value : ''}`.trimEnd());
        stray('FootnoteRef');
      } else {
        const earlier = place(placements, name, placements.markers, n.value, at(node));
        if (earlier !== undefined) {
          add(
            node,
            `<FootnoteRef n={${n.value}} />: footnote ${n.value} is already marked at line ${earlier}; a footnote has one marker (its ↩ link returns to one place, and the page would hold the id footnote-ref-${n.value} twice)`,
          );
          stray('FootnoteRef');
        }
      }
    }
  };

  // Every node in document order (unist-util-visit); a component or a refused node is checked whole, not entered.
  visit(tree as UnistNode, (raw) => {
    const node = raw as Node;
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      checkComponent(node);
      return SKIP;
    }
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && node.data?.estree?.body.length === 0) return SKIP; // an MDX comment
    if (!allowedMarkdown.has(node.type)) {
      add(
        node,
        `${refusedNames[node.type] ?? `"${node.type}"`} is not allowed in a letter body; a body holds paragraphs, headings, lists, emphasis, links and the project's components`,
      );
      return SKIP;
    }
    // A reference-style link's target is checked where it is defined.
    if ((node.type === 'link' || node.type === 'definition') && !safeUrl(node.url ?? ''))
      add(node, `the link to "${(node.url ?? '').slice(0, 60)}" is not allowed: links go to https:, http: or a page of this site`);
    return CONTINUE;
  });
  problems.push(...placementProblems(file, tree, letter, placements, at, fieldLine));
  return { problems, narrative: problems.length ? [] : narrativeParagraphs(tree, letter.sections) };
}

/** A body's syntax tree, for reading a body the check has passed (its narrative, body-narrative.ts). */
export function parseBody(body: string): Node {
  return parser.parse(body) as unknown as Node;
}
