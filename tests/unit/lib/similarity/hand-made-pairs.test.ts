import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readLetterFile } from '../../../../src/lib/checking/letter-file';
import { postingCap, similarityThreshold, similarLimit, visitBudget } from '../../../../src/lib/similarity/similar';
import { nearestNeighbours } from '../../../../src/lib/similarity/neighbours';
import { termReader } from '../../../../src/lib/similarity/terms';
import { must, reference, root } from '../../../support';

/**
 * The hand-made pairs the similarity threshold is chosen by (src/lib/model/similar.ts). Each rewording is the same
 * request as one of the seed's recommendations, as another PDU's letter might word it; each unrelated pair asks for
 * different things in the letters' shared vocabulary. They are scored among the seed's 28 recommendations, so the
 * words' weights are those of a real letter.
 */
const rewordings: { original: string; text: string }[] = [
  { original: 'tameside-8', text: 'reduce waiting times for accredited programmes, in particular BBR' },
  { original: 'wigan-6', text: 'provide enough opportunities for people on probation to start and complete UPW requirements' },
  {
    original: 'manchester-north-5',
    text: 'make sure managers and staff understand the expectations for managing sickness absence effectively',
  },
  { original: 'wigan-4', text: 'help people on probation to know about and use the complaints process' },
  {
    original: 'tameside-6',
    text: 'ensure effective arrangements are in place to deliver a quality service while PO vacancies remain high',
  },
  { original: 'manchester-north-2', text: 'ensure the safety of victims is considered whenever interventions are delivered' },
  {
    original: 'wigan-8',
    text: 'ensure PDUs have enough middle management capacity to oversee the high number of PQiP trainees',
  },
];
const unrelated: [string, string][] = [
  [
    'reduce waiting times for accredited programmes, in particular BBR',
    'help people on probation to know about and use the complaints process',
  ],
  [
    'provide enough opportunities for people on probation to start and complete UPW requirements',
    'make sure managers and staff understand the expectations for managing sickness absence effectively',
  ],
  ['ensure staff are trained to assess the risk of harm to others', 'ensure staff sickness absence is managed effectively'],
  [
    'improve the recording of MAPPA levels in case records',
    'ensure the safety of victims is considered whenever interventions are delivered',
  ],
];

const file = 'greater-manchester-2023-05.mdx';
const read = readLetterFile(file, readFileSync(`${root}content/letters/${file}`, 'utf8'), reference);
if (!read.ok) throw new Error(read.errors.join('\n'));
const seed = read.letter.recommendations.map((r) => ({ id: r.id.replace(`${read.letter.id}-`, ''), text: r.text, group: r.pdu }));
const reader = termReader(reference.acronyms);

/** Every pair's score (no threshold, no limit) among the seed's recommendations and the hand-made texts, each of its own PDU. */
function scores(extra: readonly string[]): (a: string, b: string) => number {
  const docs = [...seed, ...extra.map((text, k) => ({ id: text, text, group: `another-pdu-${k}` }))];
  const found = nearestNeighbours(
    docs.map((d) => ({ terms: reader.terms(d.text), group: d.group })),
    { threshold: 0, limit: docs.length, postingCap, visitBudget },
  );
  return (a, b) => {
    const i = docs.findIndex((d) => d.id === a);
    const j = docs.findIndex((d) => d.id === b);
    return must(found[i], a).find((n) => n.index === j)?.score ?? 0;
  };
}

describe('the hand-made pairs the similarity threshold is chosen by', () => {
  it('link each rewording to the seed recommendation it rewords, as its most similar, clear of the threshold', () => {
    const texts = rewordings.map((r) => r.text);
    const docs = [...seed, ...texts.map((text, k) => ({ id: text, text, group: `another-pdu-${k}` }))];
    const found = nearestNeighbours(
      docs.map((d) => ({ terms: reader.terms(d.text), group: d.group })),
      { threshold: similarityThreshold, limit: similarLimit, postingCap, visitBudget },
    );
    const score = scores(texts);
    for (const r of rewordings) {
      const first = must(found[docs.findIndex((d) => d.id === r.text)], r.text)[0];
      expect(first && docs[first.index]?.id, r.text).toBe(r.original);
      expect(score(r.text, r.original), r.text).toBeGreaterThanOrEqual(similarityThreshold + 0.02);
    }
  });

  it('leave unrelated requests unlinked, well under the threshold', () => {
    const score = scores(unrelated.flat());
    for (const [a, b] of unrelated) expect(score(a, b), `${a} / ${b}`).toBeLessThan(similarityThreshold - 0.05);
    // Two of the seed's own, under different PDUs: accredited programmes' waiting times, and the complaints process.
    expect(score('tameside-8', 'wigan-4')).toBeLessThan(similarityThreshold - 0.05);
  });

  it('link the seed’s requests that recur in other words under another PDU (one concern asked for again), and leave apart those that only share a theme', () => {
    const score = scores([]);
    // Resources: the right staff to protect the public (Tameside), and resource for management oversight (Wigan).
    expect(score('tameside-9', 'wigan-9')).toBeGreaterThanOrEqual(similarityThreshold);
    // Keeping people safe: knowledge for practitioners (Tameside) and management oversight (Wigan).
    expect(score('tameside-4', 'wigan-1')).toBeGreaterThanOrEqual(similarityThreshold);
    // Risk of harm: the quality of the work (Manchester North) and PSOs' training to do it (Tameside).
    expect(score('manchester-north-1', 'tameside-7')).toBeGreaterThanOrEqual(similarityThreshold);
    // One theme, different asks: staffing capacity (Manchester North) and staff development and motivation (Wigan).
    expect(score('manchester-north-9', 'wigan-2')).toBeLessThan(similarityThreshold);
  });
});
