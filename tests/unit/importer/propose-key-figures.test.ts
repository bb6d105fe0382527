import { describe, expect, it } from 'vitest';
import { groupOf, proposeKeyFigures } from '../../../src/importer/propose-key-figures';
import { keyFigureSchema, measureUnits } from '../../../src/schemas/key-figure';
import { must, seedText } from '../../support';

// The seed as the importer hands it over: its paragraphs, then its findings (the bullets).
const lines = seedText
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);
const texts = [...lines.filter((l) => !l.startsWith('- ')), ...lines.filter((l) => l.startsWith('- ')).map((l) => l.slice(2))];
const pdus = [
  { id: 'manchester-north', name: 'Manchester North' },
  { id: 'tameside', name: 'Tameside' },
  { id: 'wigan', name: 'Wigan' },
];
const figures = proposeKeyFigures(texts, { pdus });
const figure = (id: string) =>
  must(
    figures.find((k) => k.id === id),
    `the proposed figure ${id}`,
  );
const flat = seedText.replace(/\s+/g, ' ');

describe('key figures proposed from the seed letter', () => {
  it('are every staffing figure the letter states, and nothing else: id, measure, group, scope, value, wording, month', () => {
    expect(figures.map((k) => [k.id, k.measure, k.group, k.scope, k.value, k.statedAs, k.asOf])).toEqual([
      ['vacancy-rate-po-region', 'vacancy-rate', 'PO', 'region', 24, '24 per cent', '2023-01'],
      ['vacancy-rate-pso-region', 'vacancy-rate', 'PSO', 'region', 25, '25 per cent', '2023-01'],
      ['vacancy-rate-unpaid-work-region', 'vacancy-rate', 'Unpaid work', 'region', 8, '8 per cent', '2023-01'],
      ['vacancy-rate-accredited-programmes-region', 'vacancy-rate', 'Accredited programmes', 'region', 14, '14 per cent', '2023-01'],
      ['vacancy-rate-statutory-victim-work-region', 'vacancy-rate', 'Statutory victim work', 'region', 25, '25 per cent', '2023-01'],
      ['average-caseload-po-region', 'average-caseload', 'PO', 'region', 38, '38 cases', '2023-01'],
      ['average-caseload-pso-region', 'average-caseload', 'PSO', 'region', 45, '45', '2023-01'],
      ['workload-po-region', 'workload', 'PO', 'region', 137, '137 per cent of target workloads', '2023-01'],
      [
        'workload-under-capacity-pso-region',
        'workload-under-capacity',
        'PSO',
        'region',
        12,
        '12 per cent under their workload capacity',
        '2023-01',
      ],
      ['vacancy-rate-all-staff-region', 'vacancy-rate', 'All staff', 'region', 13, '13 per cent', undefined],
      ['staffing-level-pso-region', 'staffing-level', 'PSO', 'region', 99, '99 per cent against the target staffing model', '2023-03'],
      ['staffing-level-pso-region-2022-12', 'staffing-level', 'PSO', 'region', 75, '75%', '2022-12'],
      ['vacancy-rate-po-wigan', 'vacancy-rate', 'PO', 'wigan', 26, '26 per cent PO vacancy rate', undefined],
      ['vacancy-rate-po-manchester-north', 'vacancy-rate', 'PO', 'manchester-north', 27, '27 per cent', undefined],
      ['vacancy-rate-po-tameside', 'vacancy-rate', 'PO', 'tameside', 38, '38 per cent', undefined],
      ['vacancy-rate-pso-wigan', 'vacancy-rate', 'PSO', 'wigan', 22, '22 per cent', '2023-01'],
      ['vacancy-rate-pso-manchester-north', 'vacancy-rate', 'PSO', 'manchester-north', 37, '37 per cent', '2023-01'],
      ['vacancy-rate-pso-tameside', 'vacancy-rate', 'PSO', 'tameside', 5, '5 per cent', '2023-01'],
      ['vacancy-rate-spo-tameside', 'vacancy-rate', 'SPO', 'tameside', 47, '47 per cent', undefined],
      [
        'sickness-absence-all-staff-region',
        'sickness-absence',
        'All staff',
        'region',
        12.3,
        '12.3 days lost on average per year',
        undefined,
      ],
      ['leaving-rate-pso-region', 'leaving-rate', 'PSO', 'region', 11, '11 per cent leaving rate', undefined],
    ]);
  });

  it('keep each figure’s sentence exactly as published, its wording inside it, and the unit its measure is given in', () => {
    for (const k of figures) {
      expect(flat, k.id).toContain(k.sentence);
      expect(k.sentence, k.id).toContain(k.statedAs);
      expect(k.statedAs?.startsWith(String(k.value)), k.id).toBe(true);
      expect(k.unit, k.id).toBe(measureUnits[k.measure]);
      expect(keyFigureSchema.safeParse(k).success, k.id).toBe(true);
    }
    expect(figure('vacancy-rate-po-wigan').sentence).toBe(
      'There were significant variations in vacancy rates between PDUs, ranging, for example, from a 26 per cent PO vacancy rate in Wigan to 27 per cent in Manchester North and 38 per cent in Tameside.',
    );
    expect(figure('sickness-absence-all-staff-region')).toMatchObject({
      unit: 'days-per-year',
      sentence: expect.stringContaining('(12.3 days lost on average per year)'),
    });
  });

  it('date each figure by the month stated with it, not just the first month of its sentence', () => {
    const sentence =
      'By March 2023, PSO staffing had increased to 99 per cent against the target staffing model, compared to 75% in December 2022.';
    expect(figure('staffing-level-pso-region')).toMatchObject({ value: 99, asOf: '2023-03', sentence, unit: 'percent-of-target' });
    expect(figure('staffing-level-pso-region-2022-12')).toMatchObject({ value: 75, asOf: '2022-12', sentence, unit: 'percent-of-target' });
  });

  it('read a figure once even when a finding states it again', () => {
    expect(figures.filter((k) => k.measure === 'vacancy-rate' && k.group === 'PO' && k.scope === 'region')).toHaveLength(1);
    expect(figures.filter((k) => k.measure === 'workload')).toHaveLength(1);
    expect(figures.filter((k) => k.measure === 'staffing-level' && k.value === 99)).toHaveLength(1);
  });
});

