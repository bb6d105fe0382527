/**
 * What a letter's narrative says about a domain that it lists no finding on: the domain page points to it, so that
 * "None" is shown only where the letter says nothing. A letter's section on the domain (sections.json) is linked with
 * its opening sentence; where it has no such section, the paragraphs that name the domain are, each with the sentence
 * that names it. Pure: the paragraphs come from the letter's checked body (src/lib/checking/body-narrative.ts).
 */
import type { SectionMapping } from '../../schemas/area';
import type { LetterSection } from '../../schemas/letter';
import { compileRules, type DomainInfo } from './domains';
import type { LetterRecord } from './site-model';
import { sentencesOf } from '../language/sentence-split';

/** A paragraph of a letter's narrative: its words as plain text, and the section it stands in. */
export interface NarrativeParagraph {
  /** The section's id; absent for a paragraph before the first section (the letter's opening) or under another heading. */
  section?: string;
  /** The letter's words: emphasis and links as their text, footnote markers and comments dropped, spaces folded. */
  text: string;
}

/** A section of a letter on the domain: its opening sentence, how long it is, and how many findings it lists. */
export interface SectionOnDomain {
  section: LetterSection;
  /** The section's first sentence, the letter's own words. */
  opening: string;
  paragraphs: number;
  /** Key strengths and areas for improvement the letter lists under the section. */
  findings: number;
}

/** A paragraph, outside any section on the domain, that names it. */
export interface MentionOfDomain {
  /** The section the paragraph stands in; undefined before the letter's first section (its opening). */
  section: LetterSection | undefined;
  /** The paragraph's first sentence naming the domain, the letter's own words. */
  sentence: string;
  /** The words that named it, as the letter prints them ("unpaid work"). */
  named: string;
}

/** What one letter's narrative says about a domain it lists no finding on. */
export interface LetterOnDomain {
  letter: LetterRecord;
  /** The letter's sections on the domain (from sections.json), in the letter's order. */
  sections: SectionOnDomain[];
  /** When it has no such section: the paragraphs naming the domain, in the letter's order. */
  mentions: MentionOfDomain[];
}

/** Whether a letter's section is on the domain: the section mapping gives it the domain or, for a framework domain, one of its standards. */
function sectionCovers(section: string, info: DomainInfo, mappings: readonly SectionMapping[]): boolean {
  const covers = new Set([info.slug, ...info.children]);
  return mappings.some((m) => m.section === section && m.domains.some((d) => covers.has(d)));
}

/**
 * What the names of a domain match: its name and aliases as whole words, any letter case, any run of spaces for a
 * space (the tagging rules' matching, domains.ts). Whole words, because a word that only begins the same names
 * something else: "Staff" is not "staffing levels", nor "unpaid work" "unpaid workers' hours".
 */
export function domainNamePattern(info: Pick<DomainInfo, 'slug' | 'name' | 'aliases'>): RegExp {
  const [rule] = compileRules([{ domain: info.slug, words: [info.name, ...(info.aliases ?? [])] }]);
  if (!rule?.find) throw new Error(`${info.slug}: no pattern for its name`);
  return rule.find;
}

/**
 * What a letter's narrative says about a domain: its sections on the domain, or, when it has none, the paragraphs that
 * name it; undefined when it says nothing of it.
 */
export function letterOnDomain(
  info: DomainInfo,
  letter: LetterRecord,
  paragraphs: readonly NarrativeParagraph[],
  mappings: readonly SectionMapping[],
): LetterOnDomain | undefined {
  const sectionsById = new Map(letter.letter.sections.map((s) => [s.id, s]));
  const own = letter.letter.sections.filter((s) => sectionCovers(s.id, info, mappings));
  const sections = own.flatMap((section): SectionOnDomain[] => {
    const its = paragraphs.filter((p) => p.section === section.id);
    const opening = its[0] ? sentencesOf(its[0].text)[0] : undefined;
    if (!opening) return [];
    const findings = letter.letter.findings.filter((f) => f.section === section.id).length;
    return [{ section, opening, paragraphs: its.length, findings }];
  });
  if (sections.length) return { letter, sections, mentions: [] };
  // A section the mapping gives the domain but that holds no paragraph is not a section to quote; nor is it another's.
  if (own.length) return undefined;
  const pattern = domainNamePattern(info);
  const mentions = paragraphs.flatMap((p): MentionOfDomain[] => {
    for (const sentence of sentencesOf(p.text)) {
      pattern.lastIndex = 0;
      const named = pattern.exec(sentence)?.[0];
      if (named) return [{ section: p.section ? sectionsById.get(p.section) : undefined, sentence, named }];
    }
    return [];
  });
  return mentions.length ? { letter, sections: [], mentions } : undefined;
}
