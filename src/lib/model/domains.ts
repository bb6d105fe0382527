import type { Area, FindingRule, KeywordRule, RecommendationRule, SectionMapping } from '../../schemas/area';
import type { Domain, Framework, Standard } from '../../schemas/framework';
import { slugify } from './ids';
import { escapeRegExp } from '../escape';
import { sentencesOf } from '../language/sentence-split';

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
  /** Other names letters give an area (reference data), matched like its name where a letter has no section on it. */
  aliases?: string[];
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
      add({
        slug,
        kind: 'domain',
        name: domain.name,
        label: `${domain.number} ${domain.name}`,
        number: domain.number,
        children: domain.standards.map(standardSlug),
        frameworks: [framework.id],
      });
      for (const standard of domain.standards) {
        add({
          slug: standardSlug(standard),
          kind: 'standard',
          name: standard.name,
          label: `${standard.id} ${standard.name}`,
          number: standard.id,
          parent: slug,
          children: [],
          frameworks: [framework.id],
        });
      }
    }
  }
  for (const area of areas)
    add({
      slug: area.id,
      kind: 'area',
      name: area.name,
      label: area.name,
      children: [],
      frameworks: [],
      description: area.description,
      ...(area.aliases ? { aliases: area.aliases } : {}),
    });
  return [...bySlug.values()];
}

/** The domains a finding in a section concerns, from the section mapping; none when the section is unmapped. */
export function sectionDomains(section: string, mappings: readonly SectionMapping[]): string[] {
  return mappings.find((m) => m.section === section)?.domains ?? [];
}

/** A keyword rule made ready to match: its regular expressions are built once per rule set, not once per text. */
export interface CompiledRule {
  domain: string;
  /** Matches of any pattern or word, longest alternative first; null for a rule of `together` groups. */
  find: RegExp | null;
  /** For a rule of `together` groups: each group's matches, all of which one sentence must hold. */
  groups: RegExp[];
  /** Matches of any `unless` term, which stops a sentence counting for `groups`. */
  unless: RegExp | null;
  /** Matches of any exclude phrase, or null when the rule has none. */
  exclude: RegExp | null;
  minMatches: number;
  /** Each pattern and word on its own, to explain a tag. */
  terms: { term: string; find: RegExp }[];
}

// Unicode-aware word edges: a letter, digit or underscore before a match, or after a whole word, is not an edge.
const WORD_START = '(?<![\\p{L}\\p{N}_])';
const WORD_END = '(?![\\p{L}\\p{N}_])';

/**
 * One term's source after its word start: escaped, any run of spaces matching any whitespace, either apostrophe
 * matching both.
 */
