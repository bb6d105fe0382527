/**
 * The Content-Security-Policy every page carries: everything from the site itself, no inline
 * scripts or styles, no WebAssembly. `frame-ancestors` only works as
 * a header, so the meta-tag version leaves it out.
 */
const directives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The policy as a <meta http-equiv> value. */
export const contentSecurityPolicyMeta = directives.join('; ');

/** The policy as an HTTP header, with frame-ancestors: no other site may frame the page. */
export const contentSecurityPolicyHeader = [...directives, "frame-ancestors 'none'"].join('; ');

/** The policy of an embed page (/embed/<chart-id>/): the same, except that any site may frame it. */
export const embedContentSecurityPolicyHeader = [...directives, 'frame-ancestors *'].join('; ');

/** The top-level folder of the embed pages, the only pages other sites may frame. */
export const embedFolder = 'embed';

/**
 * Security headers for hosts that read a `_headers` file (Netlify, Cloudflare Pages). Hosts differ when two rules
 * match a path and set the same header (Netlify keeps the last, Cloudflare joins both, which would keep
 * `frame-ancestors 'none'`), so each path gets its Content-Security-Policy from exactly one rule: the embed folder
 * its own, and every other top-level folder and file of the output (`topLevel`: folder names end with "/") the
 * site's, with X-Frame-Options: DENY for browsers that predate frame-ancestors. Headers every path shares are in `/*`;
 * in a preview (`preview`: no site address) they include `X-Robots-Tag: noindex`, which keeps the files no page's
 * meta tag covers (CSVs, PNGs, feeds) out of search engines too.
 */
export function headersFile(base: string, topLevel: readonly string[], options: { preview?: boolean } = {}): string {
  const prefix = base.replace(/\/+$/, '');
  const others = [...new Set(topLevel)].filter((entry) => entry !== `${embedFolder}/`).sort();
  const rule = (path: string) => `${prefix}${path}
  Content-Security-Policy: ${contentSecurityPolicyHeader}
  X-Frame-Options: DENY
`;
  return [
    `${prefix}/*
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()
  Cross-Origin-Opener-Policy: same-origin
${options.preview ? '  X-Robots-Tag: noindex\n' : ''}`,
    `${prefix}/${embedFolder}/*
  Content-Security-Policy: ${embedContentSecurityPolicyHeader}
`,
    rule('/'),
    ...others.map((entry) => rule(entry.endsWith('/') ? `/${entry}*` : `/${entry}`)),
  ].join('\n');
}
