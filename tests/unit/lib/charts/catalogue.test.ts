import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartIds, chartsOfDomain, chartsOfPdu, chartsOfRegion, siteCharts } from '../../../../src/lib/charts/catalogue';
import { readLetterFile } from '../../../../src/lib/checking/letter-file';
import { buildSiteModel } from '../../../../src/lib/model/site-model';
import { comparePduFigures } from '../../../../src/lib/model/comparison';
import { comparisonHeading, selectionFromQuery, selectionProblem, selectionQuery } from '../../../../src/lib/url-state/compare-selection';
import { must, reference, root } from '../../../support';

const letters = (dir: string) =>
  readdirSync(dir).map((file) => {
    const r = readLetterFile(file, readFileSync(`${dir}/${file}`, 'utf8'), reference);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    return r.letter;
  });
const model = buildSiteModel(letters(`${root}content/letters`), reference);
const charts = siteCharts(model);
const chart = (id: string) =>
  must(
    charts.all.find((c) => c.id === id),
    `the chart ${id}`,
  );

describe('the charts of the Greater Manchester letter', () => {
  it('have unique ids', () => {
    expect(new Set(charts.all.map((c) => c.id)).size).toBe(charts.all.length);
  });

  it('score PDUs as shares of their own maximum, best first: 10/24 before 7/27', () => {
    const scores = chart(chartIds.regionScores('greater-manchester'));
    expect(scores.table.rows).toEqual([
      ['Manchester North', '10', '24', '42', 'Requires improvement'],
      ['Tameside', '7', '27', '26', 'Requires improvement'],
      ['Wigan', '7', '27', '26', 'Requires improvement'],
    ]);
    expect(scores.takeaway).toBe('Manchester North scored highest, 10/24 (42%); Tameside and Wigan lowest, 7/27 (26%).');
    if (scores.kind !== 'bars') throw new Error('expected bars');
    expect(scores.geometry.bars.map((b) => b.valueLabel)).toEqual([
      '10/24 (42%) · Requires improvement',
      '7/27 (26%) · Requires improvement',
      '7/27 (26%) · Requires improvement',
    ]);
  });

  it('show Manchester North’s 2.1 as not rated in the matrix', () => {
    const matrix = chart(chartIds.regionRatings('greater-manchester'));
    if (matrix.kind !== 'matrix') throw new Error('expected a matrix');
    const mn = must(
      matrix.geometry.rows.find((r) => r.pdu === 'manchester-north'),
      'the Manchester North row',
    );
    const notRated = mn.cells.find((c) => c.column === '2.1');
    expect(notRated).toMatchObject({ text: 'NR' });
    expect(notRated).not.toHaveProperty('rating');
    expect(matrix.table.rows[0]).toContain('Not rated');
  });

  it('count the ratings on each standard', () => {
    expect(chart(chartIds.standardDistribution('2-2-assessment')).table.rows).toEqual([
      ['Outstanding', '0'],
      ['Good', '0'],
      ['Requires improvement', '0'],
      ['Inadequate', '3'],
    ]);
    expect(chart(chartIds.standardDistribution('2-1-court-work')).table.rows).toEqual([
      ['Outstanding', '0'],
      ['Good', '0'],
      ['Requires improvement', '2'],
      ['Inadequate', '0'],
      ['Not rated', '1'],
    ]);
  });

  it('chart the PO vacancy rates: region 24, Wigan 26, Manchester North 27, Tameside 38', () => {
    const vacancies = chart(chartIds.regionFigures('greater-manchester', 'vacancy-rate'));
    const po = vacancies.table.rows.filter((r) => r[0] === 'PO').map((r) => [r[1], r[2]]);
    expect(po).toEqual([
      ['Greater Manchester region', '24'],
      ['Manchester North', '27'],
      ['Tameside', '38'],
      ['Wigan', '26'],
    ]);
    const tameside = chart(chartIds.pduFigures('tameside', 'vacancy-rate'));
    expect(tameside.table.rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['PO', 'Greater Manchester region', '24'],
      ['PO', 'Tameside', '38'],
      ['PSO', 'Greater Manchester region', '25'],
      ['PSO', 'Tameside', '5'],
      ['SPO', 'Tameside', '47'],
    ]);
  });
});

