import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { must } from '../../../src/lib/must';

/** Every file under a folder, as paths relative to it. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full).map((f) => join(name, f)) : [name];
  });
}

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/**
 * Checks every internal href and src of every HTML page in a built site: the file exists, and a
 * #fragment names an id on the target page. Absolute URLs on the site's own origin count as internal.
 * Returns one line per broken link: "page -> link (why)".
 */
export function brokenLinks(dist: string, base: string, siteOrigin: string): { broken: string[]; checked: number } {
  const prefix = base.replace(/\/+$/, '');
  const pages = filesUnder(dist).filter((f) => f.endsWith('.html'));
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    const cached = idsCache.get(file);
    if (cached) return cached;
    const html = readFileSync(file, 'utf8');
    const ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => decode(must(m[1], 'an id'))));
    idsCache.set(file, ids);
    return ids;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const html = readFileSync(join(dist, page), 'utf8');
    const pageUrl = new URL(`${prefix}/${page.replace(/index\.html$/, '')}`, siteOrigin);
    for (const [, , raw] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
      const link = decode(must(raw, 'a link'));
      if (/^(mailto:|tel:|data:|javascript:)/.test(link)) continue;
      const url = new URL(link, pageUrl);
      if (url.origin !== new URL(siteOrigin).origin) continue;
      checked += 1;
      const path = decodeURIComponent(url.pathname);
      if (!path.startsWith(`${prefix}/`)) {
        broken.push(`${page} -> ${link} (outside the base path ${base})`);
        continue;
      }
      let file = join(dist, path.slice(prefix.length));
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) {
        broken.push(`${page} -> ${link} (no file ${relative(dist, file)})`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) broken.push(`${page} -> ${link} (no id "${fragment}")`);
    }
  }
  return { broken, checked };
}
