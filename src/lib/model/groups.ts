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
