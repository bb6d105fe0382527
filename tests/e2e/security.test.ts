import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite } from './support/browser';
import { contentSecurityPolicyHeader, contentSecurityPolicyMeta } from '../../src/lib/publishing/security';
import { filesUnder } from './support/links';
import { interactivePageTypes, pageTypes } from './support/page-types';
import { distDir } from './support/site';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe('security', () => {
  it('gives every page a Content-Security-Policy without unsafe-inline, and no inline script or style', () => {
    for (const page of filesUnder(distDir).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))) {
      const html = readFileSync(`${distDir}/${page}`, 'utf8');
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
      expect(csp, page).toBeDefined();
      expect(csp, page).not.toContain('unsafe-inline');
      expect(csp, page).toContain("script-src 'self'");
      // The whole policy, before anything it governs (a meta policy applies only to what follows it).
      expect(csp?.replaceAll('&#39;', "'"), page).toBe(contentSecurityPolicyMeta);
      const firstResource = html.search(/<script\b|<style\b|<link rel="stylesheet"/);
      if (firstResource >= 0) expect(html.indexOf('http-equiv="Content-Security-Policy"'), page).toBeLessThan(firstResource);
      expect(html, page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, page).not.toMatch(/<style[\s>]/);
      expect(html, page).not.toMatch(/\son[a-z]+="/);
    }
  });

  for (const [type, path] of Object.entries({ ...pageTypes, ...interactivePageTypes })) {
    it(`makes no request to another origin and breaks no policy: ${type}`, async () => {
      const page = await site.newPage();
      const requests: string[] = [];
      const violations: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
      });
      await page.goto(site.url(path), { waitUntil: 'networkidle' });
      if (path.startsWith('/search/')) await page.waitForSelector('.result');
      const origin = new URL(site.url('/')).origin;
      expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
      expect(violations).toEqual([]);
      await page.close();
    });
  }

  it('ships headers for hosts that read _headers', () => {
    const headers = readFileSync(`${distDir}/_headers`, 'utf8');
    expect(headers).toContain(`Content-Security-Policy: ${contentSecurityPolicyHeader}\n`);
    expect(headers).toContain("frame-ancestors 'none'");
    expect(headers).toContain('X-Content-Type-Options: nosniff');
  });
});
