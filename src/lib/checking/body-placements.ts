import type { Letter } from '../../schemas/letter';
import type { Node as UnistNode } from 'unist';
import { visit } from 'unist-util-visit';
import { findingKindSchema } from '../../schemas/finding';
import type { ContentProblem } from '../problems';
import type { Node } from './check-body';

/**
 * What a body's components place, as the check read them (check-body.ts), each with its `.mdx` line: the findings
 * lists by section and kind, the footnote markers by number and the footnote lists. The page shows what is placed
 * and nothing else, so each list and marker must stand in the body once: missing, its findings or footnote are lost
 * from the letter page; repeated, the page shows them twice with the same HTML ids.
 */
export interface Placements {
  /** The line of each findings list, keyed `section/kind`. */
  findings: Map<string, number>;
  /** The line of each footnote's marker, by footnote number. */
  markers: Map<number, number>;
  /** The line of the `<Footnotes>` list (its one key is "footnotes"). */
  lists: Map<'footnotes', number>;
  /**
   * The problems of elements that may stand for a list or marker missing elsewhere: a list or marker placed twice, or
   * naming what the letter lacks (a typo in `kind`, `n={9}` for 2). Each gains a word about what is missing, which is
   * then not reported again: one mistake, one problem.
   */
  strays: { Findings: ContentProblem[]; FootnoteRef: ContentProblem[] };
  /** How many elements of each component placed something the check could read. */
  read: Map<string, number>;
}

/** Nothing placed yet: what a body's check starts from. */
export const newPlacements = (): Placements => ({
  findings: new Map(),
  markers: new Map(),
  lists: new Map(),
  strays: { Findings: [], FootnoteRef: [] },
  read: new Map(),
});

/** Records that an element of `component` placed `key` at `line`; returns the line where `key` was placed before, if it was. */
export function place<K>(placements: Placements, component: string, placed: Map<K, number>, key: K, line: number): number | undefined {
  placements.read.set(component, (placements.read.get(component) ?? 0) + 1);
  const before = placed.get(key);
  if (before === undefined) placed.set(key, line);
  return before;
}

/** How many elements of each component a tree holds, wherever they stand (inside refused markup too). */
function elementCounts(tree: Node, into = new Map<string, number>()): Map<string, number> {
  visit(tree as UnistNode, (raw) => {
    const node = raw as Node;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name)
      into.set(node.name, (into.get(node.name) ?? 0) + 1);
  });
  return into;
}

/** A heading's words, spaces folded. */
const wordsOf = (node: Node): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(wordsOf).join(''));
const folded = (text: string) => text.replace(/\s+/g, ' ').trim();
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/**
 * Says what is missing in the problems of the elements that may stand for it (`strays`) and returns true, or returns
 * false when there is no such element: the missing things are then reported on their own, unless an element the check
 * could not read at all (refused, or inside refused markup) may be one of them (`unread`), whose own problem stands.
 */
function explainedBy(strays: readonly ContentProblem[], unread: boolean, missing: readonly string[], what: [string, string]): boolean {
  if (!strays.length) return unread;
  if (missing.length)
    for (const problem of strays)
      problem.message += `; ${missing.join(', ')} ${plural(missing.length, ...what)}: is this ${plural(missing.length, 'it', 'one of them')}?`;
  return true;
}

/**
 * The problems of what a body leaves out: a findings list of the frontmatter placed nowhere (at its section's heading,
 * else the body's first line), a footnote no marker refers to (at its frontmatter line, else the footnote list), footnotes listed nowhere and a
 * list of footnotes the letter does not have.
 */
export function placementProblems(
  file: string,
  tree: Node,
  letter: Letter,
  placements: Placements,
  lineOf: (node: Node) => number,
  fieldLine?: (path: readonly PropertyKey[]) => number,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (line: number, message: string) => problems.push({ file, line, message });
  const counts = elementCounts(tree);
  const unread = (component: string) => (counts.get(component) ?? 0) > (placements.read.get(component) ?? 0);
  const top = tree.children ?? [];
  const firstLine = top[0] ? lineOf(top[0]) : lineOf(tree);

  const lists = letter.sections.flatMap((section) =>
    findingKindSchema.options.map((kind) => ({
      section,
      kind,
      count: letter.findings.filter((f) => f.section === section.id && f.kind === kind).length,
    })),
  );
  const missingLists = lists.filter((l) => l.count && !placements.findings.has(`${l.section.id}/${l.kind}`));
  const listNames = missingLists.map((l) => `the ${l.kind} list of "${l.section.title}"`);
  if (!explainedBy(placements.strays.Findings, unread('Findings'), listNames, ['is placed nowhere', 'are placed nowhere']))
    for (const { section, kind, count } of missingLists) {
      const heading = top.find((n) => n.type === 'heading' && folded(wordsOf(n)) === folded(section.title));
      add(
        heading ? lineOf(heading) : firstLine,
        `the ${count} ${kind} ${plural(count, 'finding', 'findings')} of the section "${section.title}" (${section.id}) ${plural(count, 'is', 'are')} placed nowhere in the body, so the letter page would not show ${plural(count, 'it', 'them')}: add <Findings of={props.letter} section={"${section.id}"} kind={"${kind}"} heading={"…"} /> in that section${heading ? ' (its heading is on this line)' : ` (the body has no heading "${section.title}"; this is the body's first line)`}`,
      );
    }

  const listLine = placements.lists.get('footnotes');
  const footnotes = letter.footnotes.length;
  if (!unread('Footnotes') && footnotes && listLine === undefined) {
    const lastMarker = [...placements.markers.values()].at(-1);
    add(
      lastMarker ?? firstLine,
      `the letter's ${plural(footnotes, 'footnote is', `${footnotes} footnotes are`)} listed nowhere in the body, so the page would not show ${plural(footnotes, 'it', 'them')} and the markers would link to nothing: add <Footnotes of={props.letter} /> where the letter prints them${lastMarker === undefined ? '' : ' (the last marker is on this line)'}`,
    );
  }
  // With no footnotes at all, the markers' own problems ("no footnote 1") say so already.
  if (listLine !== undefined && !footnotes && !placements.strays.FootnoteRef.length)
    add(listLine, '<Footnotes>: the letter has no footnotes (the frontmatter lists none), so this list would be empty: remove it');
  const unmarked = letter.footnotes.filter((f) => !placements.markers.has(f.number));
  if (
    !explainedBy(
      placements.strays.FootnoteRef,
      unread('FootnoteRef'),
      unmarked.map((f) => `footnote ${f.number}`),
      ['has no marker', 'have no marker'],
    )
  )
    for (const f of unmarked)
      add(
        // At the footnote's own line in the frontmatter, where the check can name it; else at the list of footnotes.
        fieldLine ? fieldLine(['footnotes', letter.footnotes.indexOf(f)]) : (listLine ?? firstLine),
        `footnote ${f.number} ("${f.text.length > 60 ? `${f.text.slice(0, 60)}…` : f.text}") is marked nowhere in the body, so no reader would reach it from the text: put <FootnoteRef n={${f.number}} /> where the letter refers to it, or remove the footnote from the frontmatter`,
      );
  return problems;
}
