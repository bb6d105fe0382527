import type { Framework } from '../../schemas/framework';
import type { PduInspection } from '../../schemas/pdu-inspection';
import type { FindingRecord, LetterRecord, RecommendationRecord, SiteModel } from '../model/site-model';
import { paths } from '../urls';
import { formatDate } from '../language/format';
import { addresseeByName, count, kindLabel, ratingWord, scoreText } from '../language/vocabulary';
import type { CardSpec, CardTag } from './card';
import type { CardMatrix, CardStandards } from './card-ratings';

/** The kinds of page that have a share card of their own. */
export type CardKind = 'letters' | 'regions' | 'pdus' | 'findings' | 'recommendations';

/** The site path of every share card, in the order siteCardSpecs gives them (the route table lists these). */
export function siteCardPaths(model: SiteModel): string[] {
  return [
    ...model.letters.map((l) => paths.card('letters', l.letter.id)),
    ...model.regions.map((r) => paths.card('regions', r.region.id)),
    ...model.pdus.map((p) => paths.card('pdus', p.id)),
    ...model.findings.map((f) => paths.card('findings', f.finding.id)),
    ...model.recommendations.map((r) => paths.card('recommendations', r.recommendation.id)),
  ];
}

const overall = (name: string, rating: Parameters<typeof ratingWord>[0]): CardTag => ({
  label: name,
  word: ratingWord(rating),
  tone: rating ?? 'not-rated',
});
const letterOf = (date: string) => `letter of ${formatDate(date)}`;

/** One PDU inspection's rating on each standard of its framework, grouped by domain ("1 Organisational delivery"). */
export function standardsOf(inspection: Pick<PduInspection, 'ratings'>, framework: Framework): CardStandards {
  return {
    kind: 'standards',
    groups: framework.domains.map((d) => ({
      heading: `${d.number} ${d.name}`,
      standards: d.standards.map((s) => ({ label: `${s.id} ${s.name}`, rating: inspection.ratings[s.id] })),
    })),
  };
}

/** A letter's PDUs as a table: each one's overall rating, then its rating on each standard of the letter's framework. */
export function matrixOf(letter: LetterRecord, inspections: readonly PduInspection[] = letter.letter.pdus): CardMatrix {
  const standards = letter.framework.domains.flatMap((d) => d.standards.map((s) => s.id));
  const range = (ids: readonly string[]) => (ids.length > 1 ? `${ids[0]}–${ids.at(-1)}` : (ids[0] ?? ''));
  return {
    kind: 'matrix',
    columns: standards,
    caption: letter.framework.domains.map((d) => `${range(d.standards.map((s) => s.id))} ${d.name}`).join(' · '),
    rows: inspections.map((p) => ({ label: p.name, overall: p.overall, ratings: standards.map((id) => p.ratings[id]) })),
  };
}

/**
 * A finding's card: where it stands (its letter's region and its section), the letter's date, its kind, and the start
 * of its text. The card's own short label, not the pages' titles (src/lib/words/labels.ts): it names the place, and the
 * words follow.
 */
function findingCard(f: FindingRecord): CardSpec {
  return {
    path: paths.card('findings', f.finding.id),
    eyebrow: `Finding · ${letterOf(f.letter.letter.date)}`,
    title: `${f.letter.region.name} region: ${f.section.title}`,
    context: '',
    tags: [{ word: kindLabel(f.finding.kind), tone: f.finding.kind }],
    text: f.finding.text,
  };
}

/** A recommendation's card: the PDU it was made under and its region, whom it is to, the letter's date, and the start of its text. */
function recommendationCard(r: RecommendationRecord): CardSpec {
  const to = addresseeByName(r.recommendation.addressee, { pdu: r.inspection.name, region: r.letter.region.name });
  return {
    path: paths.card('recommendations', r.recommendation.id),
    eyebrow: `Recommendation · ${letterOf(r.letter.letter.date)}`,
    title: `${r.inspection.name} PDU, ${r.letter.region.name} region`,
    context: `Recommendation ${r.recommendation.number}, to ${to}`,
    tags: [overall(`${r.inspection.name} overall`, r.inspection.overall)],
    text: r.recommendation.text,
  };
}

/** What every card of the site shows, one per letter, region, PDU, finding and recommendation, in that order. */
export function siteCardSpecs(model: SiteModel): CardSpec[] {
  return [
    ...model.letters.map((l): CardSpec => ({
      path: paths.card('letters', l.letter.id),
      eyebrow: `Inspection letter · ${l.region.name} region`,
      title: l.letter.title,
      context: `${formatDate(l.letter.date)} · ${count(l.letter.pdus.length, 'PDU')} rated, overall and on each standard`,
      tags: [],
      ratings: matrixOf(l),
    })),
    ...model.regions.map((r): CardSpec => {
      const [latest] = r.letters;
      return {
        path: paths.card('regions', r.region.id),
        eyebrow: 'Probation region',
        title: r.region.name,
        context: latest
          ? `${count(r.letters.length, 'letter')} · ratings in the latest, ${letterOf(latest.letter.date)}`
          : 'No inspection letter on this site yet',
        tags: [],
        ...(latest ? { ratings: matrixOf(latest) } : {}),
      };
    }),
    ...model.pdus.map((p): CardSpec => {
      const { inspection, letter } = p.latest;
      return {
        path: paths.card('pdus', p.id),
        eyebrow: `Probation delivery unit · ${letter.region.name} region`,
        title: `${p.name} PDU`,
        context: `Latest inspection: ${letterOf(letter.letter.date)}`,
        tags: [overall('Overall', inspection.overall), { label: 'Score', word: scoreText(inspection.score), tone: 'plain' }],
        ratings: standardsOf(inspection, letter.framework),
      };
    }),
    ...model.findings.map(findingCard),
    ...model.recommendations.map(recommendationCard),
  ];
}
