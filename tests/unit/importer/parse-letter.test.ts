import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../../src/importer/parse-letter';
import { must, reference, seedFile, seedText } from '../../support';

const { letter, blocks } = parseLetter(seedText, { file: seedFile, reference });
const paragraphs = blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
const count = <T>(items: T[], pick: (t: T) => boolean) => items.filter(pick).length;

describe('importing the Greater Manchester seed letter', () => {
  it('names the entry greater-manchester-2023-05 and reads who wrote to whom, and when', () => {
    expect(letter.id).toBe('greater-manchester-2023-05');
    expect(letter.region).toBe('greater-manchester');
    expect(letter.date).toBe('2023-05-25');
    expect(letter.publisher.name).toBe('HM Inspectorate of Probation');
    expect(letter.publisher.website).toBe('www.justiceinspectrates.gov.uk/hmiprobation');
    expect(letter.recipient).toEqual({ name: 'Chris Edwards', role: 'Regional Probation Director' });
    expect(letter.copyList).toHaveLength(11);
    expect(letter.copyList[5]).toEqual({ name: 'Operational & System Assurance Group', email: 'AssuranceIntelligenceTeam@justice.gov.uk' });
    expect(letter.copyList[7]).toEqual({ email: 'npsassuranceteam@justice.gov.uk' });
    expect(letter.signatory).toMatchObject({ name: 'Justin Russell', role: 'Chief Inspector of Probation' });
    expect(letter.signatory.signatureDescription).toMatch(/^A handwritten signature in black ink that reads "Justin Russell"/);
  });

  it('finds 39 findings: 25 key strengths and 14 areas for improvement', () => {
    expect(letter.findings).toHaveLength(39);
    expect(count(letter.findings, (f) => f.kind === 'strength')).toBe(25);
    expect(count(letter.findings, (f) => f.kind === 'improvement')).toBe(14);
    const bySection = Object.fromEntries(
      letter.sections.map((s) => [
        s.id,
        [
          count(letter.findings, (f) => f.section === s.id && f.kind === 'strength'),
          count(letter.findings, (f) => f.section === s.id && f.kind === 'improvement'),
        ],
      ]),
    );
    expect(bySection).toEqual({
      leadership: [4, 3],
      staff: [5, 4],
      'services-and-interventions': [7, 3],
      'information-and-facilities': [4, 3],
      'statutory-victim-work': [5, 1],
      'learning-from-serious-further-offence-investigations': [0, 0],
      summary: [0, 0],
    });
  });

  it('finds 28 recommendations: 14 to PDUs, 10 to the region and 4 to HMPPS, numbered 1..n per PDU', () => {
    expect(letter.recommendations).toHaveLength(28);
    expect(count(letter.recommendations, (r) => r.addressee === 'pdu')).toBe(14);
    expect(count(letter.recommendations, (r) => r.addressee === 'region')).toBe(10);
    expect(count(letter.recommendations, (r) => r.addressee === 'hmpps')).toBe(4);
    for (const [pdu, n] of [
      ['manchester-north', 9],
      ['tameside', 10],
      ['wigan', 9],
    ] as const) {
      expect(letter.recommendations.filter((r) => r.pdu === pdu).map((r) => r.number)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    }
    expect(letter.recommendations.find((r) => r.id === 'greater-manchester-2023-05-tameside-8')).toEqual({
      id: 'greater-manchester-2023-05-tameside-8',
      pdu: 'tameside',
      number: 8,
      addressee: 'region',
      text: 'reduce waiting times for accredited programmes, particularly Building Better Relationships.',
      domains: ['1-3-services'],
    });
  });

  it('reads 26 standard ratings in both annex layouts, with Manchester North’s 2.1 not rated', () => {
    expect(letter.pdus.reduce((n, p) => n + Object.keys(p.ratings).length, 0)).toBe(26);
    const [mn, tameside, wigan] = letter.pdus;
    expect(mn).toMatchObject({
      id: 'manchester-north',
      name: 'Manchester North',
      fieldworkStarted: '2023-02',
      score: { points: 10, max: 24 },
      overall: 'requires-improvement',
    });
    expect(must(mn, 'Manchester North').ratings).not.toHaveProperty('2.1');
    expect(mn?.ratings).toEqual({
      '1.1': 'requires-improvement',
      '1.2': 'good',
      '1.3': 'good',
      '1.4': 'good',
      '2.2': 'inadequate',
      '2.3': 'requires-improvement',
      '2.4': 'requires-improvement',
      '2.5': 'requires-improvement',
    });
    const tamesideRatings = {
      '1.1': 'requires-improvement',
      '1.2': 'good',
      '1.3': 'requires-improvement',
      '1.4': 'good',
      '2.1': 'requires-improvement',
      '2.2': 'inadequate',
      '2.3': 'inadequate',
      '2.4': 'inadequate',
      '2.5': 'inadequate',
    };
    expect(tameside).toMatchObject({
      fieldworkStarted: '2023-03',
      score: { points: 7, max: 27 },
      overall: 'requires-improvement',
      ratings: tamesideRatings,
    });
    expect(wigan).toMatchObject({
      fieldworkStarted: '2023-03',
      score: { points: 7, max: 27 },
      overall: 'requires-improvement',
      ratings: tamesideRatings,
    });
  });

  it('keeps every narrative paragraph, 30 in all, in source order', () => {
    expect(paragraphs).toHaveLength(30);
    expect(paragraphs[0]).toMatch(/^Many thanks for the cooperation/);
    expect(paragraphs.at(-1)).toMatch(/^Our recommendations from the inspected PDUs are set out in Annexe one\./);
    // Every prose line of the seed's body stands, whole, inside a paragraph or a finding.
    const body = seedText.slice(seedText.indexOf('Dear Chris,') + 11, seedText.indexOf('Yours sincerely,'));
    const texts = [...paragraphs, ...letter.findings.map((f) => f.text)];
    const prose = body
      .split('\n')
      .map((l) => l.trim().replace(/^- /, ''))
      .filter((l) => l.split(' ').length > 10 && !/^[¹²]/.test(l));
    for (const line of prose)
      expect(
        texts.some((t) => t.includes(line)),
        line.slice(0, 60),
      ).toBe(true);
  });

  it('mends paragraphs and bullets split by page breaks, joining the halves with one space', () => {
    const all = [...paragraphs, ...letter.findings.map((f) => f.text)].join('\n');
    for (const join of [
      'progress against the regional delivery plan',
      'with the expectation of qualifying to become probation officers later this year',
      'other than for Building Better Relationships (BBR), which had a waiting list',
      'Since July 2021, there has been a 15 per cent increase',
      'in a timely way and was supported',
    ])
      expect(all).toContain(join);
    expect(letter.findings.find((f) => f.text.startsWith('There was a good analysis'))?.text).toMatch(/court-based probation teams\.$/);
  });

  it('keeps typographic quotes and dashes, and footnotes with their links', () => {
    expect(paragraphs[0]).toContain('Probation Service – Greater Manchester region');
    expect(letter.findings.some((f) => f.text.includes('“a game of two halves”'))).toBe(true);
    expect(letter.findings.some((f) => f.text.includes('individual’s protected characteristics'))).toBe(true);
    expect(paragraphs.some((p) => p.includes('Bendall¹ and McSweeney²'))).toBe(true);
    expect(letter.footnotes).toEqual([
      {
        number: 1,
        marker: '¹',
        text: 'Independent Serious Further Offence review of Damien Bendall (justiceinspectorates.gov.uk)',
        url: 'https://www.justiceinspectorates.gov.uk/independent-serious-further-offence-review-of-damien-bendall/',
      },
      {
        number: 2,
        marker: '²',
        text: 'Independent Serious Further Offence review of Jordan McSweeney (justiceinspectorates.gov.uk)',
        url: 'https://www.justiceinspectorates.gov.uk/independent-serious-further-offence-review-of-jordan-mcsweeney/',
      },
    ]);
  });

  it('records the seed’s path and SHA-256 and the annexes’ headings and lead-ins as printed', () => {
    expect(letter.source).toEqual({ file: seedFile, sha256: '48de87814eed764b1c64053063603aa4939b937ee1f42e9634abd37cedb7dbee' });
    expect(letter.recommendationsAnnex.title).toBe('Annexe one – Recommendations');
    expect(letter.recommendationsAnnex.groups.map((g) => g.leadIn)).toContain('Greater Manchester region should:');
    expect(letter.ratingsAnnex.title).toBe('Annexe two – PDU ratings');
    expect(letter.ratingsAnnex.links).toEqual([
      { text: 'HMI Probation - Home (justiceinspectorates.gov.uk)', url: 'https://www.justiceinspectorates.gov.uk/hmi-probation/' },
    ]);
  });
});
