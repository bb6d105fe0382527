import type { Acronym } from '../../schemas/acronym';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Text with tags and entities reduced to words, as search reads a page. */
function plainText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/**
 * The acronyms a text uses in either form: "BBR" (as printed, a plural "s" allowed) or "Building Better
 * Relationships" (in any letter case, any spacing), each once, in the list's order.
 */
export function acronymsIn(text: string, acronyms: readonly Acronym[]): Acronym[] {
  const flat = text.replace(/\s+/g, ' ');
  const lower = flat.toLowerCase();
  // A quick substring test first: most pages use few of the acronyms, and each pattern then scans the text once.
  return matchers(acronyms)
    .filter((m) => (flat.includes(m.short) && m.shortPattern.test(flat)) || (lower.includes(m.expansion) && m.expansionPattern.test(flat)))
    .map((m) => m.acronym);
}

interface AcronymMatcher {
  acronym: Acronym;
  short: string;
  /** The expansion in lower case, its words one space apart (as in the flattened text). */
  expansion: string;
  shortPattern: RegExp;
  expansionPattern: RegExp;
}

const compiled = new WeakMap<readonly Acronym[], AcronymMatcher[]>();

/** Each acronym's patterns, compiled once per list (a build tests every indexed page against the same list). */
function matchers(acronyms: readonly Acronym[]): AcronymMatcher[] {
  let list = compiled.get(acronyms);
  if (!list) {
    list = acronyms.map((a) => ({
      acronym: a,
      short: a.short,
      expansion: a.expansion.toLowerCase().replace(/\s+/g, ' '),
      shortPattern: new RegExp(`(?<![A-Za-z0-9])${escape(a.short)}s?(?![A-Za-z0-9])`),
      expansionPattern: new RegExp(`(?<![A-Za-z0-9])${escape(a.expansion).replace(/ /g, '\\s+')}(?![A-Za-z0-9])`, 'i'),
    }));
    compiled.set(acronyms, list);
  }
  return list;
}

/** Where a page's indexed part (the element marked `data-search-body`) opens and closes, or undefined if it has none. */
function indexedPart(html: string): { inside: number; close: number } | undefined {
  const open = /<([a-z][a-z0-9]*)\b[^>]*\sdata-search-body(?=[\s=>/])[^>]*>/i.exec(html);
  if (!open) return undefined;
  const tag = open[1] ?? '';
  const inside = open.index + open[0].length;
  // The element ends where its own closing tag is: count the same tag's openings and closings after it.
  const tags = new RegExp(`<(/?)${tag}(?=[\\s/>])[^>]*>`, 'gi');
  tags.lastIndex = inside;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return { inside, close: m.index };
  }
  return undefined;
}

/** The paragraph naming, in both forms, every acronym the indexed text uses ("Building Better Relationships (BBR)"), or "". */
function termsParagraph(inner: string, acronyms: readonly Acronym[]): string {
  const used = acronymsIn(plainText(inner), acronyms);
  if (!used.length) return '';
  const terms = used.map((a) => `${a.expansion} (${a.short})`).join('; ');
  return `<p>${terms.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`;
}

/**
 * The HTML search indexes for a page (the published page is unchanged): inside the element marked
 * `data-search-body`, a first paragraph names every acronym that part uses in both forms ("Building Better
 * Relationships (BBR)"), so a search for either form finds the page, and the excerpt shows the pair. A page
 * with no such element, or using no acronym, is given as it is.
 */
export function withSearchTerms(html: string, acronyms: readonly Acronym[]): string {
  const part = indexedPart(html);
  if (!part) return html;
  const terms = termsParagraph(html.slice(part.inside, part.close), acronyms);
  return terms ? `${html.slice(0, part.inside)}${terms}${html.slice(part.inside)}` : html;
}
