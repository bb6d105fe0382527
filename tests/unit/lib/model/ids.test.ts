import { describe, expect, it } from 'vitest';
import { findingId, letterId, recommendationId, slugify } from '../../../../src/lib/model/ids';

describe('ids', () => {
  it('slug names the way heading anchors are made', () => {
    expect(slugify('Services and interventions')).toBe('services-and-interventions');
    expect(slugify('Learning from Serious Further Offence investigations')).toBe('learning-from-serious-further-offence-investigations');
    expect(slugify('Kent, Surrey and Sussex')).toBe('kent-surrey-and-sussex');
    expect(slugify('Ynys Môn')).toBe('ynys-mon');
  });

  it('name letters, findings and recommendations by their place, as the product brief shows', () => {
    const letter = letterId('greater-manchester', '2023-05-25');
    expect(letter).toBe('greater-manchester-2023-05');
    expect(findingId(letter, 'staff', 'improvement', 2)).toBe('greater-manchester-2023-05-staff-improvement-2');
    expect(recommendationId(letter, 'tameside', 8)).toBe('greater-manchester-2023-05-tameside-8');
  });
});
