/**
 * The sentences and meta descriptions the site writes itself (as opposed to the letters' text, which it reproduces),
 * built from the words of vocabulary.ts. Pure functions, so pages only place them and the tests can check every
 * sentence against the content.
 */
import type { FindingKind } from '../../schemas/finding';
import type { Letter } from '../../schemas/letter';
import type { PduInspection } from '../../schemas/pdu-inspection';
import { distinctCount } from '../model/aggregates';
import type { DomainInfo } from '../model/domains';
import { formatDate } from '../language/format';
import { maxPointsPerStandard } from '../model/ratings';
import type { DomainRecord, PduRecord, RegionRecord, SiteModel } from '../model/site-model';
import type { LetterGlance, SectionGlance } from '../model/glance';
import {
  addresseeInSentence,
  capitalise,
  count,
  kindNoun,
  listNames,
  nounFor,
  ratingLabels,
  scoreInWords,
  scoreText,
} from '../language/vocabulary';

/** What a count of PDUs is in: "PDU" when each PDU appears once, "PDU inspection" when one was inspected more than once. */
export function pduUnit(pduIds: readonly string[]): 'PDU' | 'PDU inspection' {
  return distinctCount(pduIds, (id) => id) === pduIds.length ? 'PDU' : 'PDU inspection';
}

/** "39 findings (17 key strengths and 22 areas for improvement)"; "0 findings" when there are none. */
export function findingsPhrase(findings: readonly { kind: FindingKind }[]): string {
  const strengths = findings.filter((f) => f.kind === 'strength').length;
  return findings.length
    ? `${count(findings.length, 'finding')} (${count(strengths, kindNoun('strength'))} and ${count(findings.length - strengths, kindNoun('improvement'))})`
    : count(0, 'finding');
}

/** "Each has a permanent page to link to." for several items, "It has …" for one, nothing for none. */
export function permanentPages(n: number): string {
  return n === 0 ? '' : n === 1 ? 'It has a permanent page to link to.' : 'Each has a permanent page to link to.';
}

// Meta descriptions and summary sentences of pages. Each is true for the page it describes: counts are of what exists
// (a standard not rated is not a rating), a regional area is never said to be rated, and a letter's description keeps
// the PDUs it rated apart from its findings and recommendations.

/**
 * A letter page's description: "The letter of 25 May 2023 from HM Inspectorate of Probation to the Greater Manchester
 * region. PDUs rated: Manchester North, Tameside and Wigan. 39 findings (17 key strengths and 22 areas for
 * improvement) and 28 recommendations."
 */
export function letterDescription(
  letter: Pick<Letter, 'date' | 'publisher' | 'pdus' | 'findings' | 'recommendations'>,
  regionName: string,
): string {
  const pdus = letter.pdus.map((p) => p.name);
  return `The letter of ${formatDate(letter.date)} from ${letter.publisher.name} to the ${regionName} region. ${capitalise(nounFor(pdus.length, 'PDU'))} rated: ${listNames(pdus)}. ${capitalise(findingsPhrase(letter.findings))} and ${count(letter.recommendations.length, 'recommendation')}.`;
}

/** How many standards a PDU inspection rated (a standard not rated is absent from its ratings). */
export const standardsRated = (inspection: Pick<PduInspection, 'ratings'>) => Object.keys(inspection.ratings).length;

/** Beside a PDU's score: "8 standards rated, at most 3 points each". */
export function scoreNote(inspection: Pick<PduInspection, 'ratings'>): string {
  return `${count(standardsRated(inspection), 'standard')} rated, at most ${maxPointsPerStandard} points each`;
}

/**
 * A PDU page's description: "Manchester North probation delivery unit, Greater Manchester region: rated Requires
 * improvement overall (10/24 on 8 standards rated) in the letter of 25 May 2023; 9 recommendations made under it."
 */
export function pduDescription(pdu: Pick<PduRecord, 'name' | 'region' | 'inspections' | 'latest' | 'recommendations'>): string {
  const { inspection, letter } = pdu.latest;
  const times = pdu.inspections.length > 1 ? `, the latest of ${count(pdu.inspections.length, 'inspection')}` : '';
  return `${pdu.name} probation delivery unit, ${pdu.region.name} region: rated ${ratingLabels[inspection.overall]} overall (${scoreText(inspection.score)} on ${count(standardsRated(inspection), 'standard')} rated) in the letter of ${formatDate(letter.letter.date)}${times}; ${count(pdu.recommendations.length, 'recommendation')} made under it.`;
}

/** A PDU page's opening sentence, which search also shows: "Wigan probation delivery unit, Greater Manchester region. Rated Requires improvement overall, scoring 10 out of 24." */
export function pduOpening(pdu: Pick<PduRecord, 'name' | 'region' | 'latest'>): string {
  const { inspection } = pdu.latest;
  return `${pdu.name} probation delivery unit, ${pdu.region.name} region. Rated ${ratingLabels[inspection.overall]} overall, scoring ${scoreInWords(inspection.score)}.`;
}

