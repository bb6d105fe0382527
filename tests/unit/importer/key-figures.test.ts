import { describe, expect, it } from 'vitest';
import { groupOf, proposeKeyFigures } from '../../../src/importer/key-figures';
import { parseLetter } from '../../../src/importer/parse-letter';
import { reference, seedFile, seedText } from '../../support';

const { letter } = parseLetter(seedText, { file: seedFile, reference });
const figure = (id: string) => letter.keyFigures.find((k) => k.id === id);
const values = Object.fromEntries(letter.keyFigures.map((k) => [k.id, k.value]));

describe('key figures proposed from the seed letter', () => {
  it('include every staffing figure the letter states, each equal to the source', () => {
    expect(values).toEqual({
      'vacancy-rate-po-region': 24,
      'vacancy-rate-pso-region': 25,
      'vacancy-rate-unpaid-work-region': 8,
      'vacancy-rate-accredited-programmes-region': 14,
      'vacancy-rate-statutory-victim-work-region': 25,
      'vacancy-rate-all-staff-region': 13,
      'vacancy-rate-po-wigan': 26,
      'vacancy-rate-po-manchester-north': 27,
      'vacancy-rate-po-tameside': 38,
      'vacancy-rate-pso-wigan': 22,
      'vacancy-rate-pso-manchester-north': 37,
      'vacancy-rate-pso-tameside': 5,
      'vacancy-rate-spo-tameside': 47,
      'average-caseload-po-region': 38,
      'average-caseload-pso-region': 45,
      'workload-po-region': 137,
      'sickness-absence-all-staff-region': 12.3,
    });
  });

  it('keep the sentence each figure comes from, exactly as published, and its month when stated', () => {
    for (const k of letter.keyFigures) expect(seedText.replace(/\s+/g, ' ')).toContain(k.sentence);
    expect(figure('vacancy-rate-po-wigan')!.sentence).toBe(
      'There were significant variations in vacancy rates between PDUs, ranging, for example, from a 26 per cent PO vacancy rate in Wigan to 27 per cent in Manchester North and 38 per cent in Tameside.',
    );
    expect(figure('vacancy-rate-pso-tameside')!.asOf).toBe('2023-01');
    expect(figure('workload-po-region')).toMatchObject({ unit: 'percent-of-target', group: 'PO', scope: 'region' });
    expect(figure('sickness-absence-all-staff-region')).toMatchObject({ unit: 'days-per-year', sentence: expect.stringContaining('(12.3 days lost on average per year)') });
  });

  it('read a figure once even when a finding states it again', () => {
    expect(letter.keyFigures.filter((k) => k.id === 'vacancy-rate-po-region')).toHaveLength(1);
  });
});

describe('reading staff groups and figures', () => {
  it('names staff groups the short way', () => {
    expect(groupOf('probation officers (POs)')).toBe('PO');
    expect(groupOf('PSOs')).toBe('PSO');
    expect(groupOf('senior probation officer')).toBe('SPO');
    expect(groupOf('unpaid work staff')).toBe('Unpaid work');
    expect(groupOf('catering')).toBeUndefined();
  });

  it('finds figures for PDUs it is told about, and nothing in unrelated numbers', () => {
    const pdus = [{ id: 'northtown', name: 'Northtown' }];
    expect(proposeKeyFigures(['The SPO vacancy rate was 15 per cent in Northtown.'], { pdus }).map((k) => [k.id, k.value])).toEqual([['vacancy-rate-spo-northtown', 15]]);
    expect(proposeKeyFigures(['Seventy-five per cent of staff were interested in their work, 82 per cent said so in 2020.'], { pdus })).toEqual([]);
  });
});
