import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { siteCharts } from '../../../../src/lib/charts/catalogue';
import { dataPackage } from '../../../../src/lib/publishing/data-package';
import { columnTypeText, keySentence } from '../../../../src/lib/publishing/data-docs';
import { datasetCsv, datasets, datasetTable, type Column, type Dataset } from '../../../../src/lib/publishing/open-data';
import { toCsv } from '../../../../src/lib/publishing/csv';
import { modelOf, must, root } from '../../../support';

const dir = `${root}tests/fixtures/corpus/letters`;
const model = modelOf(dir);
const site = 'https://example.org';
const sets = datasets(model, site);
const charts = siteCharts(model).all;
const pkg = dataPackage(model, charts, { site, title: 'Probation inspection outcomes' });
type TabularResource = {
  name: string;
  path: string;
  schema: {
    fields: { name: string; type: string; description: string }[];
    primaryKey?: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
};
const tabular = pkg.resources.filter((r): r is typeof r & TabularResource => 'schema' in r);
const set = (name: string) =>
  must(
    sets.find((s) => s.name === name),
    name,
  );

describe('the data package', () => {
  it('describes each download with the columns that write it, in order, each with a type and a description', () => {
    for (const s of sets) {
      const resource = must(
        tabular.find((r) => r.path === s.file),
        s.file,
      );
      expect(resource.schema.fields.map((f) => f.name)).toEqual(datasetTable(s).header);
      const header = must(csvParseRows(datasetCsv(s).replace(/^\ufeff/, ''))[0], `${s.file}'s header`);
      expect(resource.schema.fields.map((f) => f.name)).toEqual(header);
      for (const f of resource.schema.fields) {
        expect(['string', 'integer', 'date', 'yearmonth', 'boolean']).toContain(f.type);
        expect(f.description.length, `${s.file} ${f.name}`).toBeGreaterThan(5);
      }
    }
  });

  it('describes every chart’s CSV by its table’s head, and letters.json as JSON', () => {
    for (const chart of charts) {
      const resource = must(
        tabular.find((r) => r.name === `chart-${chart.id}`),
        chart.id,
      );
      expect(resource.path).toBe(`charts/${chart.id}.csv`);
      expect(resource.schema.fields.map((f) => f.name)).toEqual(chart.table.head);
    }
    expect(pkg.resources.at(-1)).toMatchObject({ name: 'letters', path: 'letters.json', format: 'json' });
  });

  it('gives resources unique names, and keys that name the resource’s own columns and another resource’s key', () => {
    expect(new Set(pkg.resources.map((r) => r.name)).size).toBe(pkg.resources.length);
    for (const resource of tabular) {
      const own = resource.schema.fields.map((f) => f.name);
      for (const key of resource.schema.primaryKey ?? []) expect(own, resource.name).toContain(key);
      for (const fk of resource.schema.foreignKeys ?? []) {
        for (const f of fk.fields) expect(own).toContain(f);
        const other = must(
          tabular.find((r) => r.name === fk.reference.resource),
          fk.reference.resource,
        );
        expect(other.schema.primaryKey).toEqual(fk.reference.fields);
      }
    }
  });

  it('has one row per key in every download (the primary keys are keys)', () => {
    for (const s of sets) {
      const { header, rows } = datasetTable(s);
      const keys = rows.map((row) => s.primaryKey.map((k) => String(row[header.indexOf(k)])).join('|'));
      expect(new Set(keys).size, s.file).toBe(keys.length);
    }
  });

  it('names the letters’ licence and each letter as a source', () => {
    expect(pkg.licenses).toEqual([
      { path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/', title: 'Open Government Licence v3.0' },
    ]);
    expect(pkg.sources.map((s) => s.path)).toEqual(model.letters.map((l) => `https://example.org/letters/${l.letter.id}/`));
  });
});

describe('the tidy downloads', () => {
  it('give each domain a finding concerns its own row', () => {
    const findingDomains = set('finding-domains');
    expect(findingDomains.rows).toHaveLength(model.findings.reduce((n, f) => n + f.domains.length, 0));
    expect(datasetTable(set('findings')).header).not.toContain('domains');
    expect(set('recommendation-domains').rows).toHaveLength(model.recommendations.reduce((n, r) => n + r.domains.length, 0));
  });

  it('write standards as quoted text, so no reader turns 2.10 into 2.1', () => {
    const ratings = datasetCsv(set('ratings'));
    expect(ratings).toMatch(/,"1\.1",/);
    expect(toCsv(['standard', 'points'], [['2.10', 3]], [true, false])).toBe('\ufeffstandard,points\r\n"2.10",3\r\n');
    const column = must(
      set('ratings').columns.find((c) => c.name === 'standard'),
      'the standard column',
    );
    expect(column.type).toBe('string');
  });
});

describe('the /data/ page’s words about a download', () => {
  it('say what names a row and where its keys point', () => {
    expect(keySentence(set('ratings'), sets)).toBe(
      'Each row is named by its letter_id, pdu_id and standard. letter_id and pdu_id name a row of inspections.csv.',
    );
    expect(keySentence(set('finding-domains'), sets)).toBe(
      'Each row is named by its finding_id and domain. finding_id names a row of findings.csv (its id).',
    );
  });

  it('refuse a key that points to no download', () => {
    const broken: Dataset = { ...set('findings'), foreignKeys: [{ fields: ['id'], resource: 'nowhere', referenceFields: ['id'] }] };
    expect(() => keySentence(broken, sets)).toThrow('findings.csv: a key refers to "nowhere", which is not a download');
  });

  it('give each column’s type in words', () => {
    const words = (name: string, file = 'ratings') =>
      columnTypeText(
        must(
          set(file).columns.find((c) => c.name === name),
          name,
        ) as Column<never>,
      );
    expect(words('standard')).toBe('text, never empty');
    expect(words('points')).toBe('whole number, may be empty');
    expect(words('letter_date')).toBe('date, YYYY-MM-DD, never empty');
    expect(words('url')).toBe('URL, never empty');
    expect(words('fieldwork_started', 'inspections')).toBe('month, YYYY-MM, never empty');
  });
});
