import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLetterFile } from '../../../../src/lib/checking/letter-file';
import { buildSiteModel } from '../../../../src/lib/model/site-model';
import {
  accessedPlaceholder,
  bibtexEscape,
  citationMetaTags,
  formatCitations,
  oneLine,
  readableReference,
} from '../../../../src/lib/publishing/citation-formats';
import {
  findingCitation,
  letterCitation,
  letterCitations,
  pduCitation,
  recommendationCitation,
  regionCitation,
} from '../../../../src/lib/publishing/citations';
import { must, reference, root } from '../../../support';
import { parseReferences, type ReferenceFormat } from '../../../e2e/support/citations';

const site = 'https://example.org';
const siteTitle = 'Probation inspection outcomes';
/** The seed letter (no source URL recorded) and the synthetic corpus (two letters with one). */
const modelOf = (dir: string) =>
  buildSiteModel(
    readdirSync(dir).map((file) => {
      const result = readLetterFile(file, readFileSync(`${dir}/${file}`, 'utf8'), reference);
      if (!result.ok) throw new Error(result.errors.join('\n'));
      return result.letter;
    }),
    reference,
  );
const seed = modelOf(`${root}content/letters`);
const corpus = modelOf(`${root}tests/fixtures/corpus/letters`);
const finding = (model: typeof seed, id: string) =>
  must(
    model.findings.find((f) => f.finding.id === id),
    id,
  );
const recommendation = (model: typeof seed, id: string) =>
  must(
    model.recommendations.find((r) => r.recommendation.id === id),
    id,
  );
const formats: ReferenceFormat[] = ['bibtex', 'biblatex', 'ris', 'csl'];
const fileFormat = (format: ReferenceFormat) => (format === 'biblatex' ? 'bibtex' : format);

describe('the readable reference', () => {
  it('names the inspectorate, year, letter, item and its words, this site’s page and leaves the accessed date to the reader', () => {
    const r = recommendation(seed, 'greater-manchester-2023-05-tameside-8');
    expect(readableReference(recommendationCitation(r, site))).toBe(
      'HM Inspectorate of Probation (2023) Regional inspection letter: Greater Manchester, 25 May 2023. Annexe one – Recommendations, Tameside PDU, recommendation 8: ' +
        `“${r.recommendation.text}” Available at: https://example.org/recommendations/greater-manchester-2023-05-tameside-8/ (Accessed: ${accessedPlaceholder}).`,
    );
    expect(accessedPlaceholder).toBe('add the date you read it');
  });

  it('says nothing of an original when the letter records none, and links it when it does', () => {
    const l = must(seed.letters[0], 'the seed letter');
    expect(readableReference(letterCitation(l, site))).not.toMatch(/original/i);
    const ne = must(
      corpus.letters.find((x) => x.letter.id === 'north-east-2024-03'),
      'north-east-2024-03',
    );
    expect(readableReference(letterCitation(ne, site))).toMatch(
      / Original on the inspectorate’s website: https:\/\/inspectorate\.example\.org\/documents\/synthetic-north-east-2024-03\.pdf$/,
    );
  });

  it('cites a PDU page as this site’s compilation of the letters that inspected it, dated by the newest', () => {
    const northtown = must(
      corpus.pdus.find((p) => p.id === 'northtown'),
      'Northtown',
    );
    const c = pduCitation(northtown, site, siteTitle);
    expect(c.date).toBe('2024-03-20');
    expect(c.publisher).toBe(siteTitle);
    expect(readableReference(c)).toBe(
      'HM Inspectorate of Probation (2024) Northtown PDU: inspection ratings and recommendations. Probation inspection outcomes. ' +
        'Compiled by Probation inspection outcomes from the letters of HM Inspectorate of Probation dated 20 March 2024 and 14 June 2022. ' +
        `Available at: https://example.org/pdus/northtown/ (Accessed: ${accessedPlaceholder}).`,
    );
  });

  it('titles a finding or recommendation by its label and the start of its words, however long the text, and quotes it whole', () => {
    const items = [
      ...seed.findings.map((f) => ({ c: findingCitation(f, site), text: f.finding.text })),
      ...seed.recommendations.map((r) => ({ c: recommendationCitation(r, site), text: r.recommendation.text })),
    ];
    const longest = items.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    // The seed's longest text is nearly 1,000 characters; its title stays a title.
    expect(longest.text.length).toBeGreaterThan(900);
    for (const { c, text } of items) {
      expect(c.title.length, c.key).toBeLessThan(160);
      expect(c.title, c.key).toMatch(/^[^:]+ (recommendation|key strength|area for improvement) \d+: \S/);
      expect(c.quote).toBe(text);
    }
  });

  it('has nothing to cite for a region without letters', () => {
    const london = must(
      seed.regions.find((r) => r.region.id === 'london'),
      'London',
    );
    expect(regionCitation(london, site, siteTitle)).toBeUndefined();
  });
});

