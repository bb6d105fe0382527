/**
 * The site's two escapers, one of each kind, for code that writes markup or patterns as strings (pages written by
 * Astro escape their own text). Used at build time and by the search page in the browser.
 */

const references: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text safe in HTML, SVG or XML, in an element or a double-quoted attribute (the only quotes the project writes):
 * the four characters markup reads there, as references.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"]/g, (c) => references[c] ?? c);
}

/**
 * Text matched literally inside a regular expression. (Node 24 has `RegExp.escape`, but not every browser the search
 * page serves does, and TypeScript's libraries do not type it yet.)
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
