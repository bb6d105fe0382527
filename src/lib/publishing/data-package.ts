/**
 * /data/datapackage.json: a Frictionless Data Package (v1) describing every download, written from the same
 * definitions that write the CSVs and the /data/ page (open-data.ts and the chart catalogue), so they cannot drift.
 */
import type { Chart } from '../charts/types';
import type { SiteModel } from '../model/site-model';
import { formatDate } from '../language/format';
import { paths, permalink } from '../urls';
import { formulaStarts } from './csv';
import { datasets, lettersJsonFile, type Column, type Dataset } from './open-data';
import { licencesOf, lettersJsonDescription } from './letters-json';

/** A Table Schema field. */
export interface PackageField {
  name: string;
  type: string;
  description: string;
  format?: string;
  constraints?: { required?: boolean; enum?: string[] };
}

/** How every CSV download is written (RFC 4180), as a CSV Dialect. */
export const csvDialect = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true } as const;

/** What every CSV download shares, said once in the package's description. */
const csvConventions = `CSV files follow RFC 4180: UTF-8 with a byte-order mark, a header row, CRLF line ends. A text cell that would start with ${formulaStarts
  .map((c) => JSON.stringify(c))
  .join(
    ', ',
  )} begins with an apostrophe (') so spreadsheet programs show it as text; numbers are left as numbers. An empty cell is a missing value.`;

/** A CSV column as a Table Schema field. */
export function fieldOf(column: Column<never>): PackageField {
  const constraints = {
    ...(column.required ? { required: true } : {}),
    ...(column.enum ? { enum: [...column.enum] } : {}),
  };
  return {
    name: column.name,
    type: column.type,
    description: column.description,
    ...(column.format ? { format: column.format } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

/** The resource of one CSV download: its path beside the package, its schema with keys. */
export function datasetResource(set: Dataset) {
  return {
    name: set.name,
    path: set.file,
    title: set.title,
    description: `One row per ${set.row}.`,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: csvDialect,
    schema: {
      fields: set.columns.map((c) => fieldOf(c as Column<never>)),
      missingValues: [''],
      primaryKey: set.primaryKey,
      // Table Schema wants foreignKeys left out rather than empty.
      ...(set.foreignKeys.length
        ? {
            foreignKeys: set.foreignKeys.map((k) => ({ fields: k.fields, reference: { resource: k.resource, fields: k.referenceFields } })),
          }
        : {}),
    },
  };
}

/** The resource of one chart's CSV: exactly the chart's table as the page shows it, every cell text. */
export function chartResource(chart: Chart) {
  return {
    name: `chart-${chart.id}`,
    path: paths.chartData(chart.id).replace(/^\/data\//, ''),
    title: `Chart: ${chart.title}`,
    description: `The table of the chart “${chart.title}” (${chart.table.caption}), exactly as its page shows it: one row per row of the table, every cell the text shown (numbers as printed).`,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: csvDialect,
    schema: {
      fields: chart.table.head.map((name, i) => ({
        name,
        type: 'string',
        description: i === 0 ? `The row’s label, as the table’s first column shows it` : `The column “${name}” of the table, as shown`,
      })),
      missingValues: [''],
    },
  };
}

/** The data package: every CSV download and chart CSV with its schema, letters.json, the letters' licence and their sources. */
export function dataPackage(model: SiteModel, charts: readonly Chart[], site: { site: string; title: string }) {
  return {
    profile: 'data-package',
    name: 'probation-inspections',
    title: `${site.title}: open data`,
    description: `Ratings, inspections, findings, recommendations and the tables of every chart from the published probation inspection letters on this site, rebuilt with every update. ${csvConventions}`,
    homepage: permalink(paths.data(), site.site),
    licenses: licencesOf(model).map((l) => ({ path: l.url, title: l.name })),
    sources: model.letters.map((l) => ({
      title: `${l.letter.publisher.name}: ${l.letter.title}, ${formatDate(l.letter.date)}`,
      path: permalink(paths.letter(l.letter.id), site.site),
    })),
    resources: [
      ...datasets(model, site.site).map(datasetResource),
      ...charts.map(chartResource),
      {
        name: 'letters',
        path: lettersJsonFile,
        title: 'Every letter',
        description: lettersJsonDescription,
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
      },
    ],
  };
}
