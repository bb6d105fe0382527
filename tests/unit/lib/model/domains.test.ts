import { describe, expect, it } from 'vitest';
import { explainDomains, recommendationDomains, sectionDomains } from '../../../../src/lib/model/domains';
import { reference } from '../../../support';

describe('domains', () => {
  it('make a page for each framework domain, each standard and each regional area', () => {
    const slugs = reference.domains.map((d) => d.slug);
    expect(slugs).toEqual(
      expect.arrayContaining([
        '1-organisational-delivery',
        '1-1-leadership',
        '1-2-staff',
        '1-3-services',
        '1-4-information-and-facilities',
        '2-court-work-and-case-supervision',
        '2-1-court-work',
        '2-2-assessment',
        '2-3-planning',
        '2-4-implementation-and-delivery',
        '2-5-reviewing',
        'statutory-victim-work',
        'learning-from-serious-further-offence-investigations',
      ]),
    );
    expect(reference.domains.find((d) => d.slug === '2-2-assessment')).toMatchObject({
      kind: 'standard',
      label: '2.2 Assessment',
      parent: '2-court-work-and-case-supervision',
    });
  });

  it('tag findings from their section by the reference mapping', () => {
    expect(sectionDomains('staff', reference.sections)).toEqual(['1-2-staff']);
    expect(sectionDomains('statutory-victim-work', reference.sections)).toEqual(['statutory-victim-work']);
    expect(sectionDomains('summary', reference.sections)).toEqual([]);
    expect(sectionDomains('a-section-nobody-mapped', reference.sections)).toEqual([]);
  });

  it('tag recommendations by keyword rules matched at the start of words', () => {
    expect(recommendationDomains('improve the quality of court work and sentencers’ knowledge', reference.recommendationRules)).toEqual([
      '2-1-court-work',
    ]);
    expect(
      recommendationDomains(
        'reduce waiting times for accredited programmes, particularly Building Better Relationships.',
        reference.recommendationRules,
      ),
    ).toEqual(['1-3-services']);
    expect(recommendationDomains('reassess nothing', [{ domain: '2-2-assessment', patterns: ['assess'] }])).toEqual([]);
    expect(explainDomains('ensure that diversity information is assessed and analysed', reference.recommendationRules)).toEqual([
      { domain: '2-2-assessment', patterns: ['assess', 'analys'] },
    ]);
  });
});
