import type { FindingKind } from '../schemas/finding';
import type { Footnote } from '../schemas/footnote';
import type { LetterSection } from '../schemas/letter';
import type { LetterLayout } from '../schemas/letter-layout';
import { slugify } from '../lib/model/ids';
import type { SeedProblem } from './errors';
import type { Ledger } from './ledger';
import { bulletMarks, bulletText, isHeadingLike, unknownBulletMark, type SeedLine } from './lines';
import { lookalikeNote } from './lookalikes';
import { footnoteLineProblem, footnoteOf, holdsMarker, superscriptNumber } from './footnotes';

/** A piece of the letter's narrative, in source order. */
export type BodyBlock =
  | { type: 'heading'; level: 2 | 3; text: string; line: number }
  | { type: 'paragraph'; text: string; line: number }
  | { type: 'bullets'; items: string[]; line: number }
  | { type: 'findings'; section: string; kind: FindingKind; heading: string; line: number }
  | { type: 'footnotes'; line: number };

/** A finding as read, before it is given its permanent id. */
export interface DraftFinding {
  section: string;
  kind: FindingKind;
  text: string;
  line: number;
}

/** What the narrative part of a letter holds. */
export interface LetterBody {
  blocks: BodyBlock[];
  sections: (LetterSection & { line: number })[];
  findings: DraftFinding[];
  footnotes: Footnote[];
  /** The line of each footnote. */
  footnoteLines: number[];
  /** The lines before the first section: the opening paragraphs, where the letter names its region. */
  opening: SeedLine[];
}

/** Compares layout wording: letter case, runs of spaces and a final colon do not matter. */
const layoutKey = (text: string) => text.trim().replace(/\s+/g, ' ').replace(/\s*:$/, '').toLowerCase();

/** Compares headings: letter case and runs of spaces do not matter; punctuation does ("Staff:" is no section heading). */
const headingKey = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * A layout's phrases by their keys, made once for each layout: every line of a letter is compared with them (keying the
 * phrases again for each line was a tenth of an import's time).
 */
const keysOfLayout = new WeakMap<
  LetterLayout,
  { lists: Map<string, FindingKind>; subheadings: Set<string>; sections: Map<string, string> }
>();
function layoutKeys(layout: LetterLayout) {
  let keys = keysOfLayout.get(layout);
  if (!keys) {
    const lists = new Map<string, FindingKind>();
    for (const kind of ['strength', 'improvement'] as const)
      for (const phrase of layout.findingLists[kind]) if (!lists.has(layoutKey(phrase))) lists.set(layoutKey(phrase), kind);
    const sections = new Map<string, string>();
    for (const heading of layout.sectionHeadings) if (!sections.has(headingKey(heading))) sections.set(headingKey(heading), heading);
    keys = { lists, subheadings: new Set(layout.subheadings.map(layoutKey)), sections };
    keysOfLayout.set(layout, keys);
  }
  return keys;
}

/** Reads a finding-list lead-in ("Key strengths:", "Areas for improvement:", …, as listed in the layout) as the kind of list it opens. */
export function findingListKind(text: string, layout: LetterLayout): FindingKind | undefined {
  return layoutKeys(layout).lists.get(layoutKey(text));
}

/** The section heading of the layout a line is, as the layout spells it, or undefined. */
function sectionHeading(text: string, layout: LetterLayout): string | undefined {
  return layoutKeys(layout).sections.get(headingKey(text));
}

/** The lead-in a line starts with when more text follows it on the same line ("Key strengths: - The roles…"). */
function leadInGluedTo(text: string, layout: LetterLayout): { leadIn: string; kind: FindingKind } | undefined {
  const lower = text.toLowerCase();
  for (const kind of ['strength', 'improvement'] as const) {
    const leadIn = layout.findingLists[kind].find((p) => {
      const lead = p.replace(/:$/, '').toLowerCase();
      return lower.startsWith(lead) && /^:?\s*\S/.test(text.slice(lead.length)) && layoutKey(text) !== layoutKey(p);
    });
    if (leadIn) return { leadIn, kind };
  }
  return undefined;
}

/** Two bullets run together on one line: a sentence's end, then a bullet mark and a new sentence. */
const gluedBullet = /[.!?;:]\s+([-–•·*])\s+\p{Lu}/u;

/** Undoes Markdown's backslash escapes in link text, e.g. "\(" -> "(". */
const unescapeMarkdown = (s: string) => s.replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');

