import type { Citation } from './citations';

/**
 * The words the readable reference holds where the date the reader accessed it goes. Without JavaScript the reader
 * fills it in; the copy button replaces it with the day of copying (src/scripts/cite.ts).
 */
export const accessedPlaceholder = 'add the date you read it';

/** The formats a reference manager imports, with the file each is saved as and its media type. */
export const citationFormats = [
  { id: 'bibtex', name: 'BibTeX', extension: 'bib', mediaType: 'application/x-bibtex' },
  { id: 'ris', name: 'RIS', extension: 'ris', mediaType: 'application/x-research-info-systems' },
  { id: 'csl', name: 'CSL-JSON', extension: 'json', mediaType: 'application/vnd.citationstyles.csl+json' },
] as const;

export type CitationFormat = (typeof citationFormats)[number];

const year = (c: Citation) => c.date.slice(0, 4);
/** Whitespace other than a space, or two spaces: what oneLine would change, with a space at either end. */
const foldable = /[^\S ]| {2}/;

/**
 * Text on one line: a letter's text may hold line breaks, which RIS and a one-line reference cannot. Each run of
 * whitespace becomes one space and the ends are trimmed; text already on one line (nearly all) is returned as it is,
 * without building a copy.
 */
export function oneLine(text: string): string {
  const onOneLine = !foldable.test(text) && !text.startsWith(' ') && !text.endsWith(' ');
  return onOneLine ? text : text.replace(/\s+/g, ' ').trim();
}

/** "“Some workloads were high.” Original on the inspectorate’s website: https://…", or a compiled page's note. */
function noteOf(c: Citation): string {
  return [
    c.note ? `${c.note}.` : '',
    c.quote ? `“${oneLine(c.quote)}”` : '',
    c.sourceUrl ? `Original on the inspectorate’s website: ${c.sourceUrl}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * The reference a journalist pastes: author, year, the work, the item and its text, where it is on this site with the
 * accessed date left for the reader ({@link accessedPlaceholder}), and the inspectorate's original when recorded.
 */
export function readableReference(c: Citation): string {
  const item = c.item ? (c.quote ? ` ${c.item}: “${oneLine(c.quote)}”` : ` ${c.item}.`) : '';
  const note = c.note ? ` ${c.note}.` : '';
  const original = c.sourceUrl ? ` Original on the inspectorate’s website: ${c.sourceUrl}` : '';
  return `${c.author} (${year(c)}) ${c.work}.${item}${note} Available at: ${c.url} (Accessed: ${accessedPlaceholder}).${original}`;
}

/** TeX's special characters, each as BibTeX writes it literally. */
const texEscapes: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
const texSpecial = /[\\{}&%$#_~^]/;
const texSpecials = new RegExp(texSpecial.source, 'g');

/** Text escaped for a BibTeX field: TeX's special characters made literal. */
export function bibtexEscape(text: string): string {
  const line = oneLine(text);
  return texSpecial.test(line) ? line.replace(texSpecials, (ch) => texEscapes[ch] ?? ch) : line;
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** One BibTeX entry: @techreport for a letter or its items, @misc for a page this site compiled. */
export function bibtexEntry(c: Citation): string {
  const fields: [string, string][] = [
    // Double braces: the author is an institution, not a family name and given names; the title keeps its capitals.
    ['author', `{${bibtexEscape(c.author)}}`],
    ['title', `{${bibtexEscape(c.title)}}`],
    [c.type === 'report' ? 'institution' : 'howpublished', bibtexEscape(c.publisher)],
    ['year', year(c)],
    ['month', months[Number(c.date.slice(5, 7)) - 1] ?? ''],
    // BibTeX has no field for the day; BibLaTeX reads date, and day keeps it for tools that read BibTeX's fields.
    ['day', String(Number(c.date.slice(8, 10)))],
    ['date', c.date],
    // URLs are verbatim in BibTeX's url field; they hold no braces (a parsed URL percent-encodes them).
    ['url', new URL(c.url).href],
  ];
  const note = noteOf(c);
  if (note) fields.push(['note', bibtexEscape(note)]);
  const body = fields.map(([name, value]) => `  ${name} = ${name === 'month' ? value : `{${value}}`}`).join(',\n');
  return `@${c.type === 'report' ? 'techreport' : 'misc'}{${c.key},\n${body}\n}\n`;
}

/** One RIS record: RPRT (report) for a letter or its items, ELEC (web page) for a page this site compiled. */
export function risRecord(c: Citation): string {
  const tags: [string, string][] = [
    ['TY', c.type === 'report' ? 'RPRT' : 'ELEC'],
    ['ID', c.key],
    // A trailing comma: the author is one name (an institution), not "family, given".
    ['AU', `${oneLine(c.author)},`],
    ['TI', oneLine(c.title)],
    ['PY', year(c)],
    ['DA', `${c.date.replaceAll('-', '/')}/`],
    ['PB', oneLine(c.publisher)],
    ['UR', c.url],
  ];
  const note = noteOf(c);
  if (note) tags.push(['N1', note]);
  return `${[...tags, ['ER', '']].map(([tag, value]) => `${tag}  - ${value}`).join('\n')}\n`;
}

/** One CSL-JSON item (the format Zotero, Mendeley and citeproc read). */
export function cslItem(c: Citation): Record<string, unknown> {
  const note = noteOf(c);
  return {
    id: c.key,
    type: c.type,
    title: c.title,
    author: [{ literal: c.author }],
    publisher: c.publisher,
    issued: { 'date-parts': [c.date.split('-').map(Number)] },
    URL: c.url,
    ...(note ? { note } : {}),
  };
}

/** Citations in one format, as the text of a file: entries one after another, or a CSL-JSON array. */
export function formatCitations(format: CitationFormat['id'], citations: readonly Citation[]): string {
  if (format === 'bibtex') return citations.map(bibtexEntry).join('\n');
  if (format === 'ris') return citations.map(risRecord).join('\n');
  // Indented for reading, with each date's parts on one line: [[2023, 5, 25]].
  // (A letter's text cannot match: inside a JSON string every quote is escaped, \".)
  const json = JSON.stringify(citations.map(cslItem), null, 2).replace(
    /"date-parts": \[\s*\[\s*([\d,\s]+?)\s*\]\s*\]/g,
    (_match, parts: string) => `"date-parts": [[${parts.split(/,\s*/).join(', ')}]]`,
  );
  return `${json}\n`;
}

/** Whether an address is of a PDF file (its path ends ".pdf"): the link says so, and citation_pdf_url carries it. */
export function isPdfUrl(url: string): boolean {
  return /\.pdf$/i.test(new URL(url).pathname);
}

/** A date as citation_publication_date writes it: "2023/05/25". */
const slashed = (iso: string) => iso.replaceAll('-', '/');

/**
 * The citation_* meta tags reference managers (Zotero) and scholarly search engines read, as [name, content] pairs.
 * The original's address goes in citation_pdf_url when it is a PDF, in citation_public_url otherwise, and in neither
 * when the letter does not record it.
 */
export function citationMetaTags(c: Citation): [string, string][] {
  const tags: [string, string][] = [
    ['citation_title', c.title],
    ['citation_author', c.author],
    ['citation_publication_date', slashed(c.date)],
    ['citation_publisher', c.publisher],
  ];
  if (c.type === 'report') tags.push(['citation_technical_report_institution', c.publisher]);
  if (c.sourceUrl) tags.push([isPdfUrl(c.sourceUrl) ? 'citation_pdf_url' : 'citation_public_url', c.sourceUrl]);
  tags.push(['citation_language', 'en']);
  return tags;
}
