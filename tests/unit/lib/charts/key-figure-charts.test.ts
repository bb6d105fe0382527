import { describe, expect, it } from 'vitest';
import { proposeKeyFigures } from '../../../../src/importer/propose-key-figures';
import { chartIds } from '../../../../src/lib/charts/catalogue';
import { keyFigureCharts } from '../../../../src/lib/charts/key-figure-charts';
import { compareRegionFigures } from '../../../../src/lib/model/comparison';
import { figureStatedText, figureValueText } from '../../../../src/lib/language/vocabulary';
import type { KeyFigure } from '../../../../src/schemas/key-figure';
import type { Measure } from '../../../../src/schemas/measures';
import { keyFigureSchema } from '../../../../src/schemas/key-figure';
import { modelOf, must, root, seedText } from '../../../support';

const dir = `${root}content/letters`;
const model = modelOf(dir);
const region = must(
  model.regions.find((r) => r.region.id === 'greater-manchester'),
  'the Greater Manchester region',
);
const seedLetter = must(region.letters[0], 'the Greater Manchester letter');

// Every figure the importer proposes from the seed, whatever the committed entry holds today.
const lines = seedText
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);
const texts = [...lines.filter((l) => !l.startsWith('- ')), ...lines.filter((l) => l.startsWith('- ')).map((l) => l.slice(2))];
const figures = proposeKeyFigures(texts, { pdus: seedLetter.letter.pdus });
const withFigures = (keyFigures: KeyFigure[]) => ({ ...seedLetter, letter: { ...seedLetter.letter, keyFigures } });
const letter = withFigures(figures);
const idOf = (measure: Measure) => chartIds.regionFigures('greater-manchester', measure);
const charts = keyFigureCharts(idOf, letter, figures, 'Greater Manchester, 2023');
const chart = (measure: Measure) => {
  const c = charts.find((x) => x.id === idOf(measure));
  if (!c || c.kind !== 'bars') throw new Error(`no bar chart for ${measure}`);
  return c;
};

describe('key-figure charts of every measure the seed states', () => {
  it('draw one chart per measure, and every figure in the chart of its own measure, once', () => {
    expect(charts.map((c) => c.id)).toEqual(
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
      ).map(idOf),
    );
    for (const k of figures) {
      const holding = charts.filter((c) => c.kind === 'bars' && c.geometry.bars.some((b) => b.key === k.id));
      expect(
        holding.map((c) => c.id),
        k.id,
      ).toEqual([idOf(k.measure)]);
    }
    expect(charts.reduce((n, c) => n + c.table.rows.length, 0)).toBe(figures.length);
    expect(chart('vacancy-rate').table.rows.every((r) => r[2] !== '11' && r[2] !== '12')).toBe(true);
  });

  it('word each value the site’s way in the bars and as the letter words it in the table', () => {
    const sickness = chart('sickness-absence');
    expect(sickness.table.head).toEqual(['Staff group', 'Area', 'Days lost on average per year', 'As of', 'As the letter words it']);
    expect(sickness.table.rows).toEqual([
      ['All staff', 'Greater Manchester region', '12.3', 'Not stated', '12.3 days lost on average per year'],
    ]);
    expect(sickness.geometry.bars[0]?.valueLabel).toBe('12.3 days lost on average per year');
    expect(chart('leaving-rate').table.rows).toEqual([
      ['PSO', 'Greater Manchester region', '11', 'Not stated', '11 per cent leaving rate'],
    ]);
    expect(chart('workload-under-capacity').geometry.bars.map((b) => b.valueLabel)).toEqual(['12% under capacity']);
    expect(chart('workload-under-capacity').table.rows[0]?.[4]).toBe('12 per cent under their workload capacity');
    expect(chart('workload').geometry.bars.map((b) => b.valueLabel)).toEqual(['137% of target']);
  });

  it('show PSO staffing for each month the letter gives, earliest first, against the target', () => {
    const staffing = chart('staffing-level');
    expect(staffing.table.rows).toEqual([
      ['PSO', 'Greater Manchester region', '75', 'December 2022', '75%'],
      ['PSO', 'Greater Manchester region', '99', 'March 2023', '99 per cent against the target staffing model'],
    ]);
    expect(staffing.geometry.bars.map((b) => [b.label, b.sublabel, b.valueLabel])).toEqual([
      ['Greater Manchester region', 'December 2022', '75% of target'],
      ['Greater Manchester region', 'March 2023', '99% of target'],
    ]);
    expect(staffing.geometry.reference?.label).toBe('Target');
    expect(staffing.takeaway).toBe('PSO in Greater Manchester region: 75% of target in December 2022, then 99% of target in March 2023.');
    expect(chart('vacancy-rate').geometry.bars.every((b) => b.sublabel === undefined)).toBe(true);
  });

  it('put the new measures side by side when comparing regions, each at its latest month', () => {
    const table = compareRegionFigures([{ ...region, letters: [letter] }]);
    const rows = Object.fromEntries(table.rows.map((r) => [r.label, r.cells[0]?.text]));
    expect(rows).toMatchObject({
      'PO vacancy rate': '24%',
      'All staff vacancy rate': '13%',
      'PSO leaving rate': '11%',
      'PO workload against target': '137% of target',
      'PSO workload under capacity': '12% under capacity',
      'PSO staffing against target': '99% of target',
      'All staff sickness absence': '12.3 days lost on average per year',
      'PSO average caseload': '45 cases',
    });
    expect(table.rows).toHaveLength(new Set(figures.filter((k) => k.scope === 'region').map((k) => `${k.measure}/${k.group}`)).size);
  });

  it('fall back to the site’s wording for a figure an editor entered without statedAs', () => {
    const { statedAs: _, ...bare } = must(
      figures.find((k) => k.measure === 'staffing-level'),
      'a staffing-level figure',
    );
    expect(figureStatedText(bare)).toBe('99% of target');
    expect(figureValueText(bare)).toBe('99% of target');
  });

  it('are never given a figure in a unit its measure does not use: the schema rejects it', () => {
    const wrong = { ...figures[0], unit: 'cases' };
    const parsed = keyFigureSchema.safeParse(wrong);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['unit', 'a vacancy-rate figure is in "percent", not "cases"'],
    ]);
    expect(keyFigureSchema.safeParse({ ...figures[0], statedAs: '42 per cent' }).success).toBe(false);
  });
});
