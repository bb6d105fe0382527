import type { AcronymForms } from '../language/reading';
import type { ExplorerRow } from './explorer-state';

/**
 * The recommendations explorer's index: what the browser loads, on demand, to filter and sort every recommendation
 * when the pages it got (200 rows each) are not enough. A small manifest holds the lookup tables (addressees, regions,
 * PDUs, domains), the abbreviations the keyword box reads in both forms, as search does, and names one file of rows per
 * year, so a filter on a year loads that year alone and no one file grows with the whole corpus. Rows are arrays, not
 * objects, to keep the files small.
 */

/** The index's format version: the script refuses any other. */
export const explorerIndexVersion = 2;

/** One recommendation in a year file: `[id, number, text, addressee, addresseeName, pdu, region, date, domains, index]`; the names are indexes into the manifest's tables. */
export type ExplorerIndexRow = [
  id: string,
  number: number,
  text: string,
  addressee: number,
  addresseeName: number,
  pdu: number,
  region: number,
  date: string,
  domains: number[],
  index: number,
];

/** The explorer index's manifest. */
export interface ExplorerManifest {
  version: number;
  /** Recommendations in all the year files. */
  total: number;
  /** `[key, label]` of each addressee: "pdu", "To the PDU". */
  addressees: [string, string][];
  /** What the "Addressed to" column says: "Tameside PDU", "Greater Manchester region", "HMPPS". */
  addresseeNames: string[];
  /** `[id, name]` of each region. */
  regions: [string, string][];
  /** `[id, name]` of each PDU. */
  pdus: [string, string][];
  /** `[slug, label]` of each domain. */
  domains: [string, string][];
  /** The abbreviations (content/reference/acronyms.json) the keyword box matches in either form: "BBR" finds "Building Better Relationships". */
  acronyms: AcronymForms[];
  /** Each year's file of rows, newest year first, with its number of rows. */
  years: { year: string; rows: number; file: string }[];
}

/** One year's file of rows. */
export interface ExplorerYearFile {
  version: number;
  year: string;
  rows: ExplorerIndexRow[];
}

/** The file name of a year's rows: "2023.json". */
export const explorerYearFile = (year: string) => `${year}.json`;

/** A row as the explorer shows it: what it filters and sorts by, and what its cells say and link to. */
export interface ExplorerShownRow extends ExplorerRow {
  id: string;
  /** The text as the row's cell shows it: the text as written, the same as `text`. */
  shownText: string;
  addresseeName: string;
  /** `[slug, label]` of each domain. */
  domainLinks: [string, string][];
}

/** Reads a year file's rows with the manifest's tables; a file of another version, or an index past a table's end, is an error. */
export function explorerRows(manifest: ExplorerManifest, file: ExplorerYearFile): ExplorerShownRow[] {
  if (manifest.version !== explorerIndexVersion || file.version !== explorerIndexVersion)
    throw new Error(`The explorer index is version ${manifest.version}/${file.version}; this page reads version ${explorerIndexVersion}.`);
  const at = <T>(values: readonly T[], n: number, what: string): T => {
    const value = values[n];
    if (value === undefined) throw new Error(`The explorer index names ${what} ${n}, which its manifest does not have.`);
    return value;
  };
  return file.rows.map(([id, number, text, addressee, name, pdu, region, date, domains, index]) => {
    const [addresseeKey, addresseeLabel] = at(manifest.addressees, addressee, 'addressee');
    const [pduId, pduName] = at(manifest.pdus, pdu, 'PDU');
    const [regionId, regionName] = at(manifest.regions, region, 'region');
    const domainLinks = domains.map((d) => at(manifest.domains, d, 'domain'));
    return {
      id,
      number,
      text,
      shownText: text,
      addressee: addresseeKey,
      addresseeLabel,
      addresseeName: at(manifest.addresseeNames, name, 'addressee name'),
      pdu: pduId,
      pduName,
      region: regionId,
      regionName,
      date,
      year: date.slice(0, 4),
      domains: domainLinks.map(([slug]) => slug),
      domainLinks,
      index,
    };
  });
}
