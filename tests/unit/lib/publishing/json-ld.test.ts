import { describe, expect, it } from 'vitest';
import { breadcrumbList, governmentOrganization, jsonLdText } from '../../../../src/lib/publishing/json-ld';

describe('JSON-LD', () => {
  it('writes "<" as \\u003c so letter text cannot close the script block, and parses back unchanged', () => {
    const nodes = [{ '@type': 'CreativeWork', text: 'a </script><script>alert("x")</script> & <!-- {b}' }];
    const text = jsonLdText(nodes);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ '@context': 'https://schema.org', '@graph': nodes });
  });

  it('gives breadcrumbs absolute URLs in order, the last being the page itself', () => {
    const list = breadcrumbList(
      [{ label: 'Home', href: '/inspections/' }, { label: 'Wigan PDU' }],
      'https://example.org/inspections/pdus/wigan/',
      'https://example.org',
    );
    expect(list).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/inspections/' },
        { '@type': 'ListItem', position: 2, name: 'Wigan PDU', item: 'https://example.org/inspections/pdus/wigan/' },
      ],
    });
  });

  it('describes the inspectorate as a GovernmentOrganization', () => {
    expect(governmentOrganization('HM Inspectorate of Probation')).toEqual({
      '@type': 'GovernmentOrganization',
      name: 'HM Inspectorate of Probation',
    });
  });
});