/** What a domain page is about: "Standard", "Domain" or "Regional area". */
export function domainKindWord(info: Pick<DomainInfo, 'kind'>): string {
  return info.kind === 'standard' ? 'Standard' : info.kind === 'domain' ? 'Domain' : 'Regional area';
}

/**
 * A domain page's description. A standard or domain says how many ratings it has of how many PDUs inspected on it; a
 * regional area says it is not rated. Each gives its counts of findings and recommendations.
 */
export function domainDescription(domain: Pick<DomainRecord, 'info' | 'children' | 'ratings' | 'findings' | 'recommendations'>): string {
  const { info } = domain;
  const about = `${count(domain.findings.length, 'finding')} and ${count(domain.recommendations.length, 'recommendation')} about it`;
  if (info.kind === 'area') return `${info.label}, a regional area: reported on in regional letters and not rated. ${capitalise(about)}.`;
  const rated = domain.ratings.filter((r) => r.rating !== undefined).length;
  // One PDU inspection per letter and PDU, however many of the domain's standards it was rated on.
  const inspections = [...new Map(domain.ratings.map((r) => [`${r.letter.letter.id}/${r.pdu.id}`, r.pdu.id])).values()];
  const unit = pduUnit(inspections);
  const who = unit === 'PDU' ? `${count(inspections.length, 'PDU')} inspected` : count(inspections.length, 'PDU inspection');
  if (!inspections.length) return `${domainKindWord(info)} ${info.label}: no PDU has been rated on it yet. ${capitalise(about)}.`;
  if (info.kind === 'standard') return `${domainKindWord(info)} ${info.label}: rated for ${rated} of ${who}; ${about}.`;
  const notRated = domain.ratings.length - rated;
  return `${domainKindWord(info)} ${info.label}: ${count(rated, 'rating')} on its ${count(domain.children.length, 'standard')} for ${who}${notRated ? `, ${notRated} not rated` : ''}; ${about}.`;
}

/**
 * A region page's description: "Greater Manchester probation region: 1 inspection letter, of 25 May 2023, covering
 * 3 PDUs, with 39 findings and 9 recommendations to the region." A region with no letter says so.
 */
export function regionDescription(record: Pick<RegionRecord, 'region' | 'letters' | 'pdus' | 'findings' | 'recommendations'>): string {
  const { region, letters } = record;
  // Letters are newest first.
  const [latest] = letters;
  if (!latest) return `No inspection letter about the ${region.name} probation region has been published on this site yet.`;
  const when = letters.length === 1 ? `of ${formatDate(latest.letter.date)}` : `the latest of ${formatDate(latest.letter.date)}`;
  return `${region.name} probation region: ${count(letters.length, 'inspection letter')}, ${when}, covering ${count(record.pdus.length, 'PDU')}, with ${count(record.findings.length, 'finding')} and ${count(record.recommendations.length, 'recommendation')} to the region.`;
}

/** A region page's opening line: "1 letter, 3 PDUs inspected, 39 findings and 9 recommendations to the region." */
export function regionLead(record: Pick<RegionRecord, 'letters' | 'pdus' | 'findings' | 'recommendations'>): string {
  return `${count(record.letters.length, 'letter')}, ${count(record.pdus.length, 'PDU')} inspected, ${count(record.findings.length, 'finding')} and ${count(record.recommendations.length, 'recommendation')} to the region.`;
}

/** The findings page's opening line: "39 findings (17 key strengths and 22 areas for improvement). Each has a permanent page to link to." */
export function findingsLead(findings: readonly { kind: FindingKind }[]): string {
  return `${capitalise(findingsPhrase(findings))}. ${permanentPages(findings.length)}`.trim();
}

/** The recommendations page's opening line: "28 recommendations. Each has a permanent page to link to." */
export function recommendationsLead(n: number): string {
  return `${count(n, 'recommendation')}. ${permanentPages(n)}`.trim();
}

/** What a capped list shows: "Showing the 50 latest of 370 recommendations." (or "All 12 letters." when nothing is left out). */
export function showingLatest(shown: number, total: number, singular: string, pluralForm?: string): string {
  if (shown >= total) return total === 1 ? `The 1 ${singular}.` : `All ${count(total, singular, pluralForm)}.`;
  return `Showing the ${shown} latest of ${count(total, singular, pluralForm)}.`;
}

/** Where a page of a list starts and ends: "Letters 101 to 200 of 1000, newest first." */
export function pageRange(page: { first: number; last: number; total: number }, pluralNoun: string, order: string): string {
  if (page.total === 0) return `No ${pluralNoun} yet.`;
  const noun = capitalise(pluralNoun);
  return page.first === page.last
    ? `${noun}: ${page.first} of ${page.total}, ${order}.`
    : `${noun} ${page.first} to ${page.last} of ${page.total}, ${order}.`;
}

/** Under a region's ratings heading when its chart leaves letters out: "The ratings chart shows the PDUs of the latest 5 of 83 letters." */
export function regionChartNote(shown: number, total: number): string {
  return `The ratings chart shows the PDUs of the latest ${shown} of ${count(total, 'letter')}.`;
}

