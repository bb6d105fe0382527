import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLetterFile } from '../../../../src/lib/checking/letter-file';
import { siteSimilarity, similarityDigest, similarityLinks, similarLimit } from '../../../../src/lib/similarity/similar';
import { buildSiteModel } from '../../../../src/lib/model/site-model';
import type { Letter } from '../../../../src/schemas/letter';
import { reference, root } from '../../../support';

const file = 'greater-manchester-2023-05.mdx';
const read = readLetterFile(file, readFileSync(`${root}content/letters/${file}`, 'utf8'), reference);
if (!read.ok) throw new Error(read.errors.join('\n'));
const seed = read.letter;

/** The seed as another region's later letter would carry it: every id, PDU and name swapped, the texts kept. */
function copyOfSeed(): Letter {
  const swaps: [string, string][] = [
    [seed.id, 'north-west-2024-06'],
    ['manchester-north', 'bolton'],
    ['Manchester North', 'Bolton'],
    ['tameside', 'bury'],
    ['Tameside', 'Bury'],
    ['wigan', 'salford'],
    ['Wigan', 'Salford'],
  ];
  const text = swaps.reduce((t, [from, to]) => t.replaceAll(from, to), JSON.stringify(seed));
  return { ...(JSON.parse(text) as Letter), region: 'north-west', date: '2024-06-20' };
}

const short = (id: string) => id.replace(`${seed.id}-`, '');

describe('similarity over the seed alone', () => {
  const model = buildSiteModel([seed], reference);
  const found = siteSimilarity(model, reference.acronyms);

  it('groups the recommendations that recur across Manchester North, Tameside and Wigan: resourcing and management oversight, risk of harm work, keeping people safe', () => {
    expect(
      found.recurring.map((g) => ({
        representative: short(g.representative.recommendation.id),
        members: g.members.map((m) => short(m.recommendation.id)),
        pduNames: g.pduNames,
        letterCount: g.letterCount,
      })),
    ).toEqual([
      {
        representative: 'tameside-3',
        members: ['tameside-3', 'tameside-9', 'wigan-8', 'wigan-9'],
        pduNames: ['Tameside', 'Wigan'],
        letterCount: 1,
      },
      {
        representative: 'manchester-north-1',
        members: ['manchester-north-1', 'tameside-7'],
        pduNames: ['Manchester North', 'Tameside'],
        letterCount: 1,
      },
      { representative: 'tameside-4', members: ['tameside-4', 'wigan-1'], pduNames: ['Tameside', 'Wigan'], letterCount: 1 },
    ]);
  });

  it('lists for a recommendation those like it under other PDUs, most similar first, and never its siblings', () => {
    expect(found.recommendations.get(`${seed.id}-tameside-3`)?.map((l) => short(l.record.recommendation.id))).toEqual([
      'wigan-9',
      'wigan-8',
    ]);
    for (const r of model.recommendations)
      for (const l of found.recommendations.get(r.recommendation.id) ?? []) expect(l.record.pdu.id).not.toBe(r.pdu.id);
    expect(found.recommendations.get(`${seed.id}-tameside-8`)).toEqual([]);
  });

  it('lists no similar finding, since every finding is in the one letter', () => {
    expect(found.findings.size).toBe(39);
    expect([...found.findings.values()].every((links) => links.length === 0)).toBe(true);
  });
});

describe('similarity over two letters', () => {
  const copy = copyOfSeed();
  const model = buildSiteModel([seed, copy], reference);
  /** Each recommendation's counterpart in the other letter (the copy keeps the seed's order). */
  const counterpart = new Map(
    seed.recommendations.flatMap((r, i) => {
      const c = copy.recommendations[i]?.id ?? '';
      return [
        [r.id, c],
        [c, r.id],
      ];
    }),
  );
  const found = siteSimilarity(model, reference.acronyms);

  it('links each finding to its copy in the other letter first, and never to a finding of its own letter', () => {
    for (const f of model.findings) {
      const links = found.findings.get(f.finding.id) ?? [];
      expect(links[0]?.record.finding.text, f.finding.id).toBe(f.finding.text);
      expect(links[0]?.score).toBeCloseTo(1, 9);
      expect(links.every((l) => l.record.letter.letter.id !== f.letter.letter.id)).toBe(true);
      expect(links.length).toBeLessThanOrEqual(similarLimit);
    }
  });

  it('links each recommendation to its copy under the other letter’s PDU, and counts the group’s letters and PDUs', () => {
    for (const r of model.recommendations) {
      const first = found.recommendations.get(r.recommendation.id)?.[0];
      expect(first?.record.recommendation.id, r.recommendation.id).toBe(counterpart.get(r.recommendation.id));
    }
    expect(found.recurring.length).toBeGreaterThanOrEqual(model.recommendations.length / 2 / 3);
    const management = found.recurring.find((g) => g.members.some((m) => m.recommendation.id === `${seed.id}-tameside-3`));
    expect(management?.letterCount).toBe(2);
    expect(management?.pduNames).toEqual(['Bury', 'Salford', 'Tameside', 'Wigan']);
    // Across letters a PDU's own requests pair too: resourcing (Tameside 3 and 9) joins the training to protect the
    // public (Tameside 10) and through it the knowledge to keep people safe (Tameside 4, and Wigan 1 with it).
    expect(management?.members.map((m) => short(m.recommendation.id)).slice(7)).toEqual([
      'tameside-3',
      'tameside-4',
      'tameside-9',
      'tameside-10',
      'wigan-1',
      'wigan-8',
      'wigan-9',
    ]);
    expect(management?.members.map((m) => m.letter.letter.id)).toEqual([...Array(7).fill('north-west-2024-06'), ...Array(7).fill(seed.id)]);
  });
});

describe('similarities worked out ahead, as the build’s preparation thread does', () => {
  const model = buildSiteModel([seed, copyOfSeed()], reference);
  const fresh = siteSimilarity(model, reference.acronyms);
  const links = similarityLinks(model, reference.acronyms);
  const ids = (s: ReturnType<typeof siteSimilarity>) => ({
    recommendations: [...s.recommendations].map(([id, l]) => [id, l.map((x) => [x.record.recommendation.id, x.score])]),
    findings: [...s.findings].map(([id, l]) => [id, l.map((x) => [x.record.finding.id, x.score])]),
    recurring: s.recurring.map((g) => g.members.map((m) => m.recommendation.id)),
  });

  it('give the pages exactly what working them out afresh gives, after a trip through a structured clone', () => {
    expect(ids(siteSimilarity(model, reference.acronyms, structuredClone(links)))).toEqual(ids(fresh));
  });

  it('are not used for texts other than those they were worked out from', () => {
    const changed = buildSiteModel([seed], reference);
    expect(similarityDigest(changed, reference.acronyms)).not.toBe(links.digest);
    // Links of two letters given to a model of one: the digest differs, so they are worked out afresh for that model.
    expect(ids(siteSimilarity(changed, reference.acronyms, links))).toEqual(ids(siteSimilarity(changed, reference.acronyms)));
    const oneTextChanged = buildSiteModel(
      [seed, { ...copyOfSeed(), findings: copyOfSeed().findings.map((f, i) => (i === 0 ? { ...f, text: `${f.text} Also.` } : f)) }],
      reference,
    );
    expect(similarityDigest(oneTextChanged, reference.acronyms)).not.toBe(links.digest);
    expect(similarityDigest(model, [])).not.toBe(links.digest);
  });
});
