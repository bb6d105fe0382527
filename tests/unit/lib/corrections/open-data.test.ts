import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorrections } from '../../../../src/lib/corrections/letter-corrections';
import { buildSiteModel } from '../../../../src/lib/model/site-model';
import { datasetTable, datasets } from '../../../../src/lib/publishing/open-data';
import { dataPackage } from '../../../../src/lib/publishing/data-package';
import { lettersJson } from '../../../../src/lib/publishing/letters-json';
import {
  correctedFinding,
  correctedInspection,
  correctedRecommendation,
  correctedSeed,
  seedEntry,
  seedImportRecord,
} from '../../../fixtures/corrections/catalogue';
import { must, reference } from '../../../support';
import { contentWith, letterOf, scratchFolder } from './content';

const scratch = scratchFolder('corrections-open-data');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const site = 'https://example.org';

/** The site model of one entry beside the seed's import record, with its corrections. */
function modelOf(entry: string) {
  const letter = letterOf(entry);
  return buildSiteModel([letter], reference, { corrections: loadCorrections(contentWith(scratch, entry, seedImportRecord), [letter]) });
}

/** A download's rows as records of column name to cell. */
function rowsOf(model: ReturnType<typeof modelOf>, file: string): Record<string, string | number | undefined>[] {
  const { header, rows } = datasetTable(
    must(
      datasets(model, site).find((d) => d.file === file),
      file,
    ),
  );
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
}
const correctedRows = (rows: Record<string, unknown>[], key: (row: Record<string, unknown>) => string) =>
  rows.filter((r) => r.corrected === 'true').map(key);

describe('the open data of a corrected letter', () => {
  const corrected = modelOf(correctedSeed());

  it('marks exactly the corrected finding and recommendation true, with their imported text', () => {
    const findings = rowsOf(corrected, 'findings.csv');
    expect(correctedRows(findings, (r) => String(r.id))).toEqual([correctedFinding.id]);
    expect(findings.every((r) => r.corrected === 'true' || r.corrected === 'false')).toBe(true);
    const finding = must(
      findings.find((r) => r.id === correctedFinding.id),
      'the corrected finding',
    );
    expect(String(finding.text).startsWith(correctedFinding.corrected)).toBe(true);
    expect(String(finding.imported_text).startsWith(correctedFinding.imported)).toBe(true);
    expect(findings.filter((r) => r.imported_text !== undefined)).toHaveLength(1);
    const recommendations = rowsOf(corrected, 'recommendations.csv');
    expect(correctedRows(recommendations, (r) => String(r.id))).toEqual([correctedRecommendation.id]);
    expect(recommendations.find((r) => r.id === correctedRecommendation.id)?.imported_text).toBe(correctedRecommendation.imported);
  });

  it('marks exactly the corrected inspection and rating true', () => {
    expect(correctedRows(rowsOf(corrected, 'inspections.csv'), (r) => String(r.pdu_id))).toEqual([correctedInspection.pdu]);
    expect(correctedRows(rowsOf(corrected, 'ratings.csv'), (r) => `${r.pdu_id} ${r.standard}`)).toEqual([
      `${correctedInspection.pdu} ${correctedInspection.standard}`,
    ]);
  });

  it('carries corrected in letters.json on the letter and each item, with a corrected item’s imported text', () => {
    const [letter] = lettersJson(corrected, site).letters;
    expect(letter?.corrected).toBe(true);
    expect(letter?.findings.filter((f) => f.corrected).map((f) => f.id)).toEqual([correctedFinding.id]);
    expect(letter?.recommendations.find((r) => r.corrected)).toMatchObject({
      id: correctedRecommendation.id,
      importedText: correctedRecommendation.imported,
    });
    expect(letter?.pdus.filter((p) => p.corrected).map((p) => p.id)).toEqual([correctedInspection.pdu]);
  });

  it('documents the column in the data package as true or false, never empty', () => {
    const pkg = dataPackage(corrected, [], { site, title: 'Probation inspection outcomes' });
    for (const name of ['findings', 'recommendations', 'inspections', 'ratings']) {
      const resource = pkg.resources.find((r) => r.name === name);
      const field = resource && 'schema' in resource ? resource.schema.fields.find((f) => f.name === 'corrected') : undefined;
      expect(field, name).toMatchObject({ type: 'boolean', constraints: { required: true } });
      expect(field?.description, name).toMatch(/^true when the editors corrected /);
    }
  });
});

describe('the open data of the committed seed', () => {
  it('marks nothing corrected: its only difference from the import is a domain tag, the site’s own proposal', () => {
    const seed = modelOf(seedEntry);
    for (const file of ['findings.csv', 'recommendations.csv', 'inspections.csv', 'ratings.csv'])
      expect(correctedRows(rowsOf(seed, file), () => file)).toEqual([]);
    expect(lettersJson(seed, site).letters[0]?.corrected).toBe(false);
  });
});
