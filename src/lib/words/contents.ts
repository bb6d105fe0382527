/**
 * The in-page contents of long pages and the labels of their folded parts: what each part is called and how much
 * it holds, counted from what the page shows.
 */
import type { FindingKind } from '../../schemas/finding';
import { sectionFindingsCount } from './sentences';
import { count } from '../language/vocabulary';

/** One entry of an in-page contents list: the part's anchor, its name and, where it helps, how much it holds. */
export interface ContentsItem {
  id: string;
  label: string;
  note?: string;
}

/** A folded list of findings' label: "4 key strengths, 3 areas for improvement" (the kinds it holds, counted). */
export function findingsCountLine(findings: readonly { finding: { kind: FindingKind } }[]): string {
  const strengths = findings.filter((f) => f.finding.kind === 'strength').length;
  return sectionFindingsCount({ strengths, improvements: findings.length - strengths });
}

/** What a region page with letters holds, counted: its parts in order. */
export interface RegionParts {
  letters: number;
  /** Ratings charts shown. */
  charts: number;
  /** Key-figure charts, folded. */
  figures: number;
  /** Sections of the latest letter with findings, each folded. */
  sections: number;
  findings: number;
  /** Recommendations to the region in the latest letter. */
  recommendations: number;
  /** Whether the page ends with "Link to and cite this". */
  cite: boolean;
}

/** A region page's contents list and the label of its folded key figures. */
export function regionContents(parts: RegionParts): { contents: ContentsItem[]; foldLabel: { figures: string } } {
  const contents: ContentsItem[] = [
    { id: 'letters', label: 'Letters', note: count(parts.letters, 'letter') },
    ...(parts.charts ? [{ id: 'ratings', label: 'Ratings', note: count(parts.charts, 'chart') }] : []),
    ...(parts.figures ? [{ id: 'key-figures', label: 'Key figures', note: count(parts.figures, 'chart') }] : []),
    {
      id: 'findings',
      label: 'Regional findings',
      note: `${count(parts.findings, 'finding')}${parts.sections ? ` in ${count(parts.sections, 'section')}` : ''}`,
    },
    { id: 'recommendations', label: 'Recommendations to the region', note: count(parts.recommendations, 'recommendation') },
    ...(parts.cite ? [{ id: 'permalink-heading', label: 'Link to and cite this' }] : []),
  ];
  return { contents, foldLabel: { figures: `Show the ${count(parts.figures, 'chart')} of staffing figures` } };
}

/** What a PDU page holds, counted. */
export interface PduParts {
  name: string;
  inspections: number;
  /** Key-figure charts. */
  figures: number;
  recommendations: number;
}

/** A PDU page's contents list: its ratings, history (when inspected more than once), key figures, recommendations and citation. */
export function pduContents(parts: PduParts): ContentsItem[] {
  return [
    { id: 'ratings', label: 'Ratings per standard' },
    ...(parts.inspections > 1
      ? [{ id: 'history', label: 'History across inspections', note: count(parts.inspections, 'inspection') }]
      : []),
    ...(parts.figures ? [{ id: 'key-figures', label: 'Key figures', note: count(parts.figures, 'chart') }] : []),
    { id: 'recommendations', label: `Recommendations made under ${parts.name}`, note: count(parts.recommendations, 'recommendation') },
    { id: 'permalink-heading', label: 'Link to and cite this' },
  ];
}

/** What a domain page holds, counted. */
export interface DomainParts {
  /** Its standards (a domain of the framework), or 0. */
  standards: number;
  /** Whether it has ratings (a standard or a domain some PDU was rated on). */
  ratings: boolean;
  findings: number;
  recommendations: number;
}

/** A domain page's contents list: its standards, ratings, findings and recommendations, each counted. */
export function domainContents(parts: DomainParts): ContentsItem[] {
  return [
    ...(parts.standards ? [{ id: 'standards', label: 'Standards in this domain', note: count(parts.standards, 'standard') }] : []),
    ...(parts.ratings ? [{ id: 'ratings', label: 'Ratings' }] : []),
    { id: 'findings', label: 'Findings', note: count(parts.findings, 'finding') },
    { id: 'recommendations', label: 'Recommendations', note: count(parts.recommendations, 'recommendation') },
  ];
}
