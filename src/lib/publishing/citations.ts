import type { FindingRecord, LetterRecord, PduRecord, RecommendationRecord, RegionRecord, SiteModel } from '../model/site-model';
import { formatDate } from '../language/format';
import { findingHeading, findingNumber, recommendationHeading } from '../words/labels';
import { kindNoun, listNames } from '../language/vocabulary';
import { paths, permalink } from '../urls';

/**
 * One thing on this site a reader may cite, with everything every citation format needs. The one home of what a
 * citation says: the readable reference, BibTeX, RIS, CSL-JSON and the citation_* meta tags
 * (citation-formats.ts) are all written from it.
 */
export interface Citation {
  /** The key in BibTeX, the ID in RIS and the id in CSL-JSON: the item's permanent id ("pdu-tameside" for a PDU). */
  key: string;
  /** report: a letter or a finding or recommendation in one; webpage: a page this site compiled from letters (PDU, region). */
  type: 'report' | 'webpage';
  /** The institutional author: the inspectorate that published the letters. */
  author: string;
  /**
   * The title reference managers show. A finding's or recommendation's is its page's heading, then the letter:
   * "Staff, area for improvement 2: Some workloads were high and difficult to manage… – Regional inspection letter:
   * Greater Manchester". The heading holds at most 60 characters of the item's words (labels.ts `headingWords`), so a
   * title says what the item is without growing with it (under 160 characters on the seed, whose longest text is nearly
   * 1,000); the whole text is the reference's quote. It matches the page's own h1 and title, as Zotero and scholarly
   * search engines expect.
   */
  title: string;
  /** The date of the letter (for a compiled page, of the newest letter it draws on), YYYY-MM-DD. */
  date: string;
  /** Who published it: the letter's publisher, or this site for a page it compiled. */
  publisher: string;
  /** The work as the readable reference names it: "Regional inspection letter: Greater Manchester, 25 May 2023". */
  work: string;
  /** The item within the letter: "Annexe one, Tameside PDU, recommendation 8". */
  item?: string;
  /** The item's text, quoted exactly as published. */
  quote?: string;
  /** A sentence saying how a compiled page was made. */
  note?: string;
  /** The permanent URL of the item's page on this site. */
  url: string;
  /** The inspectorate's published document, when the letter records it. */
  sourceUrl?: string;
}

type LetterParts = Readonly<Pick<Citation, 'type' | 'author' | 'date' | 'publisher' | 'work' | 'sourceUrl'>>;
const partsByLetter = new WeakMap<LetterRecord, LetterParts>();

/** The parts every item of one letter shares, worked out once per letter (each of its items' pages and files asks). */
function ofLetter(l: LetterRecord): LetterParts {
  let parts = partsByLetter.get(l);
  if (!parts) {
    const { letter } = l;
    parts = {
      type: 'report',
      author: letter.publisher.name,
      date: letter.date,
      publisher: letter.publisher.name,
      work: `${letter.title}, ${formatDate(letter.date)}`,
      ...(letter.sourceUrl ? { sourceUrl: letter.sourceUrl } : {}),
    };
    partsByLetter.set(l, parts);
  }
  return parts;
}

/** A letter's citation. `site` is the absolute site URL. */
export function letterCitation(l: LetterRecord, site: string): Citation {
  return { ...ofLetter(l), key: l.letter.id, title: l.letter.title, url: permalink(paths.letter(l.letter.id), site) };
}

/** A finding's citation: the letter, the finding's place in it and its text. */
export function findingCitation(f: FindingRecord, site: string): Citation {
  return {
    ...ofLetter(f.letter),
    key: f.finding.id,
    title: `${findingHeading(f)} – ${f.letter.letter.title}`,
    item: `${f.section.title}, ${kindNoun(f.finding.kind)} ${findingNumber(f)}`,
    quote: f.finding.text,
    url: permalink(paths.finding(f.finding.id), site),
  };
}

