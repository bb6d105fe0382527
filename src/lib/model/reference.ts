import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { frameworkListSchema, type Framework, type Standard } from '../../schemas/framework';
import { regionListSchema, type Region } from '../../schemas/region';
import { acronymListSchema, type Acronym } from '../../schemas/acronym';
import { placeListSchema, type Place } from '../../schemas/place';
import { letterLayoutSchema, type LetterLayout } from '../../schemas/letter-layout';
import {
  areaListSchema,
  findingRuleListSchema,
  recommendationRuleListSchema,
  sectionMappingListSchema,
  type Area,
  type FindingRule,
  type RecommendationRule,
  type SectionMapping,
} from '../../schemas/area';
import { domainCatalogue, type DomainInfo } from './domains';
import { slugify } from './ids';
import { formatFieldProblems } from '../problems';

/** The reference data letters are checked against: regions, frameworks, areas and the tagging rules. */
export interface Reference {
  regions: Region[];
  frameworks: Framework[];
  areas: Area[];
  /** Letter section -> domains its findings concern. */
  sections: SectionMapping[];
  /** Keyword rules tagging recommendations with domains. */
  recommendationRules: RecommendationRule[];
  /** Keyword rules adding to a finding the other standards its text is plainly about, beyond its section's. */
  findingRules: FindingRule[];
  /** The wording of a letter's layout the importer recognises: finding-list lead-ins, section headings. */
  layout: LetterLayout;
  /** Every domain page, derived from frameworks and areas. */
  domains: DomainInfo[];
  /** The field's abbreviations with their expansions ("BBR" = "Building Better Relationships"), each with its source. */
  acronyms: Acronym[];
  /** Places letters name within a PDU's area ("Atherton", Wigan PDU), each with its source, for search. */
  places: Place[];
}

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot be read as JSON: ${(error as Error).message}`, { cause: error });
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw new Error(formatFieldProblems(file, result.error.issues));
  return result.data;
}

/** Reads and validates the reference folder: regions, frameworks, areas, section mapping and the tagging rules. */
export function loadReference(dir: string): Reference {
  const frameworks = readJson(join(dir, 'frameworks.json'), frameworkListSchema);
  const areas = readJson(join(dir, 'areas.json'), areaListSchema);
  const reference: Reference = {
    regions: readJson(join(dir, 'regions.json'), regionListSchema),
    frameworks,
    areas,
    sections: readJson(join(dir, 'sections.json'), sectionMappingListSchema),
    recommendationRules: readJson(join(dir, 'recommendation-rules.json'), recommendationRuleListSchema),
    findingRules: readJson(join(dir, 'finding-rules.json'), findingRuleListSchema),
    layout: readJson(join(dir, 'letter-layout.json'), letterLayoutSchema),
    domains: domainCatalogue(frameworks, areas),
    acronyms: readJson(join(dir, 'acronyms.json'), acronymListSchema),
    places: readJson(join(dir, 'places.json'), placeListSchema),
  };
  const slugs = new Set(reference.domains.map((d) => d.slug));
  const dupes = [
    ...reference.sections.flatMap((m, i) =>
      m.domains.filter((d) => !slugs.has(d)).map((d) => `sections.json: [${i}].domains: unknown domain "${d}"`),
    ),
    ...reference.recommendationRules
      .filter((r) => !slugs.has(r.domain))
      .map((r) => `recommendation-rules.json: unknown domain "${r.domain}"`),
    ...reference.findingRules.filter((r) => !slugs.has(r.domain)).map((r) => `finding-rules.json: unknown domain "${r.domain}"`),
    ...reference.layout.sectionHeadings
      .filter((h) => !reference.sections.some((m) => m.section === slugify(h)))
      .map((h) => `letter-layout.json: the section heading "${h}" has no entry "${slugify(h)}" in sections.json`),
    ...duplicates(reference.regions.map((r) => r.id)).map((id) => `regions.json: region id "${id}" is used twice`),
    ...duplicates(reference.frameworks.map((f) => f.id)).map((id) => `frameworks.json: framework id "${id}" is used twice`),
    ...duplicates(reference.acronyms.map((a) => a.short.toLowerCase())).map(
      (s) => `acronyms.json: the abbreviation "${s}" is listed twice (letter case aside)`,
    ),
    ...duplicates(reference.acronyms.map((a) => a.expansion.toLowerCase())).map(
      (e) => `acronyms.json: the expansion "${e}" is listed twice: one abbreviation per expansion`,
    ),
    ...duplicates(reference.places.map((p) => `${p.pdu} ${p.name}`)).map((key) => `places.json: "${key}" is listed twice`),
    ...reference.frameworks.flatMap((f) =>
      duplicates(standardsOf(f).map((s) => s.id)).map((id) => `frameworks.json: standard "${id}" appears twice in ${f.id}`),
    ),
  ];
  if (dupes.length) throw new Error(dupes.map((d) => `${dir}/${d}`).join('\n'));
  return reference;
}

/** Every standard of a framework, in printed order. */
export function standardsOf(framework: Framework): Standard[] {
  return framework.domains.flatMap((d) => d.standards);
}

/** The values that occur more than once, each once. */
export function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const v of values) (seen.has(v) ? twice : seen).add(v);
  return [...twice];
}