describe('BibTeX, RIS and CSL-JSON', () => {
  it('read back with an independent parser (citation-js) into the same title, date, URL and institutional author', () => {
    const c = findingCitation(finding(seed, 'greater-manchester-2023-05-staff-improvement-2'), site);
    for (const format of formats) {
      const [parsed, ...more] = parseReferences(format, formatCitations(fileFormat(format), [c]));
      expect(more, format).toEqual([]);
      expect(parsed, format).toMatchObject({
        id: 'greater-manchester-2023-05-staff-improvement-2',
        type: 'report',
        title:
          'Staff, area for improvement 2: Some workloads were high and difficult to manage… – Regional inspection letter: Greater Manchester',
        date: '2023-05-25',
        url: 'https://example.org/findings/greater-manchester-2023-05-staff-improvement-2/',
        authors: ['HM Inspectorate of Probation'],
        publisher: 'HM Inspectorate of Probation',
      });
    }
  });

  it('keep a letter’s markup, braces and TeX’s special characters exactly, and the original’s address', () => {
    const f = finding(corpus, 'wales-2024-10-leadership-strength-2');
    const c = { ...findingCitation(f, site), quote: `${f.finding.text} 12% of £5 & #1 cost $3 ~ ^ _ \\ }{` };
    for (const format of formats) {
      const [parsed] = parseReferences(format, formatCitations(fileFormat(format), [c]));
      expect(parsed?.note, format).toBe(
        `“${c.quote}” Original on the inspectorate’s website: https://inspectorate.example.org/inspections/synthetic-wales-2024-10/`,
      );
    }
    expect(bibtexEscape('{a}&b')).toBe('\\{a\\}\\&b');
  });

  it('put text on one line: each run of whitespace one space and the ends trimmed, text already on one line unchanged', () => {
    expect(oneLine('Workloads were high.')).toBe('Workloads were high.');
    expect(oneLine(' Workloads\nwere\t\thigh.\u00a0')).toBe('Workloads were high.');
    expect(oneLine('two  spaces, a\r\nbreak and\u2028a separator ')).toBe('two spaces, a break and a separator');
    for (const text of ['', ' ', 'a', ' a', 'a ', 'a  b', 'a\u00a0b', 'a \n b', '“quoted” – text’s']) {
      expect(oneLine(text), JSON.stringify(text)).toBe(text.replace(/\s+/g, ' ').trim());
    }
    expect(bibtexEscape(' {a}\n&b ')).toBe('\\{a\\} \\&b');
  });

  it('give a page this site compiled as a web page published by the site', () => {
    const region = must(
      corpus.regions.find((r) => r.region.id === 'north-east'),
      'North East',
    );
    const c = must(regionCitation(region, site, siteTitle), 'the North East citation');
    for (const format of formats) {
      const [parsed] = parseReferences(format, formatCitations(fileFormat(format), [c]));
      expect(parsed, format).toMatchObject({ id: 'region-north-east', date: '2024-03-20', url: 'https://example.org/regions/north-east/' });
      expect(['webpage', 'document'], format).toContain(parsed?.type);
    }
  });

  it('hold in each letter’s citations file its own findings and recommendations only, in printed order, when there are several letters', () => {
    expect(corpus.letters.length).toBeGreaterThan(1);
    for (const l of corpus.letters) {
      expect(
        letterCitations(l, corpus, site).map((c) => c.key),
        l.letter.id,
      ).toEqual([l.letter.id, ...l.letter.findings.map((f) => f.id), ...l.letter.recommendations.map((r) => r.id)]);
    }
  });

  it('hold every reference of a letter in its citations file: the letter, then its findings and recommendations', () => {
    const l = must(seed.letters[0], 'the seed letter');
    const all = letterCitations(l, seed, site);
    expect(all).toHaveLength(1 + l.letter.findings.length + l.letter.recommendations.length);
    for (const format of formats) {
      const parsed = parseReferences(format, formatCitations(fileFormat(format), all));
      expect(
        parsed.map((p) => p.id),
        format,
      ).toEqual([l.letter.id, ...l.letter.findings.map((f) => f.id), ...l.letter.recommendations.map((r) => r.id)]);
      expect(new Set(parsed.map((p) => p.date))).toEqual(new Set(['2023-05-25']));
    }
  });
});

describe('the citation_* meta tags', () => {
  it('give title, the inspectorate as author, the date as YYYY/MM/DD and the publisher, and no original when none is recorded', () => {
    const tags = citationMetaTags(recommendationCitation(recommendation(seed, 'greater-manchester-2023-05-tameside-8'), site));
    expect(tags).toEqual([
      [
        'citation_title',
        'Tameside recommendation 8: reduce waiting times for accredited programmes, particularly… – Regional inspection letter: Greater Manchester',
      ],
      ['citation_author', 'HM Inspectorate of Probation'],
      ['citation_publication_date', '2023/05/25'],
      ['citation_publisher', 'HM Inspectorate of Probation'],
      ['citation_technical_report_institution', 'HM Inspectorate of Probation'],
      ['citation_language', 'en'],
    ]);
  });

  it('put the original in citation_pdf_url when it is a PDF and in citation_public_url otherwise', () => {
    const of = (id: string) =>
      Object.fromEntries(
        citationMetaTags(
          letterCitation(
            must(
              corpus.letters.find((l) => l.letter.id === id),
              id,
            ),
            site,
          ),
        ),
      );
    expect(of('north-east-2024-03')).toMatchObject({
      citation_pdf_url: 'https://inspectorate.example.org/documents/synthetic-north-east-2024-03.pdf',
    });
    expect(of('north-east-2024-03')).not.toHaveProperty('citation_public_url');
    expect(of('wales-2024-10')).toMatchObject({
      citation_public_url: 'https://inspectorate.example.org/inspections/synthetic-wales-2024-10/',
    });
    expect(of('north-east-2022-06')).not.toHaveProperty('citation_public_url');
    expect(of('north-east-2022-06')).not.toHaveProperty('citation_pdf_url');
  });
});
