import type { LetterRecord } from '../model/site-model';
import { paths, permalink } from '../urls';
import type { Citation } from './citations';

/** A schema.org node: a plain JSON object with its @type. */
export type JsonLdNode = { '@type': string } & Record<string, unknown>;

/** One step of a page's breadcrumb trail, as the Breadcrumbs component takes it: the last has no href. */
export interface Crumb {
  label: string;
  href?: string;
}

/** The inspectorate (or any publisher of letters) as a schema.org GovernmentOrganization. */
export function governmentOrganization(name: string): JsonLdNode {
  return { '@type': 'GovernmentOrganization', name };
}

/** A letter as a schema.org Report: its permanent URL, title, date, publisher, region and licence, and the original when recorded. */
export function reportNode(l: LetterRecord, site: string): JsonLdNode {
  const { letter } = l;
  const url = permalink(paths.letter(letter.id), site);
  const publisher = governmentOrganization(letter.publisher.name);
  return {
    '@type': 'Report',
    '@id': url,
    name: letter.title,
    datePublished: letter.date,
    author: publisher,
    publisher,
    url,
    ...(letter.sourceUrl ? { sameAs: letter.sourceUrl } : {}),
    inLanguage: 'en-GB',
    spatialCoverage: { '@type': 'Place', name: l.region.name },
    license: letter.licence.url,
  };
}

/** A finding or recommendation as a CreativeWork quoting its text, part of its letter's Report. */
export function itemNode(c: Citation, letter: LetterRecord, site: string): JsonLdNode {
  return {
    '@type': 'CreativeWork',
    '@id': c.url,
    name: c.title,
    ...(c.quote ? { text: c.quote } : {}),
    datePublished: c.date,
    author: governmentOrganization(c.author),
    url: c.url,
    isPartOf: reportNode(letter, site),
  };
}

/** A page this site compiled from letters (a PDU or region page) as a WebPage citing each letter's Report. */
export function compiledPageNode(c: Citation, letters: readonly LetterRecord[], site: string): JsonLdNode {
  return {
    '@type': 'WebPage',
    '@id': c.url,
    name: c.title,
    url: c.url,
    dateModified: c.date,
    inLanguage: 'en-GB',
    citation: letters.map((l) => reportNode(l, site)),
  };
}

/** A page's breadcrumb trail as a schema.org BreadcrumbList of absolute URLs; the last step is the page itself. */
export function breadcrumbList(crumbs: readonly Crumb[], pageUrl: string, site: string): JsonLdNode {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.label,
      item: crumb.href ? new URL(crumb.href, site).href : pageUrl,
    })),
  };
}

/**
 * The text of a `<script type="application/ld+json">` block: the nodes as one schema.org graph. Every "<" is written
 * as \u003c, so no text from a letter can close the block or open markup; JSON parsers read it back unchanged.
 */
export function jsonLdText(nodes: readonly JsonLdNode[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': nodes }).replace(/</g, '\\u003c');
}
