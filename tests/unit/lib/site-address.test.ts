import { describe, expect, it } from 'vitest';
import { checkSiteAddress, placeholderSite, siteOption } from '../../../src/site-address.mjs';

describe('the site address a build publishes for', () => {
  it('takes an http or https address of a host, as its origin without a trailing slash', () => {
    expect(checkSiteAddress('https://Inspections.Example.gov.uk/', 'PI_SITE')).toEqual({
      ok: true,
      site: 'https://inspections.example.gov.uk',
    });
    expect(checkSiteAddress(' http://localhost:8080 ', '--site')).toEqual({ ok: true, site: 'http://localhost:8080' });
  });

  it.each([
    ['inspections.example.gov.uk', 'is not an absolute URL'],
    ['/inspections/', 'is not an absolute URL'],
    ['ftp://inspections.example.gov.uk', 'is not an http or https address (it starts ftp:)'],
    ['javascript:alert(1)', 'is not an http or https address'],
    ['https://user:secret@inspections.example.gov.uk', 'holds a user name or password'],
    ['https://inspections.example.gov.uk/?x=1', 'has a query or fragment'],
    ['https://inspections.example.gov.uk/#top', 'has a query or fragment'],
    [placeholderSite, 'is the placeholder address previews carry'],
  ])('refuses %s, saying why and what to give instead', (value, why) => {
    const checked = checkSiteAddress(value, '--site');
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.message).toContain(`--site ${JSON.stringify(value)} ${why}`);
    expect(checked.message).toMatch(/e\.g\. --site https:\/\/inspections\.example\.gov\.uk\.$/);
  });

  it('refuses a path, pointing to PI_BASE for the sub-path', () => {
    expect(checkSiteAddress('https://example.gov.uk/inspections', 'PI_SITE')).toEqual({
      ok: false,
      message:
        'PI_SITE "https://example.gov.uk/inspections" has a path (/inspections): give the host alone, PI_SITE=https://example.gov.uk, and the sub-path as PI_BASE=/inspections/.',
    });
  });
});

describe('npm run build’s --site option', () => {
  it('reads --site <url> and --site=<url>, passing every other argument on to Astro', () => {
    expect(siteOption(['--site', 'https://a.example', '--verbose'], undefined)).toEqual({
      ok: true,
      site: 'https://a.example',
      args: ['--verbose'],
    });
    expect(siteOption(['--site=https://a.example/'], undefined)).toEqual({ ok: true, site: 'https://a.example', args: [] });
  });

  it('wins over PI_SITE, which is read when no --site is given', () => {
    expect(siteOption(['--site', 'https://a.example'], 'https://b.example')).toMatchObject({ site: 'https://a.example' });
    expect(siteOption([], 'https://b.example')).toMatchObject({ site: 'https://b.example' });
  });

  it('gives no address, a preview, without either (an empty PI_SITE counts as unset)', () => {
    expect(siteOption([], undefined)).toEqual({ ok: true, site: undefined, args: [] });
    expect(siteOption([], '  ')).toEqual({ ok: true, site: undefined, args: [] });
  });

  it('refuses --site without an address, and a PI_SITE that is not one', () => {
    expect(siteOption(['--site'], undefined)).toEqual({
      ok: false,
      message: '--site needs an address, e.g. --site https://inspections.example.gov.uk.',
    });
    expect(siteOption(['--site', '--verbose'], undefined)).toMatchObject({ ok: false });
    expect(siteOption([], 'example.gov.uk')).toMatchObject({
      ok: false,
      message: expect.stringContaining('PI_SITE "example.gov.uk" is not an absolute URL'),
    });
  });
});
