import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicyHeader, contentSecurityPolicyMeta } from '../../src/lib/publishing/security';
import { filesUnder } from './support/links';
import { distDir } from './support/site';

// What each page type requests and whether the browser enforces the policy is checked in Chromium, on the
// one load of each page type, in every-page-type.test.ts.
describe('security', () => {
  it('gives every page a Content-Security-Policy without unsafe-inline, and no inline script or style', () => {
    for (const page of filesUnder(distDir).filter((f) => f.endsWith('.html') && !f.startsWith('search-index/'))) {
      const html = readFileSync(`${distDir}/${page}`, 'utf8');
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
      expect(csp, page).toBeDefined();
      expect(csp, page).not.toContain('unsafe-inline');
      expect(csp, page).toContain("script-src 'self'");
      // The whole policy, before anything it governs (a meta policy applies only to what follows it).
      expect(csp?.replaceAll('&#39;', "'"), page).toBe(contentSecurityPolicyMeta);
      const firstResource = html.search(/<script\b|<style\b|<link rel="stylesheet"/);
      if (firstResource >= 0) expect(html.indexOf('http-equiv="Content-Security-Policy"'), page).toBeLessThan(firstResource);
      // The one inline <script> allowed is a JSON-LD data block, which browsers never run (the policy does not apply).
      expect(html, page).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*\btype="application\/ld\+json")[^>]*>/);
      expect(html, page).not.toMatch(/<style[\s>]/);
      expect(html, page).not.toMatch(/\son[a-z]+="/);
    }
  });

  it('ships headers for hosts that read _headers', () => {
    const headers = readFileSync(`${distDir}/_headers`, 'utf8');
    expect(headers).toContain(`Content-Security-Policy: ${contentSecurityPolicyHeader}\n`);
    expect(headers).toContain("frame-ancestors 'none'");
    expect(headers).toContain('X-Content-Type-Options: nosniff');
  });
});
