/**
 * The Content-Security-Policy every page carries: everything from the site itself, no inline
 * scripts or styles, WebAssembly allowed only for the search index. `frame-ancestors` only works as
 * a header, so the meta-tag version leaves it out.
 */
const directives = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
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

/** The policy as an HTTP header, with frame-ancestors. */
export const contentSecurityPolicyHeader = [...directives, "frame-ancestors 'none'"].join('; ');

/** Security headers for hosts that read a `_headers` file (Netlify, Cloudflare Pages). */
export function headersFile(base: string): string {
  const prefix = base.replace(/\/+$/, '');
  return `${prefix}/*
  Content-Security-Policy: ${contentSecurityPolicyHeader}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()
  Cross-Origin-Opener-Policy: same-origin
`;
}
