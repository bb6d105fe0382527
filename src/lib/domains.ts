import type { Area, RecommendationRule, SectionMapping } from '../schemas/area';
import type { Domain, Framework, Standard } from '../schemas/framework';
import { slugify } from './ids';

/** A page under /domains/: a framework domain, one of its standards, or a regional area. */
export interface DomainInfo {
  /** URL segment, e.g. "2-2-assessment". */
  slug: string;
  kind: 'domain' | 'standard' | 'area';
  /** Name as printed, e.g. "Assessment". */
  name: string;
  /** Name with its number, e.g. "2.2 Assessment". */
  label: string;
  /** The standard's number ("2.2") or the domain's ("2"); absent for areas. */
  number?: string;
  /** For a standard, its domain's slug. */
  parent?: string;
  /** For a domain, its standards' slugs. */
  children: string[];
  /** Frameworks it belongs to. */
  frameworks: string[];
  /** What an area covers. */
  description?: string;
}

/** "2.2 Assessment" -> "2-2-assessment". */
export function standardSlug(standard: Standard): string {
  return `${standard.id.replace(/\./g, '-')}-${slugify(standard.name)}`;
}

/** "2 Court work and case supervision" -> "2-court-work-and-case-supervision". */
export function domainSlug(domain: Domain): string {
  return `${domain.number}-${slugify(domain.name)}`;
}

/**
 * Every domain page the reference data defines, in framework order then areas. A standard printed
 * alike in two frameworks (same number and name) is one page, so its ratings compare over time.
 */
export function domainCatalogue(frameworks: readonly Framework[], areas: readonly Area[]): DomainInfo[] {
  const bySlug = new Map<string, DomainInfo>();
  const add = (info: DomainInfo) => {
    const seen = bySlug.get(info.slug);
    if (seen) {
      seen.frameworks = [...new Set([...seen.frameworks, ...info.frameworks])];
      seen.children = [...new Set([...seen.children, ...info.children])];
    } else bySlug.set(info.slug, info);
  };
  for (const framework of frameworks) {
    for (const domain of framework.domains) {
      const slug = domainSlug(domain);
      add({ slug, kind: 'domain', name: domain.name, label: `${domain.number} ${domain.name}`, number: domain.number, children: domain.standards.map(standardSlug), frameworks: [framework.id] });
      for (const standard of domain.standards) {
        add({ slug: standardSlug(standard), kind: 'standard', name: standard.name, label: `${standard.id} ${standard.name}`, number: standard.id, parent: slug, children: [], frameworks: [framework.id] });
      }
    }
  }
  for (const area of areas) add({ slug: area.id, kind: 'area', name: area.name, label: area.name, children: [], frameworks: [], description: area.description });
  return [...bySlug.values()];
}

/** The domains a finding in a section concerns, from the section mapping; none when the section is unmapped. */
export function sectionDomains(section: string, mappings: readonly SectionMapping[]): string[] {
  return mappings.find((m) => m.section === section)?.domains ?? [];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The domains a recommendation concerns: every rule with a pattern its text contains, in rule order. */
export function recommendationDomains(text: string, rules: readonly RecommendationRule[]): string[] {
  const matched = rules.filter((rule) => rule.patterns.some((p) => new RegExp(`\\b${escapeRegExp(p)}`, 'i').test(text)));
  return [...new Set(matched.map((r) => r.domain))];
}

/** Which patterns of which rules a text matches, to explain a tag to a reader. */
export function explainDomains(text: string, rules: readonly RecommendationRule[]): { domain: string; patterns: string[] }[] {
  return rules
    .map((rule) => ({ domain: rule.domain, patterns: rule.patterns.filter((p) => new RegExp(`\\b${escapeRegExp(p)}`, 'i').test(text)) }))
    .filter((r) => r.patterns.length);
}