describe('the chart catalogue', () => {
  it('files every chart it draws under exactly one page', () => {
    const filed = [
      ...Object.values(charts.latest),
      ...Object.values(charts.compare),
      ...[...charts.regions.values()].flatMap((r) => [r.ratings, r.scores, ...r.figures]),
      ...[...charts.pdus.values()].flatMap((p) => [p.history, ...p.figures]),
      ...[...charts.domains.values()].flatMap((d) => [d.ratings, d.distribution]),
    ].filter((c) => c !== undefined);
    expect(filed.map((c) => c.id).sort()).toEqual(charts.all.map((c) => c.id).sort());
  });

  it('gives a region its ratings, its scores and one chart per measure its letter states, by type rather than by id', () => {
    const gm = chartsOfRegion(charts, 'greater-manchester');
    expect(gm.ratings?.kind).toBe('matrix');
    expect(gm.scores?.id).toBe(chartIds.regionScores('greater-manchester'));
    expect(gm.figures.map((c) => c.id)).toEqual(
      (
        [
          'vacancy-rate',
          'leaving-rate',
          'average-caseload',
          'workload',
          'workload-under-capacity',
          'staffing-level',
          'sickness-absence',
        ] as const
      ).map((m) => chartIds.regionFigures('greater-manchester', m)),
    );
    expect(chartsOfRegion(charts, 'wales')).toEqual({ figures: [] });
  });

  it('gives a PDU its key figures, and a history only when it was inspected more than once', () => {
    const tameside = chartsOfPdu(charts, 'tameside');
    expect(tameside.history).toBeUndefined();
    expect(tameside.figures.map((c) => c.id)).toEqual([chartIds.pduFigures('tameside', 'vacancy-rate')]);
  });

  it('gives a domain its ratings matrix and a standard its distribution', () => {
    expect(chartsOfDomain(charts, '2-court-work-and-case-supervision').ratings?.kind).toBe('matrix');
    expect(chartsOfDomain(charts, '2-court-work-and-case-supervision').distribution).toBeUndefined();
    expect(chartsOfDomain(charts, '2-1-court-work').distribution?.kind).toBe('bars');
    expect(chartsOfDomain(charts, 'statutory-victim-work')).toEqual({});
  });
});

describe('comparing', () => {
  it('reads and writes the selection as ?pdus=a,b, also from repeated form fields', () => {
    expect(selectionFromQuery('?pdus=wigan,tameside')).toEqual({ kind: 'pdus', ids: ['wigan', 'tameside'] });
    expect(selectionFromQuery('?pdus=wigan&pdus=tameside')).toEqual({ kind: 'pdus', ids: ['wigan', 'tameside'] });
    expect(selectionQuery({ kind: 'regions', ids: ['a', 'b'] })).toBe('?regions=a,b');
  });

  it('heads a comparison with the names chosen, joined as a list', () => {
    expect(comparisonHeading(['Tameside', 'Wigan'])).toBe('Comparing Tameside and Wigan');
    expect(comparisonHeading(['Bolton', 'Tameside', 'Wigan'])).toBe('Comparing Bolton, Tameside and Wigan');
  });

  it('takes 2 to 4 known items', () => {
    const known = { pdus: ['a', 'b', 'c', 'd', 'e'], regions: [] };
    expect(selectionProblem({ kind: 'pdus', ids: ['a'] }, known)).toBe('Choose at least 2 PDUs to compare.');
    expect(selectionProblem({ kind: 'pdus', ids: ['a', 'b', 'c', 'd', 'e'] }, known)).toBe('Choose at most 4 PDUs to compare.');
    expect(selectionProblem({ kind: 'pdus', ids: ['a', 'x'] }, known)).toBe('Not found: x. Choose from the list.');
    expect(selectionProblem({ kind: 'pdus', ids: ['a', 'b'] }, known)).toBeUndefined();
  });

  it('puts PDUs’ key figures side by side, saying when a letter gives none', () => {
    const table = comparePduFigures(model.pdus.filter((p) => ['tameside', 'wigan'].includes(p.id)));
    expect(table.columns.map((c) => c.name)).toEqual(['Tameside', 'Wigan']);
    expect(table.rows.map((r) => [r.label, ...r.cells.map((c) => c.text)])).toEqual([
      ['PO vacancy rate', '38%', '26%'],
      ['PSO vacancy rate', '5%', '22%'],
      ['SPO vacancy rate', '47%', 'Not stated'],
    ]);
  });
});
