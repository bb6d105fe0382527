import { readFileSync } from 'node:fs';
import { load as parseYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { chartIds, siteCharts } from '../../../../src/lib/charts/catalogue';
import { ratingsTable } from '../../../../src/lib/model/letter-view';
import { buildSiteModel } from '../../../../src/lib/model/site-model';
import {
  domainDescription,
  findingsLead,
  letterDescription,
  pduDescription,
  recommendationsLead,
  regionDescription,
  regionLead,
  scoreNote,
} from '../../../../src/lib/words/sentences';
import { explorerStatus } from '../../../../src/lib/url-state/explorer-state';
import { addresseeHeading, allOf, count } from '../../../../src/lib/language/vocabulary';
import { letterSchema } from '../../../../src/schemas/letter';
import { must, reference, root } from '../../../support';

/** The seed's entry, read straight from its frontmatter (not through the code under test). */
const seed = letterSchema.parse(
  parseYaml(
    must(
      /^---\n([\s\S]*?)\n---/.exec(readFileSync(`${root}content/letters/greater-manchester-2023-05.mdx`, 'utf8'))?.[1],
      'the seed entry’s frontmatter',
    ),
  ),
);
const model = buildSiteModel([seed], reference);
const charts = siteCharts(model);
const chart = (id: string) =>
  must(
    charts.all.find((c) => c.id === id),
    `the chart ${id}`,
  );
const takeaway = (id: string) => chart(id).takeaway;
const domain = (slug: string) =>
  must(
    model.domains.find((d) => d.info.slug === slug),
    `the domain ${slug}`,
  );
const pdu = (id: string) =>
  must(
    model.pdus.find((p) => p.id === id),
    `the PDU ${id}`,
  );
const region = (id: string) =>
  must(
    model.regions.find((r) => r.region.id === id),
    `the region ${id}`,
  );
const framework = must(
  reference.frameworks.find((f) => f.id === seed.framework),
  `the framework ${seed.framework}`,
);
const manchesterNorth = must(seed.pdus[0], 'Manchester North');
const tameside = must(seed.pdus[1], 'Tameside');

describe('counts leave out what does not exist: a standard not rated is not a rating', () => {
  it('the seed has 26 ratings, not 27, of which 9 were Inadequate', () => {
    expect(takeaway(chartIds.latestRatings)).toBe(
      '3 PDUs on 9 standards: 26 ratings and 1 not rated (NR). 9 of 26 ratings were Inadequate.',
    );
    expect(takeaway(chartIds.regionRatings('greater-manchester'))).toContain('9 of 26 ratings were Inadequate');
  });

  it('domain 2 has 14 ratings, 9 of them Inadequate; domain 1 has none Inadequate and says the lowest', () => {
    expect(takeaway(chartIds.domainRatings('2-court-work-and-case-supervision'))).toBe(
      '3 PDUs on 5 standards: 14 ratings and 1 not rated (NR). 9 of 14 ratings were Inadequate.',
    );
    expect(takeaway(chartIds.domainRatings('1-organisational-delivery'))).toBe(
      '3 PDUs on 4 standards, all rated. 0 of 12 ratings were Inadequate; the lowest given was Requires improvement.',
    );
  });

  it('2.1 Court work counts the 2 PDUs rated on it, and says Manchester North was not', () => {
    expect(takeaway(chartIds.standardDistribution('2-1-court-work'))).toBe(
      '2 of 2 PDUs rated on 2.1 Court work were rated Requires improvement; 1 PDU was not rated on it.',
    );
    expect(takeaway(chartIds.standardDistribution('2-2-assessment'))).toBe('3 of 3 PDUs rated on 2.2 Assessment were rated Inadequate.');
    const description = chart(chartIds.standardDistribution('2-1-court-work')).description;
    expect(description).toContain('and one for not rated');
    expect(chart(chartIds.standardDistribution('2-2-assessment')).description).not.toContain('not rated');
  });

  it('a PDU’s standards rated are counted from its ratings', () => {
    expect(scoreNote(manchesterNorth)).toBe('8 standards rated, at most 3 points each');
    expect(scoreNote(tameside)).toBe('9 standards rated, at most 3 points each');
  });
});

describe('plurals and capitals', () => {
  it('count with the right noun', () => {
    expect(count(1, 'letter')).toBe('1 letter');
    expect(count(2, 'letter')).toBe('2 letters');
    expect(count(0, 'recommendation')).toBe('0 recommendations');
    expect(count(1, 'recommendation')).toBe('1 recommendation');
    expect(count(1, 'area for improvement')).toBe('1 area for improvement');
    expect(count(3, 'area for improvement')).toBe('3 areas for improvement');
    expect(count(2, 'PDU inspection')).toBe('2 PDU inspections');
    expect(allOf(28, 'recommendation')).toBe('All 28 recommendations');
    expect(allOf(1, 'recommendation')).toBe('The 1 recommendation');
    expect(allOf(0, 'recommendation to the region')).toBe('No recommendations to the region');
    expect(explorerStatus(1, 1)).toBe('Showing the 1 recommendation.');
    expect(explorerStatus(4, 28)).toBe('Showing 4 of 28 recommendations.');
    expect(recommendationsLead(1)).toBe('1 recommendation. It has a permanent page to link to.');
    expect(findingsLead([{ kind: 'strength' }])).toBe(
      '1 finding (1 key strength and 0 areas for improvement). It has a permanent page to link to.',
    );
  });

  it('head recommendations “To the PDU”, “To the region”, “To HM Prison and Probation Service”', () => {
    expect(addresseeHeading('pdu')).toBe('To the PDU');
    expect(addresseeHeading('region')).toBe('To the region');
    expect(addresseeHeading('hmpps')).toBe('To HM Prison and Probation Service');
  });

  it('a region page says “1 letter”', () => {
    expect(regionLead(region('greater-manchester'))).toBe('1 letter, 3 PDUs inspected, 39 findings and 10 recommendations to the region.');
  });
});

describe('meta descriptions are true for their page', () => {
  it('a regional area is never said to be rated', () => {
    for (const slug of ['statutory-victim-work', 'learning-from-serious-further-offence-investigations', 'unpaid-work']) {
      const text = domainDescription(domain(slug));
      expect(text).toMatch(/not rated/);
      expect(text).not.toMatch(/how every PDU was rated|rated for|ratings/);
    }
    expect(domainDescription(domain('statutory-victim-work'))).toBe(
      'Statutory victim work, a regional area: reported on in regional letters and not rated. 6 findings and 0 recommendations about it.',
    );
  });

  it('a standard and a domain count their ratings, leaving out the standards not rated', () => {
    expect(domainDescription(domain('2-1-court-work'))).toBe(
      'Standard 2.1 Court work: rated for 2 of 3 PDUs inspected; 1 finding and 1 recommendation about it.',
    );
    expect(domainDescription(domain('2-court-work-and-case-supervision'))).toMatch(
      /^Domain 2 Court work and case supervision: 14 ratings on its 5 standards for 3 PDUs inspected, 1 not rated; /,
    );
  });

  it('a letter’s description keeps the PDUs rated apart from its findings and recommendations', () => {
    expect(letterDescription(seed, 'Greater Manchester')).toBe(
      'The letter of 25 May 2023 from HM Inspectorate of Probation to the Greater Manchester region. PDUs rated: Manchester North, Tameside and Wigan. 39 findings (25 key strengths and 14 areas for improvement) and 28 recommendations.',
    );
  });

  it('a PDU’s description says its region, overall rating, score and standards rated', () => {
    expect(pduDescription(pdu('manchester-north'))).toBe(
      'Manchester North probation delivery unit, Greater Manchester region: rated Requires improvement overall (10/24 on 8 standards rated) in the letter of 25 May 2023; 9 recommendations made under it.',
    );
  });

  it('a region with no letter says so rather than promising ratings', () => {
    expect(regionDescription(region('london'))).toBe(
      'No inspection letter about the London probation region has been published on this site yet.',
    );
    expect(regionDescription(region('greater-manchester'))).toBe(
      'Greater Manchester probation region: 1 inspection letter, of 25 May 2023, covering 3 PDUs, with 39 findings and 10 recommendations to the region.',
    );
  });
});

describe('Annexe two follows the source', () => {
  it('puts the score before the overall rating, as the letter prints them', () => {
    expect(ratingsTable(manchesterNorth, framework).summary).toEqual(['score', 'overall']);
  });

  it('says which row was added because its standard was not rated', () => {
    const mn = ratingsTable(manchesterNorth, framework);
    const rows = mn.rows.filter((r) => r.type === 'standard');
    expect(rows.map((r) => r.id)).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '2.5']);
    expect(rows.filter((r) => r.notRated).map((r) => r.id)).toEqual(['2.1']);
    expect(mn.note).toBe('Added by this site: the letter gives no rating for 2.1 Court work, so this table shows it as not rated.');
    expect(ratingsTable(tameside, framework).note).toBeUndefined();
  });

  it('puts the overall rating first where the letter printed it first', () => {
    expect(ratingsTable({ ...manchesterNorth, annex: { first: 'overall', listedUnrated: [] } }, framework).summary).toEqual([
      'overall',
      'score',
    ]);
  });

  it('shows a standard the letter listed without a rating as printed, not as the site’s addition', () => {
    const listed = ratingsTable({ ...manchesterNorth, annex: { first: 'score', listedUnrated: ['2.1'] } }, framework);
    const row = listed.rows.find((r) => r.type === 'standard' && r.id === '2.1');
    expect(row).toMatchObject({ notRated: true, added: false });
    expect(listed.note).toBeUndefined();
    expect(manchesterNorth.annex).toEqual({ first: 'score', listedUnrated: [] });
    expect(ratingsTable(manchesterNorth, framework).rows.find((r) => r.type === 'standard' && r.id === '2.1')).toMatchObject({
      notRated: true,
      added: true,
    });
  });

  it('keeps the order the letter printed the ratings in, a standard not rated where the framework puts it', () => {
    const printed = {
      ...tameside,
      ratings: { '1.2': 'good', '1.1': 'good', '1.3': 'good', '1.4': 'good', '2.3': 'good', '2.2': 'good', '2.4': 'good', '2.5': 'good' },
    } as const;
    const rows = ratingsTable(printed, framework)
      .rows.filter((r) => r.type === 'standard')
      .map((r) => r.id);
    expect(rows).toEqual(['1.2', '1.1', '1.3', '1.4', '2.1', '2.3', '2.2', '2.4', '2.5']);
  });
});
