import { describe, expect, it } from 'vitest';
import { linkPduNames } from '../../../../src/lib/publishing/rehype-link-pdus';

const text = (value: string) => ({ type: 'text' as const, value });
const el = (tagName: string, ...children: object[]) => ({ type: 'element', tagName, properties: {}, children });
const pdus = [
  { id: 'manchester-north', name: 'Manchester North' },
  { id: 'wigan', name: 'Wigan' },
];

describe('linking PDU names in a letter’s narrative', () => {
  it('links the first mention of each PDU per section, respecting the base path', () => {
    const tree = el(
      'root',
      el('h2', text('Staff')),
      el('p', text('From 26 per cent in Wigan to 27 per cent in Manchester North and Wigan again.')),
    );
    linkPduNames(tree as never, pdus, '/inspections/');
    const p = (
      tree.children[1] as {
        children: { type: string; tagName?: string; properties?: { href: string }; children?: { value: string }[]; value?: string }[];
      }
    ).children;
    expect(p.map((n) => (n.type === 'element' ? `[${n.children?.[0]?.value}→${n.properties?.href}]` : n.value)).join('')).toBe(
      'From 26 per cent in [Wigan→/inspections/pdus/wigan/] to 27 per cent in [Manchester North→/inspections/pdus/manchester-north/] and Wigan again.',
    );
  });

  it('starts afresh after each heading, and never links inside headings, links or other words', () => {
    const tree = el(
      'root',
      el('p', text('Wigan.')),
      el('h3', text('Wigan section')),
      el('p', el('a', text('Wigan link')), text(' Wigans and Wigan.')),
    );
    linkPduNames(tree as never, pdus, '/');
    const html = JSON.stringify(tree);
    expect((html.match(/"href":"\/pdus\/wigan\/"/g) ?? []).length).toBe(2);
    expect(JSON.stringify(tree.children[1])).not.toContain('href');
  });
});
