import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config';
import { brokenLinks } from './support/links';
import { distDir } from './support/site';

describe('links across the built site', () => {
  it('resolve everywhere: every internal href, src and #fragment, 0 broken', () => {
    const { broken, checked } = brokenLinks(distDir, '/', siteConfig.site);
    expect(checked).toBeGreaterThan(2000);
    expect(broken).toEqual([]);
  });
});