describe('reading staff groups and figures', () => {
  const northtown = [
    { id: 'northtown', name: 'Northtown' },
    { id: 'eastborough', name: 'Eastborough' },
  ];
  const read = (text: string) => proposeKeyFigures([text], { pdus: northtown }).map((k) => [k.id, k.value, k.statedAs, k.asOf]);

  it('names staff groups the short way', () => {
    expect(groupOf('probation officers (POs)')).toBe('PO');
    expect(groupOf('PSOs')).toBe('PSO');
    expect(groupOf('senior probation officer')).toBe('SPO');
    expect(groupOf('unpaid work staff')).toBe('Unpaid work');
    expect(groupOf('catering')).toBeUndefined();
  });

  it('finds figures for PDUs it is told about', () => {
    expect(read('The SPO vacancy rate was 15 per cent in Northtown.')).toEqual([
      ['vacancy-rate-spo-northtown', 15, '15 per cent', undefined],
    ]);
    expect(read('In Northtown, the vacancy rate for PSOs was 18 per cent.')).toEqual([
      ['vacancy-rate-pso-northtown', 18, '18 per cent', undefined],
    ]);
    expect(
      read(
        'The PO vacancy rate was 30 per cent in Northtown and 12 per cent in Eastborough, and staff sickness stood at 9.5 days lost on average per year.',
      ),
    ).toEqual([
      ['vacancy-rate-po-northtown', 30, '30 per cent', undefined],
      ['vacancy-rate-po-eastborough', 12, '12 per cent', undefined],
      ['sickness-absence-all-staff-region', 9.5, '9.5 days lost on average per year', undefined],
    ]);
  });

  it('reads other wordings of the same measures, keeping each unit as worded', () => {
    expect(read('The leaving rate for probation officers was 9 per cent in March 2024, down from 12 per cent in March 2023.')).toEqual([
      ['leaving-rate-po-region', 9, '9 per cent', '2024-03'],
      ['leaving-rate-po-region-2023-03', 12, '12 per cent', '2023-03'],
    ]);
    expect(read('The average caseload for PSOs was 41, compared with 36 for POs.')).toEqual([
      ['average-caseload-pso-region', 41, '41', undefined],
      ['average-caseload-po-region', 36, '36', undefined],
    ]);
    expect(read('Sickness absence averaged 10.5 working days per employee per year.')).toEqual([
      ['sickness-absence-all-staff-region', 10.5, '10.5 working days per employee per year', undefined],
    ]);
    expect(read('As of June 2024, staff were working at 120 per cent of their target workload.')).toEqual([
      ['workload-all-staff-region', 120, '120 per cent of their target workload', '2024-06'],
    ]);
    expect(read('PO staffing stood at 80% of target levels.')).toEqual([
      ['staffing-level-po-region', 80, '80% of target levels', undefined],
    ]);
  });

  it('takes nothing from survey, diversity, training or delivery percentages', () => {
    for (const text of [
      'Seventy-five per cent of staff were interested in their work, 82 per cent said so in 2020.',
      'In our regional staff survey, 89 per cent of staff felt that staffing levels were not that sufficient or not at all sufficient.',
      'The regional workforce did not sufficiently reflect the diversity of the local population: 75 per cent were female, compared to 10 per cent of the caseload.',
      'Nine per cent of staff at senior probation officer grade or above are from black, Asian and minority ethnic groups compared to 13 per cent of all staffing.',
      'Overall completion of mandatory training stood at 60 per cent in March 2023.',
      'GMPS is currently delivering 125 per cent against the pre-pandemic baseline target, which was the highest rate of any probation region.',
    ]) {
      expect(read(text), text).toEqual([]);
    }
    expect(read('The vacancy rate was 20 per cent, and 89 per cent of staff said they were stretched.')).toEqual([
      ['vacancy-rate-all-staff-region', 20, '20 per cent', undefined],
    ]);
  });

  // Timings belong in npm run bench (tests/bench/import.ts); here a quadratic or backtracking rule would run past the timeout.
  it('read a 20 MB letter, and a 4 MB run-on sentence, without running away', () => {
    const letter = texts.join('\n\n').repeat(Math.ceil(20e6 / texts.join('\n\n').length));
    const found = proposeKeyFigures(letter.split('\n\n'), { pdus });
    expect(found).toHaveLength(figures.length);
    const runOn =
      'the PO vacancy rate in Wigan was 2 per cent, 3% to 4 per cent and the average PO caseload was 5 cases, PSO staffing at '.repeat(
        4e6 / 117,
      );
    expect(proposeKeyFigures([runOn], { pdus }).length).toBeGreaterThan(0);
  }, 120_000);
});
