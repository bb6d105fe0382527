import { urlSchema } from '../schemas/common';
import type { SeedProblem } from './errors';
import type { SeedLine } from './lines';

/**
 * A letter's footnotes as seeds write them: a superscript marker in the text ("Bendall¹"), and below the paragraphs a
 * line per footnote, its marker, its link text in brackets and its address in parentheses:
 * `¹ [Independent review of … \(justiceinspectorates.gov.uk\)](https://www.justiceinspectorates.gov.uk/…/)`.
 */

const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A run of superscript digits: one marker ("¹", or "¹²" for footnote 12). */
const markerRun = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;

/** Reads a superscript number such as "¹²" as 12. */
export function superscriptNumber(marker: string): number {
  return Number([...marker].map((c) => superscripts.indexOf(c)).join(''));
}

/** A line that opens as a footnote does: a marker, then "[". */
const footnoteStart = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*\[/;
const footnotePattern = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*\[(.+)\]\((\S+)\)$/;
/** A footnote whose address runs past the end of its line: "(https://…" opened and not closed. */
const openFootnote = /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s*\[.+\]\(\S+$/;

/** A footnote line read: its superscript marker, its text as written (Markdown escapes and all) and its address. */
export function footnoteOf(text: string): { marker: string; label: string; url: string } | undefined {
  const [, marker, label, url] = footnotePattern.exec(text) ?? [];
  return marker && label && url ? { marker, label, url } : undefined;
}

/** The marker of a line that opens as a footnote ("² [" …), read or not. */
const footnoteMarkerOf = (text: string) => footnoteStart.exec(text)?.[1];

/**
 * Joins each footnote whose address a PDF copy wrapped onto the following line(s) (`…review-of-` then
 * `jordan-mcsweeney/)`), but only when the join is certain: the next lines follow with no blank line between, hold no
 * space (each continues the address), and the footnote they complete has an http(s) address that is a valid URL.
 * Anything less is left as it is, for `footnoteLineProblem` to refuse. Runs before page breaks are mended, which
 * would join such a line with a space.
 */
export function joinWrappedFootnoteUrls(lines: readonly SeedLine[]): SeedLine[] {
  const out: SeedLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SeedLine;
    if (!openFootnote.test(line.text) || footnoteOf(line.text)) {
      out.push(line);
      continue;
    }
    let text = line.text;
    let j = i + 1;
    for (let next = lines[j]; next && next.block === line.block && !/\s/.test(next.text) && !footnoteOf(text); next = lines[++j])
      text += next.text;
    const read = footnoteOf(text);
    if (read && urlSchema.safeParse(read.url).success) {
      out.push({ ...line, text, joined: [...(line.joined ?? []), ...lines.slice(i + 1, j).flatMap((l) => [l.n, ...(l.joined ?? [])])] });
      i = j - 1;
    } else out.push(line);
  }
  return out;
}

/** Why a line that opens as a footnote cannot be read, or undefined when it reads. */
export function footnoteLineProblem(text: string): string | undefined {
  if (!footnoteStart.test(text) || footnoteOf(text)) return undefined;
  const expected = 'a footnote is one line, "¹ [link text](https://address)"';
  const address = /\]\((.*)$/.exec(text)?.[1]?.trim();
  const space = address?.search(/\s/) ?? -1;
  if (address !== undefined && space >= 0) {
    const around = `${space > 30 ? '…' : ''}${address.slice(Math.max(0, space - 30), space + 30)}${space + 30 < address.length ? '…' : ''}`;
    return `the address of footnote ${footnoteMarkerOf(text)} holds a space ("${around}"): an address has none; if the line was wrapped, join its parts; ${expected}`;
  }
  if (address !== undefined && openFootnote.test(text))
    return `the address of footnote ${footnoteMarkerOf(text)} runs past the end of its line, and the next line does not complete it for certain: put the whole address on this line; ${expected}`;
  return `footnote ${footnoteMarkerOf(text)} cannot be read: ${expected}`;
}

/**
 * Checks the footnote markers of a letter's narrative lines (before page breaks are mended, so each problem names the
 * line a marker stands on): every marker has its footnote, each footnote is marked once, and every footnote has its
 * marker. A marker naming no footnote, or marking one again, may be the one a footnote lacks (a typo): that footnote
 * is then named in its problem and not reported again, so one mistake gives one line.
 */
export function checkFootnoteMarkers(lines: readonly SeedLine[], problems: SeedProblem[]): void {
  const footnotes = new Map<number, SeedLine>();
  for (const line of lines) {
    const marker = footnoteMarkerOf(line.text);
    if (marker && !footnotes.has(superscriptNumber(marker))) footnotes.set(superscriptNumber(marker), line);
  }
  const marked = new Map<number, number>();
  const strays: SeedProblem[] = [];
  for (const line of lines) {
    if (footnoteMarkerOf(line.text)) continue;
    for (const [marker] of line.text.matchAll(markerRun)) {
      const n = superscriptNumber(marker);
      const earlier = marked.get(n);
      if (!footnotes.has(n))
        strays.push({
          line: line.n,
          message: `"${marker}" marks footnote ${n}, but the letter has no footnote ${n}${footnotes.size ? ` (its footnotes are ${[...footnotes.keys()].join(', ')})` : ''}: a superscript number in the text is a footnote marker, so a footnote line is missing or the marker is mistyped`,
        });
      else if (earlier !== undefined)
        strays.push({
          line: line.n,
          message: `"${marker}" marks footnote ${n} again (it is marked at line ${earlier}): a footnote has one marker, and the page links each footnote back to one place`,
        });
      else marked.set(n, line.n);
    }
  }
  const unmarked = [...footnotes].filter(([n]) => !marked.has(n));
  if (strays.length) {
    const names = unmarked.map(([n]) => `footnote ${n}`);
    for (const p of strays)
      if (names.length)
        p.message += `; ${names.join(', ')} ${names.length === 1 ? 'has no marker: is this it?' : 'have no marker: is this one of them?'}`;
    problems.push(...strays);
    return;
  }
  for (const [n, line] of unmarked)
    problems.push({
      line: line.n,
      message: `footnote ${n} is marked nowhere in the letter's text (no "${footnoteMarkerOf(line.text)}" after the word it belongs to): a PDF copy often prints the marker as a plain digit ("McSweeney2"); write it as the superscript`,
    });
}

/**
 * The narrative's lines with each wrapped footnote address joined (joinWrappedFootnoteUrls), their markers checked
 * (checkFootnoteMarkers): what the body is read from, before page breaks are mended.
 */
export function readFootnoteLines(lines: readonly SeedLine[], problems: SeedProblem[]): SeedLine[] {
  const joined = joinWrappedFootnoteUrls(lines);
  checkFootnoteMarkers(joined, problems);
  return joined;
}

/** Whether a text holds a footnote marker. */
export const holdsMarker = (text: string): boolean => /[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(text);
