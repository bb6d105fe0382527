import { addresseeLabels, kindLabel, ratingLabels } from '../language/vocabulary';
import type { FindingRecord, LetterRecord, PduRecord, RecommendationRecord } from '../model/site-model';
import { formatDate } from '../language/format';

export { facetOrder, type FacetKey } from './facet-keys';
import type { FacetKey } from './facet-keys';

/** What a page tells the search index: filter values, a date to sort on, and metadata for its result. */
export interface SearchEntry {
  filters: Partial<Record<FacetKey, string[]>>;
  /** ISO date every result has, so sorting by date never drops a result. */
  date: string;
  meta: { kind: string; date: string; breadcrumb: string };
}

const year = (l: LetterRecord) => l.letter.date.slice(0, 4);

/** Search entry of a finding's page. Findings are regional, so they carry no PDU or PDU rating. */
export function findingEntry(f: FindingRecord): SearchEntry {
  return {
    filters: {
      kind: [kindLabel(f.finding.kind)],
      region: [f.letter.region.name],
      domain: f.domains.map((d) => d.label),
      year: [year(f.letter)],
    },
    date: f.letter.letter.date,
    meta: {
      kind: kindLabel(f.finding.kind),
      date: formatDate(f.letter.letter.date),
      breadcrumb: `${f.letter.region.name} › ${f.section.title}`,
    },
  };
}

/** Search entry of a recommendation's page. */
export function recommendationEntry(r: RecommendationRecord): SearchEntry {
  return {
    filters: {
      kind: ['Recommendation'],
      region: [r.letter.region.name],
      pdu: [r.inspection.name],
      domain: r.domains.map((d) => d.label),
      addressee: [addresseeLabels[r.recommendation.addressee]],
      year: [year(r.letter)],
      rating: [ratingLabels[r.inspection.overall]],
    },
    date: r.letter.letter.date,
    meta: { kind: 'Recommendation', date: formatDate(r.letter.letter.date), breadcrumb: `${r.letter.region.name} › ${r.inspection.name}` },
  };
}

/** Search entry of a letter's page. */
export function letterEntry(l: LetterRecord): SearchEntry {
  return {
    filters: {
      kind: ['Letter'],
      region: [l.region.name],
      pdu: l.letter.pdus.map((p) => p.name),
      year: [year(l)],
      rating: [...new Set(l.letter.pdus.map((p) => ratingLabels[p.overall]))],
    },
    date: l.letter.date,
    meta: { kind: 'Letter', date: formatDate(l.letter.date), breadcrumb: l.region.name },
  };
}

/** Search entry of a PDU's page, from its latest inspection. */
export function pduEntry(p: PduRecord): SearchEntry {
  return {
    filters: {
      kind: ['PDU'],
      region: [p.region.name],
      pdu: [p.name],
      year: [...new Set(p.inspections.map((i) => year(i.letter)))],
      rating: [ratingLabels[p.latest.inspection.overall]],
    },
    date: p.latest.letter.letter.date,
    meta: { kind: 'PDU', date: formatDate(p.latest.letter.letter.date), breadcrumb: `${p.region.name} › ${p.name}` },
  };
}