/** A recommendation's citation: the letter, its place in Annexe one and its text. */
export function recommendationCitation(r: RecommendationRecord, site: string): Citation {
  return {
    ...ofLetter(r.letter),
    key: r.recommendation.id,
    title: `${recommendationHeading(r)} – ${r.letter.letter.title}`,
    item: `${r.letter.letter.recommendationsAnnex.title}, ${r.inspection.name} PDU, recommendation ${r.recommendation.number}`,
    quote: r.recommendation.text,
    url: permalink(paths.recommendation(r.recommendation.id), site),
  };
}

/** The citation of a page this site compiled from letters (newest first): dated by the newest, naming every one. */
function compiled(
  letters: readonly LetterRecord[],
  parts: { key: string; title: string; url: string },
  siteTitle: string,
): Citation | undefined {
  const [newest] = letters;
  if (!newest) return undefined;
  const dates = listNames([...new Set(letters.map((l) => formatDate(l.letter.date)))]);
  const authors = [...new Set(letters.map((l) => l.letter.publisher.name))];
  return {
    ...parts,
    type: 'webpage',
    author: listNames(authors),
    date: newest.letter.date,
    publisher: siteTitle,
    work: `${parts.title}. ${siteTitle}`,
    note: `Compiled by ${siteTitle} from the ${letters.length === 1 ? 'letter' : 'letters'} of ${listNames(authors)} dated ${dates}`,
  };
}

/** A PDU page's citation: compiled from every letter that inspected it. */
export function pduCitation(p: PduRecord, site: string, siteTitle: string): Citation {
  const letters = [...new Set(p.inspections.map((i) => i.letter))];
  const citation = compiled(
    letters,
    { key: `pdu-${p.id}`, title: `${p.name} PDU: inspection ratings and recommendations`, url: permalink(paths.pdu(p.id), site) },
    siteTitle,
  );
  if (!citation) throw new Error(`PDU ${p.id} has no inspection to cite`);
  return citation;
}

/** A region page's citation, compiled from its letters; none for a region without letters (there is nothing to cite). */
export function regionCitation(r: RegionRecord, site: string, siteTitle: string): Citation | undefined {
  return compiled(
    r.letters,
    {
      key: `region-${r.region.id}`,
      title: `${r.region.name} probation region: inspection letters, ratings and recommendations`,
      url: permalink(paths.region(r.region.id), site),
    },
    siteTitle,
  );
}

type LetterItems = { findings: FindingRecord[]; recommendations: RecommendationRecord[] };
const itemsByModel = new WeakMap<object, Map<LetterRecord, LetterItems>>();

/**
 * Each letter's findings and recommendations, in the model's order, worked out once per model: the build writes three
 * citations files per letter, and filtering every item of the site for each was quadratic in the number of letters.
 */
function itemsOfLetters(model: Pick<SiteModel, 'findings' | 'recommendations'>): Map<LetterRecord, LetterItems> {
  let byLetter = itemsByModel.get(model);
  if (!byLetter) {
    const grouped = new Map<LetterRecord, LetterItems>();
    const of = (l: LetterRecord) => {
      let items = grouped.get(l);
      if (!items) grouped.set(l, (items = { findings: [], recommendations: [] }));
      return items;
    };
    for (const f of model.findings) of(f.letter).findings.push(f);
    for (const r of model.recommendations) of(r.letter).recommendations.push(r);
    itemsByModel.set(model, grouped);
    byLetter = grouped;
  }
  return byLetter;
}

/** Every citation of one letter, for its citations files: the letter, then its findings and recommendations in printed order. */
export function letterCitations(l: LetterRecord, model: Pick<SiteModel, 'findings' | 'recommendations'>, site: string): Citation[] {
  const items = itemsOfLetters(model).get(l);
  return [
    letterCitation(l, site),
    ...(items?.findings ?? []).map((f) => findingCitation(f, site)),
    ...(items?.recommendations ?? []).map((r) => recommendationCitation(r, site)),
  ];
}