/**
 * Reads the narrative between the salutation and the closing: paragraphs, section headings,
 * finding lists and footnotes. Lines must already have had their page breaks mended. A heading the
 * layout does not list, a finding list with no items, a bullet in an unknown style or bullets in a
 * section outside a finding list are problems naming the line; nothing is filed under a default.
 */
export function parseBody(lines: readonly SeedLine[], layout: LetterLayout, ledger: Ledger, problems: SeedProblem[]): LetterBody {
  const body: LetterBody = { blocks: [], sections: [], findings: [], footnotes: [], footnoteLines: [], opening: [] };
  let section: LetterSection | undefined;
  let list: { kind: FindingKind; line: SeedLine; items: number; numbered?: boolean } | undefined;
  /** The lists each section has had, by kind, with the line of their lead-in. */
  let sectionLists = new Map<FindingKind, number>();
  /** A colon line refused as a lead-in: the bullets under it are not reported again. */
  let refusedLeadIn = false;
  /** A heading line refused as unknown: the lists under it are not reported again as misplaced. */
  let refusedHeading = false;
  /** A list already reported as misplaced in this section (a lost heading above it): the lists after it share the cause. */
  let misplacedList = false;
  /** The unknown bullet mark of the line before, if it had one: a run of them is reported once, at its first line. */
  let unknownMarkBefore: string | undefined;
  let sawSubheading = false;
  const known = `the known section headings are ${layout.sectionHeadings.join(', ')}; a new one is added to content/reference/letter-layout.json (and its domains to sections.json)`;
  const closeList = () => {
    if (list && !list.items) {
      problems.push({
        line: list.line.n,
        message: `"${list.line.text}" is followed by no bullet; expected its items as lines starting with ${bulletMarks.join(' ')}`,
      });
    }
    list = undefined;
  };

  for (const [i, line] of lines.entries()) {
    const { text, n } = line;
    const kind = findingListKind(text, layout);
    const bullet = bulletText(text);
    const footnote = footnoteOf(text);
    const unreadFootnote = footnote ? undefined : footnoteLineProblem(text);
    const glued = leadInGluedTo(text, layout);
    const next = lines[i + 1]?.text;
    if (!section) body.opening.push(line);
    const unknownMark = bullet === undefined ? unknownBulletMark(text) : undefined;
    const markBefore = unknownMarkBefore;
    unknownMarkBefore = unknownMark;

    if (kind) {
      closeList();
      if (!section) {
        // Under a heading already refused, its lists (and their bullets) would only repeat that problem.
        refusedLeadIn = refusedHeading;
        if (refusedHeading) continue;
        problems.push({
          line: n,
          message: `"${text}" stands before any section heading; a finding list belongs to a section (${layout.sectionHeadings.join(', ')})`,
        });
        continue;
      }
      const earlier = sectionLists.get(kind);
      if (!refusedHeading && !misplacedList && (earlier !== undefined || (kind === 'strength' && sectionLists.has('improvement')))) {
        misplacedList = true;
        problems.push({
          line: n,
          message: `a${earlier !== undefined ? ' second' : ''} "${text}" list in the section "${section.title}"${earlier !== undefined ? ` (the first is at line ${earlier})` : ', after its areas for improvement'}: is a section heading missing, or glued to a paragraph, above this line? A section has one list of each kind, strengths first`,
        });
      }
      sectionLists.set(kind, n);
      refusedLeadIn = false;
      list = { kind, line, items: 0 };
      ledger.place(line, 'finding lead-in');
      body.blocks.push({ type: 'findings', section: section.id, kind, heading: text, line: n });
    } else if (bullet !== undefined) {
      if (refusedLeadIn) continue;
      if (list && section) {
        list.items += 1;
        const glued = gluedBullet.exec(bullet);
        if (glued)
          problems.push({
            line: n,
            message: `two bullets run together on one line ("${glued[0].slice(0, 12)}…"): a line break before "${glued[1]}" was lost; extract the text again`,
          });
        ledger.place(line, 'finding');
        body.findings.push({ section: section.id, kind: list.kind, text: bullet, line: n });
        // A finding is published as plain text (the frontmatter), where a marker cannot link to its footnote.
        if (holdsMarker(bullet))
          problems.push({
            line: n,
            message: `a footnote marker in a finding ("${bullet.slice(0, 50)}…"): findings are published as plain text, so the marker would link to nothing and its footnote would have no marker; footnote markers stand in the letter's paragraphs`,
          });
      } else if (section) {
        const before = lines[i - 1]?.text ?? '';
        problems.push({
          line: n,
          message: `a bullet in the section "${section.title}" outside a finding list${/:$/.test(before) ? ` (it follows "${before.slice(0, 60)}", which is not a lead-in the importer knows)` : ''}; finding lists open with ${[...layout.findingLists.strength, ...layout.findingLists.improvement].map((p) => `"${p}"`).join(', ')} (content/reference/letter-layout.json)`,
        });
      } else {
        ledger.place(line, 'bullet');
        const last = body.blocks.at(-1);
        if (last?.type === 'bullets') last.items.push(bullet);
        else body.blocks.push({ type: 'bullets', items: [bullet], line: n });
      }
    } else if (list && /^\d+[.)]\s/.test(text)) {
      // One problem per list: the items numbered after the first are the same mistake.
      if (!list.numbered)
        problems.push({
          line: n,
          message: `a numbered item in the list under "${list.line.text}": findings are bulleted (${bulletMarks.join(' ')}), and a number here cannot be told from a recommendation's`,
        });
      list.numbered = true;
      list.items += 1;
    } else if (unknownMark !== undefined) {
      if (unknownMark !== markBefore)
        problems.push({
          line: n,
          message: `the line starts with "${unknownMark}", a bullet mark the importer does not know; bullets start with ${bulletMarks.join(' ')} followed by a space`,
        });
      // The list is not empty: its items are there, in a mark the importer does not read.
      if (list) list.items += 1;
    } else if (footnote) {
      closeList();
      ledger.place(line, 'footnote');
      if (!body.blocks.some((b) => b.type === 'footnotes')) body.blocks.push({ type: 'footnotes', line: n });
      body.footnoteLines.push(n);
      body.footnotes.push({
        number: superscriptNumber(footnote.marker),
        marker: footnote.marker,
        text: unescapeMarkdown(footnote.label),
        url: footnote.url,
      });
    } else if (unreadFootnote) {
      closeList();
      problems.push({ line: n, message: unreadFootnote });
    } else if (glued) {
      problems.push({
        line: n,
        message: `the lead-in "${glued.leadIn}" is glued to text on the same line ("${text.slice(0, 50)}…"); a lead-in stands on its own line, its bullets below it`,
      });
      list = { kind: glued.kind, line, items: 1 };
    } else if (section && /:$/.test(text) && text.split(/\s+/).length <= 6 && next !== undefined && bulletText(next) !== undefined) {
      const note = lookalikeNote(text);
      problems.push({
        line: n,
        message: `"${text}" opens a list but is not a finding-list lead-in the importer knows${note ? ` (${note})` : ''}; the known lead-ins are ${[...layout.findingLists.strength, ...layout.findingLists.improvement].map((p) => `"${p}"`).join(', ')} (content/reference/letter-layout.json)`,
      });
      refusedLeadIn = true;
    } else if (layoutKeys(layout).subheadings.has(layoutKey(text))) {
      closeList();
      ledger.place(line, 'heading');
      body.blocks.push({ type: 'heading', level: 2, text, line: n });
      sawSubheading = true;
    } else if (sectionHeading(text, layout)) {
      closeList();
      ledger.place(line, 'heading');
      const opened = { id: slugify(text), title: text };
      section = opened;
      sectionLists = new Map();
      refusedLeadIn = false;
      refusedHeading = false;
      misplacedList = false;
      if (body.sections.some((s) => s.id === opened.id)) problems.push({ line: n, message: `the section heading "${text}" appears twice` });
      body.sections.push({ ...opened, line: n });
      body.blocks.push({ type: 'heading', level: sawSubheading ? 3 : 2, text, line: n });
    } else if (
      isHeadingLike(text) ||
      (/:$/.test(text) && text.split(/\s+/).length <= 4 && next !== undefined && bulletText(next) === undefined)
    ) {
      const note = lookalikeNote(text);
      problems.push({ line: n, message: `"${text}" is not a heading the importer knows${note ? ` (${note})` : ''}; ${known}` });
      refusedHeading = true;
    } else {
      closeList();
      refusedLeadIn = false;
      ledger.place(line, 'paragraph');
      body.blocks.push({ type: 'paragraph', text, line: n });
    }
  }
  closeList();
  return body;
}
