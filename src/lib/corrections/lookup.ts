/** Whether an item of the site model was corrected by the editors after import: what list entries and the open data read. */
import type { FindingRecord, LetterRecord, RecommendationRecord } from '../model/site-model';
import { isCorrected, type ItemCorrection, type LetterCorrections } from '../model/correction-types';

/** A finding's correction, if the editors changed its words or facts. */
export function findingCorrection(r: FindingRecord): ItemCorrection | undefined {
  return r.letter.corrections?.findings.get(r.finding.id);
}

/** A recommendation's correction, if the editors changed its words or facts. */
export function recommendationCorrection(r: RecommendationRecord): ItemCorrection | undefined {
  return r.letter.corrections?.recommendations.get(r.recommendation.id);
}

/** Whether the editors changed a PDU inspection's facts or ratings in this letter. */
export function inspectionCorrected(letter: LetterRecord, pdu: string): boolean {
  return letter.corrections?.inspections.has(pdu) ?? false;
}

/** Whether the editors changed a PDU's rating on one standard in this letter. */
export function ratingCorrected(letter: LetterRecord, pdu: string, standard: string): boolean {
  return letter.corrections?.inspections.get(pdu)?.ratings.some((r) => r.standard === standard) ?? false;
}

/** Whether corrections (when worked out) hold any change to the letter's words or facts, its narrative included. */
export function anyCorrection(corrections: LetterCorrections | undefined): boolean {
  return corrections !== undefined && isCorrected(corrections);
}

/** Whether the editors changed any of the letter's words or facts (its narrative included) after import. */
export function letterCorrected(letter: LetterRecord): boolean {
  return anyCorrection(letter.corrections);
}
