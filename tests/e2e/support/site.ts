import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const root = fileURLToPath(new URL('../../../', import.meta.url));
/** The built site the tests read. */
export const distDir = `${root}dist`;

/** The built HTML of a site path such as "/letters/x/". */
export function builtPage(path: string): string {
  return readFileSync(`${distDir}${path}index.html`, 'utf8');
}

/** A page's visible text, tags stripped, entities decoded and whitespace folded. */
export function pageText(html: string): string {
  return (
    html
      .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
      // Inline elements join their text to its neighbours, as a browser shows it; other tags separate words.
      .replace(/<\/?(a|span|strong|em|b|i|sup|sub|code|time|mark|abbr|small)(\s[^>]*)?>/gi, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (entity, code: string) => decodeEntity(entity, code))
      .replace(/\s+/g, ' ')
      .trim()
  );
}

function decodeEntity(entity: string, code: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
  if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
  return named[code.toLowerCase()] ?? entity;
}
