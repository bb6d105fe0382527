/**
 * The search filters, in the order the search page shows them, with their labels. Kept free of
 * imports: the search page's client script loads it.
 */
export const facetOrder = [
  { key: 'kind', label: 'Kind' },
  { key: 'region', label: 'Region' },
  { key: 'pdu', label: 'PDU' },
  { key: 'domain', label: 'Domain or standard' },
  { key: 'addressee', label: 'Addressed to' },
  { key: 'year', label: 'Year' },
  { key: 'rating', label: 'PDU overall rating' },
] as const;

export type FacetKey = (typeof facetOrder)[number]['key'];
