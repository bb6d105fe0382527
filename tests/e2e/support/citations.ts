import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

/** What the tests compare across formats: the fields every reference manager shows. */
export interface ParsedReference {
  id: string;
  type: string;
  title: string;
  /** The issued date as YYYY-MM-DD. */
  date: string;
  url: string;
  /** The authors as one name each: an institution's literal name, or "given family". */
  authors: string[];
  publisher: string;
  note?: string;
}

interface CslName {
  literal?: string;
  given?: string;
  family?: string;
}
interface CslData {
  id: string;
  type: string;
  title: string;
  issued?: { 'date-parts'?: number[][] };
  URL: string;
  author?: CslName[];
  publisher?: string;
  note?: string;
}

/** The formats the tests read, with citation-js's name for each input: BibTeX files are read both as BibTeX and BibLaTeX. */
const inputTypes = { bibtex: '@bibtex/text', biblatex: '@biblatex/text', ris: '@ris/file', csl: '@csl/list+object' } as const;
export type ReferenceFormat = keyof typeof inputTypes;

/**
 * Parses BibTeX, RIS or CSL-JSON with citation-js (an independent parser, not this project's code) into the fields
 * the tests compare, one per entry in the text.
 */
export function parseReferences(format: ReferenceFormat, text: string): ParsedReference[] {
  const input: unknown = format === 'csl' ? JSON.parse(text) : text;
  const data = new Cite(input, { forceType: inputTypes[format] }).data as CslData[];
  return data.map((item) => {
    const parts = item.issued?.['date-parts']?.[0] ?? [];
    return {
      id: item.id,
      type: item.type,
      title: item.title,
      date: parts.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join('-'),
      url: item.URL,
      authors: (item.author ?? []).map((a) => a.literal ?? [a.given, a.family].filter(Boolean).join(' ')),
      publisher: item.publisher ?? '',
      ...(item.note === undefined ? {} : { note: item.note }),
    };
  });
}