/** Before a chart's source letters when it names only the latest: "the 12 latest of 1000 letters: ", else "". */
export function chartSourcesLead(shown: number, total: number): string {
  return shown < total ? `the ${shown} latest of ${count(total, 'letter')}: ` : '';
}

/**
 * A letter summary's line on its findings: "39 findings (17 key strengths and 22 areas for improvement), listed in 5 of
 * its 7 sections." Counts are of the letter's own lists; a section with no list is not said to have findings.
 */
export function glanceFindingsLine(glance: Pick<LetterGlance, 'findings' | 'sections'>): string {
  const { strengths, improvements } = glance.findings;
  const kinds = [...Array<FindingKind>(strengths).fill('strength'), ...Array<FindingKind>(improvements).fill('improvement')];
  const listed = glance.sections.filter((s) => s.strengths + s.improvements > 0).length;
  const where = kinds.length ? `, listed in ${listed} of its ${count(glance.sections.length, 'section')}` : '';
  return `${capitalise(findingsPhrase(kinds.map((kind) => ({ kind }))))}${where}.`;
}

/**
 * A letter summary's line on its recommendations: "28 recommendations: 14 to the PDUs, 10 to the region and 4 to HM
 * Prison and Probation Service." With one PDU inspected, "to the PDU".
 */
export function glanceRecommendationsLine(glance: Pick<LetterGlance, 'recommendations' | 'pdus'>): string {
  const total = glance.recommendations.reduce((sum, a) => sum + a.count, 0);
  if (!total) return 'No recommendations.';
  const to = (a: LetterGlance['recommendations'][number]) =>
    a.addressee === 'pdu' && glance.pdus.length > 1 ? 'the PDUs' : addresseeInSentence[a.addressee];
  return `${capitalise(count(total, 'recommendation'))}: ${listNames(glance.recommendations.map((a) => `${a.count} to ${to(a)}`))}.`;
}

/** A section's findings in a letter's contents: "4 key strengths, 3 areas for improvement", or "" when it lists none. */
export function sectionFindingsCount(s: Pick<SectionGlance, 'strengths' | 'improvements'>): string {
  return [s.strengths ? count(s.strengths, kindNoun('strength')) : '', s.improvements ? count(s.improvements, kindNoun('improvement')) : '']
    .filter(Boolean)
    .join(', ');
}

// The home page's coverage: what the site holds, counted from its letters, against the reference list of regions.

/** Whether names listed in a sentence need semicolons between them: one holds a comma or an "and" of its own. */
const needApart = (names: readonly string[]): boolean => names.some((n) => /,|\band\b/.test(n));

/**
 * Names in a sentence, "A, B and C"; kept apart by semicolons, "A; Kent, Surrey and Sussex; and B", when a name holds a
 * comma or an "and" of its own, so no reader takes one region for two.
 */
export function listApart(names: readonly string[]): string {
  if (names.length < 2 || !needApart(names)) return listNames(names);
  return `${names.slice(0, -1).join('; ')}; and ${names.at(-1)}`;
}

/** How many covered regions the coverage line names in brackets; past that it counts them, and names the regions without one. */
const namedRegionsAtMost = 4;

/**
 * The home page's coverage, from the data: "1 letter so far, covering 3 PDUs in 1 of the 12 probation regions (Greater
 * Manchester)." and, while some regions have none, "No letter yet for 11 regions: North East; North West; …; and
 * Wales." PDUs are counted once however often inspected; regions are the reference list's, in its order.
 */
export function coverageSentences(model: Pick<SiteModel, 'letters' | 'pdus' | 'regions'>): { covered: string; missing?: string } {
  const total = model.regions.length;
  const covered = model.regions.filter((r) => r.letters.length > 0).map((r) => r.region.name);
  const missing = model.regions.filter((r) => r.letters.length === 0).map((r) => r.region.name);
  if (!model.letters.length) return { covered: `No letters yet: none of the ${count(total, 'probation region')} has one.` };
  const where =
    covered.length === total ? `all ${count(total, 'probation region')}` : `${covered.length} of the ${count(total, 'probation region')}`;
  const named = covered.length <= namedRegionsAtMost && covered.length < total ? ` (${listApart(covered)})` : '';
  return {
    covered: `${count(model.letters.length, 'letter')} so far, covering ${count(model.pdus.length, 'PDU')} in ${where}${named}.`,
    ...(missing.length ? { missing: `No letter yet for ${count(missing.length, 'region')}: ${listApart(missing)}.` } : {}),
  };
}

/**
 * The home page's meta description: "Ratings, findings and recommendations from HM Inspectorate of Probation's inspection
 * letters on probation services in England and Wales, cross-linked and citable. 1 letter so far, covering …" (the
 * nations are the reference regions').
 */
export function homeDescription(model: Pick<SiteModel, 'letters' | 'pdus' | 'regions'>): string {
  const nations = listNames([...new Set(model.regions.map((r) => r.region.nation))]);
  return `Ratings, findings and recommendations from HM Inspectorate of Probation’s inspection letters on probation services in ${nations}, cross-linked and citable. ${coverageSentences(model).covered}`;
}
