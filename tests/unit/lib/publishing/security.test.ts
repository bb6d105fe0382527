import { describe, expect, it } from 'vitest';
import { contentSecurityPolicyHeader, embedContentSecurityPolicyHeader, headersFile } from '../../../../src/lib/publishing/security';

describe('the _headers file', () => {
  const file = headersFile('/inspections', ['index.html', '404.html', 'letters/', 'embed/', 'data/', '_astro/']);
  const rules = file
    .trim()
    .split(/\n\n/)
    .map((block) => {
      const [path = '', ...headers] = block.split('\n');
      return { path, headers: headers.map((h) => h.trim()) };
    });

  it('lets other sites frame the embed pages and nothing else', () => {
    expect(rules.find((r) => r.path === '/inspections/embed/*')?.headers).toEqual([
      `Content-Security-Policy: ${embedContentSecurityPolicyHeader}`,
    ]);
    expect(embedContentSecurityPolicyHeader).toContain('frame-ancestors *');
    for (const path of [
      '/inspections/',
      '/inspections/index.html',
      '/inspections/404.html',
      '/inspections/letters/*',
      '/inspections/data/*',
    ])
      expect(rules.find((r) => r.path === path)?.headers, path).toEqual([
        `Content-Security-Policy: ${contentSecurityPolicyHeader}`,
        'X-Frame-Options: DENY',
      ]);
  });

  it('sets each path’s policy in one rule only, so no host merges two', () => {
    const withPolicy = rules.filter((r) => r.headers.some((h) => h.startsWith('Content-Security-Policy')));
    expect(rules.find((r) => r.path === '/inspections/*')?.headers).toEqual([
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: strict-origin-when-cross-origin',
      'Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
      'Cross-Origin-Opener-Policy: same-origin',
    ]);
    expect(withPolicy.map((r) => r.path).filter((p) => p !== '/inspections/embed/*' && p.startsWith('/inspections/embed'))).toEqual([]);
    expect(new Set(withPolicy.map((r) => r.path)).size).toBe(withPolicy.length);
  });
});

describe('the _headers file of a preview', () => {
  it('asks search engines not to index any file, pages or not, and a published build’s does not', () => {
    const topLevel = ['index.html', 'letters/', 'embed/', 'data/'];
    const shared = (file: string) => file.split('\n\n')[0]?.split('\n') ?? [];
    expect(shared(headersFile('/', topLevel, { preview: true }))).toEqual([
      '/*',
      '  X-Content-Type-Options: nosniff',
      '  Referrer-Policy: strict-origin-when-cross-origin',
      '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
      '  Cross-Origin-Opener-Policy: same-origin',
      '  X-Robots-Tag: noindex',
    ]);
    expect(headersFile('/', topLevel)).not.toContain('X-Robots-Tag');
  });
});
