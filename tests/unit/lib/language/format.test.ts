import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, withBase } from '../../../../src/lib/language/format';

describe('formatting', () => {
  it('writes dates and months the British way whatever the time zone', () => {
    expect(formatDate('2023-05-25')).toBe('25 May 2023');
    expect(formatDate('2024-01-01')).toBe('1 January 2024');
    expect(formatMonth('2023-02')).toBe('February 2023');
  });

  it('prefixes paths with a base path, with exactly one slash between', () => {
    expect(withBase('/', '/letters/x/')).toBe('/letters/x/');
    expect(withBase('/inspections/', '/letters/x/')).toBe('/inspections/letters/x/');
    expect(withBase('/inspections', 'letters/x/')).toBe('/inspections/letters/x/');
  });
});
