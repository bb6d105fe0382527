/** One rule of a `_headers` file: a path pattern and the headers it sets. */
export interface HeadersRule {
  pattern: string;
  headers: [string, string][];
}

/** The rules of a `_headers` file (Netlify and Cloudflare Pages syntax: a path, then indented `Name: value` lines). */
export function readHeadersFile(text: string): HeadersRule[] {
  const rules: HeadersRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
      const rule = rules.at(-1);
      if (!rule || !name || value === undefined) throw new Error(`_headers: a header outside a rule or without a colon: "${line}"`);
      rule.headers.push([name, value]);
    }
  }
  return rules;
}

/**
 * The headers a host sends for a path: every rule whose pattern matches (a trailing `*` matches any rest), in order;
 * a header two rules set is joined with a comma, as Cloudflare Pages does (a browser then enforces both policies),
 * the stricter reading of the two hosts.
 */
export function headersFor(rules: readonly HeadersRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const matches = rule.pattern.endsWith('*') ? path.startsWith(rule.pattern.slice(0, -1)) : path === rule.pattern;
    if (!matches) continue;
    for (const [name, value] of rule.headers) out[name] = out[name] ? `${out[name]}, ${value}` : value;
  }
  return out;
}
