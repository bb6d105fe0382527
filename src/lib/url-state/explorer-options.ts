import { addresseeLabels } from '../language/vocabulary';
import { groupByAddressee, groupByPdu } from '../model/groups';
import { facetOrder } from '../search/facet-keys';
import { explorerFilterKeys, type ExplorerSort, type ExplorerSortKey } from './explorer-state';
import type { SiteModel } from '../model/site-model';
import { must } from '../must';

/** One filter of the recommendations explorer: its URL key, label and choices. */
export interface ExplorerFilter {
  key: (typeof explorerFilterKeys)[number];
  label: string;
  options: { value: string; label: string }[];
}

/** The explorer's filters, in URL-key order, labelled as search labels its facets, with every value the recommendations hold. */
export function explorerFilters(model: SiteModel): ExplorerFilter[] {
  const recs = model.recommendations;
  const options: Record<ExplorerFilter['key'], ExplorerFilter['options']> = {
    addressee: groupByAddressee(recs).map((g) => ({ value: g.addressee, label: addresseeLabels[g.addressee] })),
    region: [...new Map(recs.map((r) => [r.letter.region.id, r.letter.region.name]))].map(([value, label]) => ({ value, label })),
    pdu: groupByPdu(recs).map((g) => ({ value: g.id, label: g.name })),
    domain: model.domains.filter((d) => d.recommendations.length).map((d) => ({ value: d.info.slug, label: d.info.label })),
    year: [...new Set(recs.map((r) => r.letter.letter.date.slice(0, 4)))]
      .sort()
      .reverse()
      .map((y) => ({ value: y, label: y })),
  };
  return explorerFilterKeys.map((key) => ({
    key,
    label: must(
      facetOrder.find((f) => f.key === key),
      `the search facet "${key}"`,
    ).label,
    options: options[key],
  }));
}

/** The explorer table's columns, in order; those with a `sort` key sort the rows when their header is pressed. */
export const explorerColumns: readonly { label: string; sort?: ExplorerSortKey }[] = [
  { label: 'No.', sort: 'number' },
  { label: 'Recommendation' },
  { label: 'Addressed to', sort: 'addressee' },
  { label: 'PDU', sort: 'pdu' },
  { label: 'Region', sort: 'region' },
  { label: 'Date', sort: 'date' },
  { label: 'Domains' },
];

/** The explorer's sorts, as its "Sort by" control offers them (every sort, each direction once), the first order first. */
export const explorerSortOptions: readonly { value: ExplorerSort; label: string }[] = (
  [
    ['date-desc', 'Newest first'],
    ['date-asc', 'Oldest first'],
    ['pdu-asc', 'PDU, A to Z'],
    ['pdu-desc', 'PDU, Z to A'],
    ['region-asc', 'Region, A to Z'],
    ['region-desc', 'Region, Z to A'],
    ['addressee-asc', 'Addressed to, A to Z'],
    ['addressee-desc', 'Addressed to, Z to A'],
    ['number-asc', 'Number, lowest first'],
    ['number-desc', 'Number, highest first'],
  ] satisfies [ExplorerSort, string][]
).map(([value, label]) => ({ value, label }));
