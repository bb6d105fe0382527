import { describe, expect, it } from 'vitest';
import { selectionCsvName, selectionFromQuery } from '../../../../src/lib/url-state/compare-selection';

describe('the compare page’s selection', () => {
  it('names a chart’s CSV of the selection after the chart and the chosen ids, in the order chosen', () => {
    expect(selectionCsvName('compare-ratings', selectionFromQuery('?pdus=wigan,tameside'))).toBe('compare-ratings-wigan-tameside.csv');
    expect(selectionCsvName('compare-scores', selectionFromQuery('?regions=wales,london'))).toBe('compare-scores-wales-london.csv');
  });
});
