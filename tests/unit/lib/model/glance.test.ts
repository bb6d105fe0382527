import { readFileSync } from 'node:fs';
import { load as parseYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { letterGlance, pduGlanceOfInspection } from '../../../../src/lib/model/glance';
import { buildSiteModel } from '../../../../src/lib/model/site-model';
import { domainContents, findingsCountLine, pduContents, regionContents } from '../../../../src/lib/words/contents';
import { glanceFindingsLine, glanceRecommendationsLine, sectionFindingsCount } from '../../../../src/lib/words/sentences';
import { letterSchema } from '../../../../src/schemas/letter';
import { must, reference, root } from '../../../support';

/** The seed's entry, read straight from its frontmatter. */
const seed = letterSchema.parse(
  parseYaml(
    must(
      /^---\n([\s\S]*?)\n---/.exec(readFileSync(`${root}content/letters/greater-manchester-2023-05.mdx`, 'utf8'))?.[1],
      'the seed entry’s frontmatter',
    ),
  ),
);

describe('a letter at a glance', () => {
  const glance = letterGlance(seed);

  it('gives each PDU’s overall rating, score and fieldwork month as Annexe two of the seed prints them', () => {
    expect(glance.pdus.map((p) => [p.name, p.overall, `${p.score.points}/${p.score.max}`, p.fieldworkStarted])).toEqual([
      ['Manchester North', 'requires-improvement', '10/24', '2023-02'],
      ['Tameside', 'requires-improvement', '7/27', '2023-03'],
      ['Wigan', 'requires-improvement', '7/27', '2023-03'],
    ]);
    expect(glance.pdus.map((p) => p.ratingsPath)).toEqual(['#ratings-manchester-north', '#ratings-tameside', '#ratings-wigan']);
  });

  it('counts the seed’s findings by section and kind, and its recommendations by addressee', () => {
    expect(glance.findings).toEqual({ strengths: 25, improvements: 14 });
    expect(glance.sections.map((s) => [s.id, s.strengths, s.improvements])).toEqual([
      ['leadership', 4, 3],
      ['staff', 5, 4],
      ['services-and-interventions', 7, 3],
      ['information-and-facilities', 4, 3],
      ['statutory-victim-work', 5, 1],
      ['learning-from-serious-further-offence-investigations', 0, 0],
      ['summary', 0, 0],
    ]);
    expect(glance.recommendations).toEqual([
      { addressee: 'pdu', count: 14 },
      { addressee: 'region', count: 10 },
      { addressee: 'hmpps', count: 4 },
    ]);
  });

  it('says in words what it counted, naming only the sections that list findings', () => {
    expect(glanceFindingsLine(glance)).toBe('39 findings (25 key strengths and 14 areas for improvement), listed in 5 of its 7 sections.');
    expect(glanceRecommendationsLine(glance)).toBe(
      '28 recommendations: 14 to the PDUs, 10 to the region and 4 to HM Prison and Probation Service.',
    );
    expect(sectionFindingsCount({ strengths: 0, improvements: 0 })).toBe('');
    expect(sectionFindingsCount({ strengths: 1, improvements: 0 })).toBe('1 key strength');
    expect(sectionFindingsCount({ strengths: 2, improvements: 1 })).toBe('2 key strengths, 1 area for improvement');
  });

  it('says a letter with one PDU recommends to “the PDU”, and one with none that it makes none', () => {
    const one = { pdus: glance.pdus.slice(0, 1), recommendations: [{ addressee: 'pdu' as const, count: 3 }] };
    expect(glanceRecommendationsLine(one)).toBe('3 recommendations: 3 to the PDU.');
    expect(glanceRecommendationsLine({ pdus: glance.pdus, recommendations: [] })).toBe('No recommendations.');
    expect(glanceFindingsLine({ findings: { strengths: 0, improvements: 0 }, sections: glance.sections })).toBe('0 findings.');
  });

  it('names its two annexes by the letter’s own headings', () => {
    expect(glance.annexes).toEqual([
      { id: 'annexe-recommendations', title: 'Annexe one – Recommendations' },
      { id: 'annexe-ratings', title: 'Annexe two – PDU ratings' },
    ]);
  });
});

describe('a region’s PDUs at a glance', () => {
  const model = buildSiteModel([seed], reference);
  const region = must(
    model.regions.find((r) => r.region.id === 'greater-manchester'),
    'Greater Manchester',
  );

  it('links each PDU’s latest inspection to its ratings table in the letter that reported it, naming that letter', () => {
    const pdus = region.latestInspections.map(pduGlanceOfInspection);
    expect(pdus.map((p) => [p.id, p.ratingsPath, p.letter?.date])).toEqual([
      ['manchester-north', '/letters/greater-manchester-2023-05/#ratings-manchester-north', '2023-05-25'],
      ['tameside', '/letters/greater-manchester-2023-05/#ratings-tameside', '2023-05-25'],
      ['wigan', '/letters/greater-manchester-2023-05/#ratings-wigan', '2023-05-25'],
    ]);
  });

  it('labels a folded list of findings with the kinds it holds, counted', () => {
    const leadership = region.findings.filter((f) => f.section.id === 'leadership');
    expect(findingsCountLine(leadership)).toBe('4 key strengths, 3 areas for improvement');
  });
});

describe('contents lists of long pages', () => {
  it('list a region page’s parts with what each holds, leaving out the parts it does not have', () => {
    const { contents, foldLabel } = regionContents({
      letters: 1,
      charts: 2,
      figures: 7,
      sections: 5,
      findings: 39,
      recommendations: 10,
      cite: true,
    });
    expect(contents.map((c) => `${c.label}${c.note ? ` (${c.note})` : ''}`)).toEqual([
      'Letters (1 letter)',
      'Ratings (2 charts)',
      'Key figures (7 charts)',
      'Regional findings (39 findings in 5 sections)',
      'Recommendations to the region (10 recommendations)',
      'Link to and cite this',
    ]);
    expect(foldLabel.figures).toBe('Show the 7 charts of staffing figures');
    const bare = regionContents({ letters: 1, charts: 0, figures: 0, sections: 0, findings: 0, recommendations: 0, cite: false });
    expect(bare.contents.map((c) => c.id)).toEqual(['letters', 'findings', 'recommendations']);
  });

  it('list a PDU page’s history only when it was inspected more than once', () => {
    const once = pduContents({ name: 'Wigan', inspections: 1, figures: 1, recommendations: 9 });
    expect(once.map((c) => c.id)).toEqual(['ratings', 'key-figures', 'recommendations', 'permalink-heading']);
    const twice = pduContents({ name: 'Wigan', inspections: 2, figures: 0, recommendations: 0 });
    expect(twice.map((c) => `${c.label}${c.note ? ` (${c.note})` : ''}`)).toEqual([
      'Ratings per standard',
      'History across inspections (2 inspections)',
      'Recommendations made under Wigan (0 recommendations)',
      'Link to and cite this',
    ]);
  });

  it('list a domain page’s standards and ratings only where it has them, and always its findings and recommendations, counted', () => {
    const domain = domainContents({ standards: 5, ratings: true, findings: 3, recommendations: 13 });
    expect(domain.map((c) => `${c.label}${c.note ? ` (${c.note})` : ''}`)).toEqual([
      'Standards in this domain (5 standards)',
      'Ratings',
      'Findings (3 findings)',
      'Recommendations (13 recommendations)',
    ]);
    const area = domainContents({ standards: 0, ratings: false, findings: 0, recommendations: 1 });
    expect(area.map((c) => c.id)).toEqual(['findings', 'recommendations']);
  });
});
