import type { SiteModel } from '../model/site-model';
import { paths } from '../urls';
import { formatDate } from '../words/format';
import { addresseeName, findingTitle, recommendationTitle } from '../words/labels';
import { count, kindLabel, ratingWord, scoreText } from '../words/vocabulary';
import type { CardSpec } from './card';

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

/** What every card of the site shows, one per letter, region, PDU, finding and recommendation, in that order. */
export function siteCardSpecs(model: SiteModel): CardSpec[] {
  const overall = (name: string, rating: Parameters<typeof ratingWord>[0]) =>
    ({ label: name, word: ratingWord(rating), tone: rating ?? 'not-rated' }) as const;
  const letterOf = (date: string) => `letter of ${formatDate(date)}`;
  return [
    ...model.letters.map((l): CardSpec => ({
      path: paths.card('letters', l.letter.id),
      eyebrow: 'Inspection letter',
      title: l.letter.title,
      context: `${formatDate(l.letter.date)} · ${l.region.name} region · overall ratings`,
      tags: l.letter.pdus.map((p) => overall(p.name, p.overall)),
    })),
    ...model.regions.map((r): CardSpec => {
      const [latest] = r.letters;
      return {
        path: paths.card('regions', r.region.id),
        eyebrow: 'Probation region',
        title: r.region.name,
        context: latest
          ? `${count(r.letters.length, 'letter')}, the latest of ${formatDate(latest.letter.date)} · latest overall ratings`
          : 'No inspection letter on this site yet',
        tags: r.latestInspections.map((i) => overall(i.inspection.name, i.inspection.overall)),
      };
    }),
    ...model.pdus.map((p): CardSpec => ({
      path: paths.card('pdus', p.id),
      eyebrow: 'Probation delivery unit',
      title: `${p.name} PDU`,
      context: `${p.latest.letter.region.name} region · latest ${letterOf(p.latest.letter.letter.date)}`,
      tags: [
        overall('Overall', p.latest.inspection.overall),
        { label: 'Score', word: scoreText(p.latest.inspection.score), tone: 'plain' },
      ],
    })),
    ...model.findings.map((f): CardSpec => ({
      path: paths.card('findings', f.finding.id),
      eyebrow: 'Finding',
      title: findingTitle(f),
      context: `${f.letter.region.name} region · ${letterOf(f.letter.letter.date)}`,
      tags: [{ word: kindLabel(f.finding.kind), tone: f.finding.kind }],
      text: f.finding.text,
    })),
    ...model.recommendations.map((r): CardSpec => ({
      path: paths.card('recommendations', r.recommendation.id),
      eyebrow: `Recommendation to ${addresseeName(r)}`,
      title: recommendationTitle(r),
      context: `${r.letter.region.name} region · ${letterOf(r.letter.letter.date)}`,
      tags: [overall(`${r.inspection.name} overall`, r.inspection.overall)],
      text: r.recommendation.text,
    })),
  ];
}
