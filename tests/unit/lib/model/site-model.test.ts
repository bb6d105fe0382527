import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLetterFile } from '../../../../src/lib/checking/letter-file';
import { buildSiteModel } from '../../../../src/lib/model/site-model';
import type { Letter } from '../../../../src/schemas/letter';
import { must, reference, root } from '../../../support';

/** The synthetic fixture corpus: North East in 2022 and 2024 (Northtown inspected twice) and Wales in 2024 (with a Northtown of its own). */
const dir = `${root}tests/fixtures/corpus/letters`;
const letters: Letter[] = readdirSync(dir).map((file) => {
  const result = readLetterFile(file, readFileSync(`${dir}/${file}`, 'utf8'), reference);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.letter;
});
const model = buildSiteModel(letters, reference);
/** A region's record in the model (an Error naming it when it has none). */
const region = (id: string) =>
  must(
    model.regions.find((r) => r.region.id === id),
    `the region ${id}`,
  );
/** A domain's record in the model (an Error naming it when it has none). */
const domain = (slug: string) =>
  must(
    model.domains.find((d) => d.info.slug === slug),
    `the domain ${slug}`,
  );

describe('the site model of a corpus of several letters', () => {
  it('orders letters newest first', () => {
    expect(model.letters.map((l) => l.letter.id)).toEqual(['wales-2024-10', 'north-east-2024-03', 'north-east-2022-06']);
  });

  it('follows a PDU inspected in two letters, newest inspection first', () => {
    const northtown = must(
      model.pdus.find((p) => p.id === 'northtown'),
      'the PDU northtown',
    );
    expect(
      northtown.inspections.map((i) => [
        i.letter.letter.id,
        i.inspection.overall,
        `${i.inspection.score.points}/${i.inspection.score.max}`,
      ]),
    ).toEqual([
      ['north-east-2024-03', 'requires-improvement', '9/27'],
      ['north-east-2022-06', 'good', '18/27'],
    ]);
    expect(northtown.latest.letter.letter.id).toBe('north-east-2024-03');
    expect(northtown.recommendations.every((r) => r.letter.region.id === 'north-east')).toBe(true);
  });

  it('keeps a PDU of another region with the same name apart: its own id, page and history', () => {
    const wales = must(
      model.pdus.find((p) => p.id === 'wales-northtown'),
      'the PDU wales-northtown',
    );
    expect([wales.name, wales.region.id, wales.inspections.map((i) => i.letter.letter.id)]).toEqual([
      'Northtown',
      'wales',
      ['wales-2024-10'],
    ]);
  });

  it('lists PDUs A to Z, each with its region', () => {
    expect(model.pdus.map((p) => [p.name, p.region.id])).toEqual([
      ['Eastborough', 'north-east'],
      ['Northtown', 'north-east'],
      ['Northtown', 'wales'],
      ['Southvale', 'wales'],
      ['Westfield', 'north-east'],
    ]);
  });

  it('gives every reference region a record, with its letters, findings and recommendations to the region', () => {
    expect(model.regions).toHaveLength(12);
    const northEast = region('north-east');
    expect(northEast.letters.map((l) => l.letter.id)).toEqual(['north-east-2024-03', 'north-east-2022-06']);
    expect(northEast.findings).toHaveLength(12);
    expect(northEast.recommendations.every((r) => r.recommendation.addressee === 'region')).toBe(true);
    expect(northEast.recommendations).toHaveLength(2);
    expect(northEast.pdus.map((p) => p.id)).toEqual(['eastborough', 'northtown', 'westfield']);
    expect(northEast.latestInspections.find((i) => i.inspection.id === 'northtown')?.letter.letter.id).toBe('north-east-2024-03');
    expect(region('london').letters).toEqual([]);
  });

  it('collects every PDU inspection’s rating on a standard, not rated included', () => {
    const courtWork = domain('2-1-court-work');
    expect(courtWork.ratings.map((r) => [r.letter.letter.id, r.pdu.id, r.rating])).toEqual([
      ['wales-2024-10', 'wales-northtown', 'outstanding'],
      ['wales-2024-10', 'southvale', undefined],
      ['north-east-2024-03', 'northtown', 'requires-improvement'],
      ['north-east-2024-03', 'westfield', undefined],
      ['north-east-2022-06', 'northtown', 'good'],
      ['north-east-2022-06', 'eastborough', undefined],
    ]);
    const courtWorkAndCaseSupervision = domain('2-court-work-and-case-supervision');
    expect(courtWorkAndCaseSupervision.ratings).toHaveLength(6 * 5);
  });

  it('ties findings to domains through their section, and a domain page gathers its standards’ items', () => {
    const leadership = domain('1-1-leadership');
    expect(leadership.findings.map((f) => f.section.id)).toEqual(Array(9).fill('leadership'));
    const unpaid = domain('unpaid-work');
    expect(unpaid.findings).toHaveLength(9);
    const organisational = domain('1-organisational-delivery');
    expect(organisational.findings).toHaveLength(9);
  });
});
