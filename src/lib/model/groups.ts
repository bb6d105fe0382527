import type { Addressee } from '../../schemas/recommendation';
import type { FindingRecord, RecommendationRecord, RegionRecord } from './site-model';

/** Findings grouped by section title, in first-seen order, each group keeping source order. */
export function groupFindingsBySection(findings: readonly FindingRecord[]) {
  const groups = new Map<string, { id: string; title: string; findings: FindingRecord[] }>();
  for (const f of findings) {
    const group = groups.get(f.section.id) ?? { id: f.section.id, title: f.section.title, findings: [] };
    group.findings.push(f);
    groups.set(f.section.id, group);
  }
  return [...groups.values()];
}

const addresseeOrder: Addressee[] = ['pdu', 'region', 'hmpps'];

/** Recommendations grouped and counted by addressee (PDU, region, HMPPS). */
export function groupByAddressee(recommendations: readonly RecommendationRecord[]) {
  return addresseeOrder.map((addressee) => {
    const items = recommendations.filter((r) => r.recommendation.addressee === addressee);
    return { addressee, count: items.length, items };
  });
}

/** Recommendations grouped and counted by the PDU they were made under, A to Z. */
export function groupByPdu(recommendations: readonly RecommendationRecord[]) {
  const groups = new Map<string, { id: string; name: string; items: RecommendationRecord[] }>();
  for (const r of recommendations) {
    const group = groups.get(r.pdu.id) ?? { id: r.pdu.id, name: r.pdu.name, items: [] };
    group.items.push(r);
    groups.set(r.pdu.id, group);
  }
  return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')).map((g) => ({ ...g, count: g.items.length }));
}

/** How many items a list page shows before pointing to search and the explorer for the rest. */
export const listLimit = 50;

/** The first `limit` items (lists are newest first) and how many there are in all. */
export function firstOf<T>(items: readonly T[], limit = listLimit): { shown: T[]; total: number; more: boolean } {
  return { shown: items.slice(0, limit), total: items.length, more: items.length > limit };
}

/** A region's latest letter with just its findings and its recommendations to the region (earlier letters keep theirs). */
export function latestOfRegion(record: RegionRecord) {
  const latest = record.letters[0];
  return {
    latest,
    findings: latest ? record.findings.filter((f) => f.letter === latest) : [],
    recommendations: latest ? record.recommendations.filter((r) => r.letter === latest) : [],
    figureSentences: latest ? [...new Set(latest.letter.keyFigures.map((k) => k.sentence))] : [],
  };
}

/** The regions with at least one letter: those with charts and a ready-made comparison of their PDUs. */
export function regionsWithLetters(regions: readonly RegionRecord[]): RegionRecord[] {
  return regions.filter((r) => r.letters.length > 0);
}

/**
 * Caps on the lists and charts that grow with the number of letters, so every page stays a readable size (under 300
 * KB of HTML at 1,000 letters); each page says how many it shows of how many, and links to the complete data.
 */
export const caps = {
  /** A region's ratings chart shows the PDUs of its latest letters (each letter's ratings stay on its own page). */
  regionChartLetters: 5,
  /** A PDU's score history and ratings history show its latest inspections. */
  pduHistory: 12,
  /** The letters list, a page. */
  lettersPerPage: 100,
  /** The findings page links the letters before its latest three, up to this many. */
  findingsIndexLetters: 20,
  /** The recurring recommendations pages: groups a page, and members listed a group (the rest summarised by PDU). */
  recurringGroupsPerPage: 10,
  recurringMembersShown: 10,
  /** A chart's source line names its latest letters (every letter is in the letters list). */
  chartSources: 12,
  /** A domain page quotes the narrative of the latest letters that list no finding on it (each letter is a link away). */
  domainNarrativeLetters: 10,
  /** A domain page lists this many findings or recommendations as they are; a longer list is folded by section or PDU. */
  unfoldedItems: 5,
} as const;

/** The latest letters of a region the region's ratings chart draws on, and how many letters the region has. */
export function regionChartLetters<T>(
  letters: readonly T[],
  limit: number = caps.regionChartLetters,
): { shown: T[]; total: number; more: boolean } {
  return firstOf(letters, limit);
}

/** A recurring group's members as a page shows them: the latest listed, the rest counted by PDU (most first, then A to Z). */
export function recurringMembers(
  members: readonly RecommendationRecord[],
  limit: number = caps.recurringMembersShown,
): { shown: RecommendationRecord[]; total: number; more: boolean; othersByPdu: { id: string; name: string; count: number }[] } {
  const { shown, total, more } = firstOf(members, limit);
  const others = new Map<string, { id: string; name: string; count: number }>();
  for (const m of members.slice(limit)) {
    const entry = others.get(m.pdu.id) ?? { id: m.pdu.id, name: m.pdu.name, count: 0 };
    entry.count++;
    others.set(m.pdu.id, entry);
  }
  const othersByPdu = [...others.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en-GB'));
  return { shown, total, more, othersByPdu };
}
