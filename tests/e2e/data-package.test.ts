import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Package } from 'datapackage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config';
import { must } from '../support';
import { readCsv } from './support/csv';
import { filesUnder } from './support/links';
import { builtPage, distDir } from './support/site';

// The data package of the built site, validated with `datapackage` (Frictionless Data's JavaScript library, which
// checks the descriptor against the official Data Package profiles it ships, then reads every CSV with its Table
// Schema: types, required values, enums, primary keys and foreign keys). Python's `frictionless` is the reference
// tool but cannot be installed here (no PyPI).
const read = (file: string) => readFileSync(`${distDir}/${file}`, 'utf8');
const descriptor = JSON.parse(read('data/datapackage.json')) as {
  licenses: { path: string; title: string }[];
  resources: { name: string; path: string; format: string; schema?: { fields: { name: string; type: string }[] } }[];
};
const tabular = descriptor.resources.filter((r) => r.schema);
const csvFiles = filesUnder(`${distDir}/data`).filter((f) => f.endsWith('.csv'));

let copy: string;
let pkg: Package;
beforeAll(async () => {
  // The library does not skip a UTF-8 byte-order mark (Python's frictionless does), so it reads a copy of /data/ whose
  // CSVs differ from the published ones by exactly those three bytes.
  copy = mkdtempSync(join(tmpdir(), 'pi-datapackage-'));
  cpSync(`${distDir}/data`, copy, { recursive: true });
  for (const file of csvFiles) {
    const text = read(`data/${file}`);
    expect(text.startsWith('\ufeff'), file).toBe(true);
    writeFileSync(join(copy, file), text.slice(1));
  }
  pkg = await Package.load(join(copy, 'datapackage.json'), { strict: false });
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('the data package', () => {
  it('validates against the Data Package profile', () => {
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
  });

  it('describes every CSV under /data/ and letters.json, and every resource is a file there', () => {
    expect(tabular.map((r) => r.path).sort()).toEqual([...csvFiles].sort());
    expect(descriptor.resources.map((r) => r.path)).toContain('letters.json');
    for (const resource of descriptor.resources) expect(read(`data/${resource.path}`).length, resource.path).toBeGreaterThan(0);
  });

  it('names every CSV’s columns exactly as its header row, in order', () => {
    for (const resource of tabular) {
      const header = must(readCsv(`${distDir}/data/${resource.path}`)[0], `the header of ${resource.path}`);
      expect(
        must(resource.schema, resource.path).fields.map((f) => f.name),
        resource.path,
      ).toEqual(header);
    }
  });

  it('reads every CSV with its schema: each value of its type, keys unique, foreign keys resolving', async () => {
    expect(pkg.resources.filter((r) => r.tabular)).toHaveLength(tabular.length);
    for (const resource of pkg.resources.filter((r) => r.tabular)) {
      const rows = await resource
        .read({ cast: true, keyed: true, relations: true })
        .catch((error: { message: string; errors?: unknown[] }) => {
          throw new Error(`${resource.name}: ${error.message} ${(error.errors ?? []).map(String).join('; ')}`);
        });
      expect(rows.length, resource.name).toBe(readCsv(`${distDir}/data/${must(resource.descriptor.path, resource.name)}`).length - 1);
    }
  });

  it('keeps standards as text, so 2.1 stays "2.1" when typed', async () => {
    const ratings = must(
      pkg.resources.find((r) => r.name === 'ratings'),
      'the ratings resource',
    );
    const rows = await ratings.read({ cast: true, keyed: true });
    expect(rows.map((r) => r.standard)).toContain('2.1');
    expect(rows.every((r) => typeof r.standard === 'string')).toBe(true);
    expect(read('data/ratings.csv')).toContain(',"2.1",');
  });

  it('gives the letters’ licence and their sources', () => {
    const letters = JSON.parse(read('data/letters.json')).letters as { licence: { url: string; name: string }; id: string }[];
    const { licence } = must(letters[0], 'the first letter in data/letters.json');
    expect(descriptor.licenses).toEqual([{ path: licence.url, title: licence.name }]);
    expect((pkg.descriptor.sources as { path: string }[]).map((s) => s.path)).toEqual(
      letters.map((l) => new URL(`/letters/${l.id}/`, siteConfig.site).href),
    );
  });
});

describe('the tidy tables', () => {
  it('give each domain tag of a finding or recommendation its own row, with no joined cells', () => {
    const json = JSON.parse(read('data/letters.json')).letters as {
      findings: { domains: string[] }[];
      recommendations: { domains: string[] }[];
    }[];
    const findingTags = json.flatMap((l) => l.findings).reduce((n, f) => n + f.domains.length, 0);
    const recommendationTags = json.flatMap((l) => l.recommendations).reduce((n, r) => n + r.domains.length, 0);
    expect(readCsv(`${distDir}/data/finding_domains.csv`)).toHaveLength(1 + findingTags);
    expect(readCsv(`${distDir}/data/recommendation_domains.csv`)).toHaveLength(1 + recommendationTags);
    for (const file of ['findings.csv', 'recommendations.csv']) expect(readCsv(`${distDir}/data/${file}`)[0]).not.toContain('domains');
  });

  it('are documented on /data/ with every other download, the chart CSVs included', () => {
    const html = builtPage('/data/');
    for (const file of [...csvFiles, 'letters.json', 'datapackage.json']) expect(html, file).toContain(`href="/data/${file}"`);
    expect(csvFiles.some((f) => dirname(f) === 'charts')).toBe(true);
  });
});

describe('letters.json', () => {
  it('says what it is, its licence and schema version, and links the data package', () => {
    const json = JSON.parse(read('data/letters.json'));
    expect(json.description).toMatch(/^Every published probation inspection letter/);
    expect(json.licences).toEqual([{ name: 'Open Government Licence v3.0', url: json.letters[0].licence.url }]);
    expect(json.schemaVersion).toBe(2);
    expect(json.dataPackage).toBe(new URL('/data/datapackage.json', siteConfig.site).href);
  });
});
