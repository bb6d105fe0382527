/**
 * What a page shows first: each PDU's overall rating, score and fieldwork month, and a letter's findings and
 * recommendations counted by section and addressee, with the anchors that lead to them. Worked out from the letter's
 * own facts (its annexes and lists), so every figure a summary shows is the letter's.
 */
import type { Letter } from '../../schemas/letter';
import type { PduInspection } from '../../schemas/pdu-inspection';
import type { Rating } from '../../schemas/rating';
import type { Addressee } from '../../schemas/recommendation';
import { paths, ratingsAnchor } from '../urls';
import type { InspectionRecord } from './site-model';

/** One PDU as a summary shows it. */
export interface PduGlance {
  id: string;
  name: string;
  overall: Rating;
  score: PduInspection['score'];
  /** The month fieldwork started, YYYY-MM. */
  fieldworkStarted: string;
  /** The site path of the PDU's ratings per standard (its ratings table in the letter, or on its own page). */
  ratingsPath: string;
  /** The letter that reported the inspection: its id and date, when the summary lists PDUs of more than one letter. */
  letter?: { id: string; date: string };
}

/** A letter section's findings, counted by kind. */
export interface SectionGlance {
  id: string;
  title: string;
  strengths: number;
  improvements: number;
}

/** A letter's summary: its PDUs' ratings, findings by section, recommendations by addressee, and its annexes. */
export interface LetterGlance {
  pdus: PduGlance[];
  sections: SectionGlance[];
  findings: { strengths: number; improvements: number };
  /** Recommendations by addressee, in the order PDU, region, HMPPS, leaving out addressees with none. */
  recommendations: { addressee: Addressee; count: number }[];
  annexes: { id: string; title: string }[];
}

const addresseeOrder: readonly Addressee[] = ['pdu', 'region', 'hmpps'];

/** A PDU inspection of a letter as a summary shows it, linking to its ratings table in the letter page (`#ratings-<pdu>`). */
export function pduGlanceInLetter(pdu: PduInspection): PduGlance {
  return {
    id: pdu.id,
    name: pdu.name,
    overall: pdu.overall,
    score: pdu.score,
    fieldworkStarted: pdu.fieldworkStarted,
    ratingsPath: `#${ratingsAnchor(pdu.id)}`,
  };
}

/** A PDU's latest inspection (as a region page lists them), linking to its ratings table in the letter that reported it. */
export function pduGlanceOfInspection({ inspection, letter }: InspectionRecord): PduGlance {
  return {
    ...pduGlanceInLetter(inspection),
    ratingsPath: paths.ratingsInLetter(letter.letter.id, inspection.id),
    letter: { id: letter.letter.id, date: letter.letter.date },
  };
}

/** A letter at a glance: every count is of the letter's own lists, every rating and score its Annexe two's. */
export function letterGlance(letter: Letter): LetterGlance {
  const sections = letter.sections.map((s) => {
    const of = letter.findings.filter((f) => f.section === s.id);
    return {
      id: s.id,
      title: s.title,
      strengths: of.filter((f) => f.kind === 'strength').length,
      improvements: of.filter((f) => f.kind === 'improvement').length,
    };
  });
  const strengths = letter.findings.filter((f) => f.kind === 'strength').length;
  return {
    pdus: letter.pdus.map(pduGlanceInLetter),
    sections,
    findings: { strengths, improvements: letter.findings.length - strengths },
    recommendations: addresseeOrder
      .map((addressee) => ({ addressee, count: letter.recommendations.filter((r) => r.addressee === addressee).length }))
      .filter((a) => a.count > 0),
    annexes: [
      { id: 'annexe-recommendations', title: letter.recommendationsAnnex.title },
      { id: 'annexe-ratings', title: letter.ratingsAnnex.title },
    ],
  };
}
