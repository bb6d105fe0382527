import type { FindingKind } from '../schemas/finding';
import type { Footnote } from '../schemas/footnote';
import type { LetterSection } from '../schemas/letter';
import { slugify } from '../lib/ids';
import type { SeedProblem } from './errors';
import { bulletText, isHeadingLike, type SeedLine } from './lines';

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
  sections: LetterSection[];
  findings: DraftFinding[];
  footnotes: Footnote[];
}

const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Reads a superscript number such as "¹²" as 12. */
export function superscriptNumber(marker: string): number {
  return Number([...marker].map((c) => superscripts.indexOf(c)).join(''));
}

/** Reads "Key strengths:" or "Key areas for improvement:" as the kind of finding list it opens. */
export function findingListKind(text: string): FindingKind | undefined {
  if (/^key\s+strengths?\s*:?$/i.test(text)) return 'strength';
  if (/^key\s+areas?\s+for\s+(further\s+)?improvement\s*:?$/i.test(text)) return 'improvement';
  return undefined;
}

/** Undoes Markdown's backslash escapes in link text, e.g. "\(" -> "(". */
const unescapeMarkdown = (s: string) => s.replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');

/**
 * Reads the narrative between the salutation and the closing: paragraphs, section headings,
 * finding lists and footnotes. Lines must already have had their page breaks mended.
 */
export function parseBody(lines: readonly SeedLine[], problems: SeedProblem[]): LetterBody {
  const body: LetterBody = { blocks: [], sections: [], findings: [], footnotes: [] };
  let section: LetterSection | undefined;
  let list: { kind: FindingKind } | undefined;
  let sawSubheading = false;

  for (const [i, line] of lines.entries()) {
    const { text, n } = line;
    const kind = findingListKind(text);
    const bullet = bulletText(text);
    const footnote = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*\[(.+)\]\((\S+)\)$/.exec(text);
    const next = lines[i + 1]?.text;

    if (kind) {
      if (!section) {
        problems.push({ line: n, message: `"${text}" stands before any section heading` });
        continue;
      }
      list = { kind };
      body.blocks.push({ type: 'findings', section: section.id, kind, heading: text, line: n });
    } else if (bullet !== undefined) {
      if (list && section) {
        body.findings.push({ section: section.id, kind: list.kind, text: bullet, line: n });
      } else {
        const last = body.blocks.at(-1);
        if (last?.type === 'bullets') last.items.push(bullet);
        else body.blocks.push({ type: 'bullets', items: [bullet], line: n });
      }
    } else if (footnote) {
      if (!body.blocks.some((b) => b.type === 'footnotes')) body.blocks.push({ type: 'footnotes', line: n });
      body.footnotes.push({ number: superscriptNumber(footnote[1]), marker: footnote[1], text: unescapeMarkdown(footnote[2]), url: footnote[3] });
      list = undefined;
    } else if (/:$/.test(text) && text.split(/\s+/).length <= 4 && next !== undefined && !bulletText(next)) {
      body.blocks.push({ type: 'heading', level: 2, text, line: n });
      sawSubheading = true;
      list = undefined;
    } else if (isHeadingLike(text)) {
      section = { id: slugify(text), title: text };
      if (body.sections.some((s) => s.id === section!.id)) {
        problems.push({ line: n, message: `section heading "${text}" appears twice` });
      }
      body.sections.push(section);
      body.blocks.push({ type: 'heading', level: sawSubheading ? 3 : 2, text, line: n });
      list = undefined;
    } else {
      body.blocks.push({ type: 'paragraph', text, line: n });
      list = undefined;
    }
  }
  return body;
}
