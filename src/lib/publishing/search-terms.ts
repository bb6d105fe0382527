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
  return acronyms.filter(
    (a) =>
      new RegExp(`(?<![A-Za-z0-9])${escape(a.short)}s?(?![A-Za-z0-9])`).test(flat) ||
      new RegExp(`(?<![A-Za-z0-9])${escape(a.expansion).replace(/ /g, '\\s+')}(?![A-Za-z0-9])`, 'i').test(flat),
  );
}

/**
 * The HTML search indexes for a page (the published page is unchanged): inside the element marked
 * `data-pagefind-body`, a first paragraph names every acronym the page uses in both forms ("Building Better
 * Relationships (BBR)"), so a search for either form finds the page, and the excerpt shows the pair. A page
 * with no such element, or using no acronym, is given as it is.
 */
export function withSearchTerms(html: string, acronyms: readonly Acronym[]): string {
  const open = /<[a-z][a-z0-9]*\b[^>]*\sdata-pagefind-body(?=[\s=>/])[^>]*>/i.exec(html);
  if (!open) return html;
  const body = html.slice(open.index + open[0].length);
  const used = acronymsIn(plainText(body), acronyms);
  if (!used.length) return html;
  const terms = used.map((a) => `${a.expansion} (${a.short})`).join('; ');
  const at = open.index + open[0].length;
  return `${html.slice(0, at)}<p>${terms.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>${html.slice(at)}`;
}