function termSource(term: string, wholeWord: boolean): string {
  const body = term
    .trim()
    .split(/\s+/)
    .map((word) => escapeRegExp(word).replace(/['’]/g, "['’]"))
    .join('\\s+');
  return `${body}${wholeWord ? WORD_END : ''}`;
}

/**
 * An alternation of terms at a word start, longest first so that the longest term starting at a place is the one
 * matched. The word start is tested once for the whole alternation, not once per term: the same matches, and at each
 * place of a text one look back instead of one per term (a rule has up to ~60 terms).
 */
function alternation(terms: { source: string; length: number }[]): RegExp {
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  return new RegExp(`${WORD_START}(?:${sorted.map((t) => `(?:${t.source})`).join('|')})`, 'giu');
}

/** Builds each rule's regular expressions once; do this once per rule set and reuse the result for every text. */
export function compileRules(rules: readonly KeywordRule[]): CompiledRule[] {
  const asPatterns = (list: readonly string[]) => list.map((term) => ({ term, source: termSource(term, false), length: term.length }));
  return rules.map((rule) => {
    const groups = (rule.together ?? []).map(asPatterns);
    const terms = [
      ...asPatterns(rule.patterns ?? []),
      ...(rule.words ?? []).map((term) => ({ term, source: termSource(term, true), length: term.length })),
      ...groups.flat(),
    ];
    const excludes = asPatterns(rule.exclude ?? []);
    return {
      domain: rule.domain,
      find: groups.length ? null : alternation(terms),
      groups: groups.map(alternation),
      unless: rule.unless ? alternation(asPatterns(rule.unless)) : null,
      exclude: excludes.length ? alternation(excludes) : null,
      minMatches: rule.minMatches ?? 1,
      terms: terms.map(({ term, source }) => ({ term, find: new RegExp(`${WORD_START}${source}`, 'giu') })),
    };
  });
}

// Rule sets are loaded once and passed around as the same array, so compiling once per array is enough (an array
// changed after its first use keeps its first compilation; pass a new array instead).
const compiledCache = new WeakMap<readonly KeywordRule[], CompiledRule[]>();

function compiled(rules: readonly KeywordRule[]): CompiledRule[] {
  let result = compiledCache.get(rules);
  if (!result) {
    result = compileRules(rules);
    compiledCache.set(rules, result);
  }
  return result;
}

/** Where a rule's exclude phrases occur in a text, overlapping ones included, in order of start. */
function excludedSpans(exclude: RegExp, text: string): [number, number][] {
  const spans: [number, number][] = [];
  exclude.lastIndex = 0;
  for (let m = exclude.exec(text); m; m = exclude.exec(text)) {
    spans.push([m.index, m.index + m[0].length]);
    exclude.lastIndex = m.index + 1;
  }
  return spans;
}

/**
 * How many matches of `find` in a text count (those not lying wholly inside an exclude phrase), stopping once `enough`
 * have been seen. Linear in the text: one pass of each expression, and the exclude phrases only looked for once a
 * pattern has matched.
 */
function countMatches(find: RegExp, exclude: RegExp | null, text: string, enough: number): number {
  let spans: [number, number][] | undefined;
  let next = 0;
  // The furthest end of the exclude phrases starting at or before the current match.
  let coveredTo = -1;
  let count = 0;
  find.lastIndex = 0;
  for (let m = find.exec(text); m; m = find.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (exclude) {
      spans ??= excludedSpans(exclude, text);
      // Matches come in order of start, so the spans seen so far stay seen.
      for (let span = spans[next]; span && span[0] <= start; span = spans[++next]) coveredTo = Math.max(coveredTo, span[1]);
      if (coveredTo >= end) {
        // Another term may start inside the excluded match and run beyond the phrase: look again from the next place.
        find.lastIndex = start + 1;
        continue;
      }
    }
    if (++count >= enough) break;
  }
  return count;
}

/** The sentences of a text holding a term of each of a rule's groups (outside its exclude phrases) and none of its `unless` terms. */
function sentencesHoldingAll(rule: CompiledRule, sentences: readonly string[]): string[] {
  return sentences.filter((sentence) => {
    if (rule.unless && countMatches(rule.unless, null, sentence, 1) > 0) return false;
    return rule.groups.every((group) => countMatches(group, rule.exclude, sentence, 1) > 0);
  });
}

/** Whether a text matches a rule often enough: matches of its terms, or sentences holding all its groups. */
function ruleMatches(rule: CompiledRule, text: string, sentences: () => string[]): boolean {
  if (rule.find) return countMatches(rule.find, rule.exclude, text, rule.minMatches) >= rule.minMatches;
  return sentencesHoldingAll(rule, sentences()).length >= rule.minMatches;
}

/** The domains of every rule a text matches often enough, in rule order, each once. */
function ruleDomains(text: string, rules: readonly CompiledRule[]): string[] {
  const domains = new Set<string>();
  let split: string[] | undefined;
  const sentences = () => (split ??= sentencesOf(text));
  for (const rule of rules) {
    if (domains.has(rule.domain)) continue;
    if (ruleMatches(rule, text, sentences)) domains.add(rule.domain);
  }
  return [...domains];
}

/** The domains a recommendation concerns: every rule its text matches (outside the rule's exclude phrases), in rule order. */
export function recommendationDomains(text: string, rules: readonly RecommendationRule[]): string[] {
  return ruleDomains(text, compiled(rules));
}

/**
 * The domains a finding concerns: its section's (from the section mapping), then those of every finding rule its text
 * matches often enough, i.e. other standards the text is plainly about.
 */
export function findingDomains(
  section: string,
  text: string,
  reference: { sections: readonly SectionMapping[]; findingRules: readonly FindingRule[] },
): string[] {
  return [...new Set([...sectionDomains(section, reference.sections), ...ruleDomains(text, compiled(reference.findingRules))])];
}

/**
 * Which patterns and words of which rules a text matches (outside exclude phrases), to explain a tag to a reader; for a
 * rule of `together` groups, the terms in the sentences that hold all its groups.
 */
export function explainDomains(text: string, rules: readonly KeywordRule[]): { domain: string; patterns: string[] }[] {
  return compiled(rules)
    .map((rule) => {
      const where = rule.find ? text : sentencesHoldingAll(rule, sentencesOf(text)).join(' ');
      return {
        domain: rule.domain,
        patterns: rule.terms.filter((t) => countMatches(t.find, rule.exclude, where, 1) > 0).map((t) => t.term),
      };
    })
    .filter((r) => r.patterns.length);
}
