/**
 * The one table of the CSV downloads: each file's columns with their name, type, description and keys. It writes
 * the CSVs (src/pages/data/[file].csv.ts), the data package that describes them (data-package.ts) and the /data/
 * page's documentation, so the three cannot drift.
 */
import { ratingPoints } from '../model/ratings';
import { notRatedLabel, ratingLabels, ratingWord } from '../language/vocabulary';
import { standardsOf } from '../model/reference';
import type { DomainInfo } from '../model/domains';
import type { SiteModel } from '../model/site-model';
import { ratingValues } from '../../schemas/rating';
import { addresseeSchema } from '../../schemas/recommendation';
import { findingKindSchema } from '../../schemas/finding';
import { paths, permalink } from '../urls';
import { findingCorrection, inspectionCorrected, ratingCorrected, recommendationCorrection } from '../corrections/lookup';
import { toCsv } from './csv';
import type { Column, Dataset } from './dataset-types';

export type { Column, ColumnType, Dataset, ForeignKey } from './dataset-types';

/** The file name of the JSON download of every letter, on the data page (/data/letters.json). */
export const lettersJsonFile = 'letters.json';

/** The file name of the data package that describes every download (/data/datapackage.json). */
export const dataPackageFile = 'datapackage.json';

/** Bumped when a download's columns or the JSON's shape change incompatibly. 2: domain tags in their own tables, standards as text. */
export const dataSchemaVersion = 2;

/** Every CSV download, built from the site model. `site` is the absolute site URL for permanent links. */
export function datasets(model: SiteModel, site: string): Dataset[] {
  const url = (path: string) => permalink(path, site);
  const letterColumns = <
    T extends { letter: { letter: { id: string; date: string }; region: { id: string; name: string } } },
  >(): Column<T>[] => [
    { name: 'letter_id', type: 'string', required: true, description: 'Permanent id of the letter', value: (r) => r.letter.letter.id },
    {
      name: 'letter_date',
      type: 'date',
      required: true,
      description: 'Date of the letter, YYYY-MM-DD',
      value: (r) => r.letter.letter.date,
    },
    { name: 'region_id', type: 'string', required: true, description: 'Id of the probation region', value: (r) => r.letter.region.id },
    {
      name: 'region_name',
      type: 'string',
      required: true,
      description: 'Name of the probation region',
      value: (r) => r.letter.region.name,
    },
  ];
  const pduColumns = <T extends { inspection: { id: string; name: string } }>(): Column<T>[] => [
    { name: 'pdu_id', type: 'string', required: true, description: 'Id of the PDU', value: (r) => r.inspection.id },
    { name: 'pdu_name', type: 'string', required: true, description: 'Name of the PDU', value: (r) => r.inspection.name },
  ];
  const urlColumn = <T>(description: string, value: (row: T) => string): Column<T> => ({
    name: 'url',
    type: 'string',
    format: 'uri',
    required: true,
    description,
    value: (r) => url(value(r)),
  });
  const domainColumns = <T extends { domain: DomainInfo }>(): Column<T>[] => [
    {
      name: 'domain',
      type: 'string',
      required: true,
      description: 'Slug of the domain, standard or regional area, e.g. "2-2-assessment"',
      value: (r) => r.domain.slug,
    },
    {
      name: 'domain_name',
      type: 'string',
      required: true,
      description: 'Its name with its number, e.g. "2.2 Assessment"',
      value: (r) => r.domain.label,
    },
  ];
  /** Whether the editors corrected the row's words or facts after import (src/lib/corrections/), as "true" or "false". */
  const correctedColumn = <T>(what: string, corrected: (row: T) => boolean, tagged = false): Column<T> => ({
    name: 'corrected',
    type: 'boolean',
    required: true,
    description: `true when the editors corrected ${what} after importing the letter from the source (${tagged ? 'its page marks the correction and shows' : 'the letter’s and the PDU’s pages mark the correction and show'} what was imported); false when it is as imported${tagged ? '. A change to its domain tags (the site’s proposals, which the editors review) does not count' : ''}`,
    value: (r) => String(corrected(r)),
  });
  /** An item's text as imported, where the editors corrected it. */
  const importedTextColumn = <T>(what: string, importedText: (row: T) => string | undefined): Column<T> => ({
    name: 'imported_text',
    type: 'string',
    description: `The ${what}’s text as imported from the source, when the editors corrected it (text then holds the corrected words); empty otherwise`,
    value: importedText,
  });
  const toInspections = { resource: 'inspections', referenceFields: ['letter_id', 'pdu_id'], fields: ['letter_id', 'pdu_id'] };

  const inspections = model.letters.flatMap((letter) => letter.letter.pdus.map((inspection) => ({ letter, inspection })));
  const ratings = inspections.flatMap((i) =>
    i.letter.framework.domains.flatMap((domain) =>
      domain.standards.map((standard) => ({ ...i, domain, standard, rating: i.inspection.ratings[standard.id] })),
    ),
  );
  const findingDomains = model.findings.flatMap((f) => f.domains.map((domain) => ({ finding: f.finding, domain })));
  const recommendationDomains = model.recommendations.flatMap((r) =>
    r.domains.map((domain) => ({ recommendation: r.recommendation, domain })),
  );
  type Inspection = (typeof inspections)[number];
  type RatingRow = (typeof ratings)[number];
  type FindingRow = SiteModel['findings'][number];
  type RecommendationRow = SiteModel['recommendations'][number];
  type FindingDomainRow = (typeof findingDomains)[number];
  type RecommendationDomainRow = (typeof recommendationDomains)[number];

  const ratingsSet: Dataset<RatingRow> = {
    file: 'ratings.csv',
    name: 'ratings',
    title: 'Ratings',
    row: 'one PDU on one standard in one inspection (standards not rated included, with an empty rating)',
    primaryKey: ['letter_id', 'pdu_id', 'standard'],
    foreignKeys: [toInspections],
    columns: [
      ...letterColumns<RatingRow>(),
      ...pduColumns<RatingRow>(),
      {
        name: 'framework',
        type: 'string',
        required: true,
        description: 'Id of the inspection framework',
        value: (r) => r.letter.framework.id,
      },
      {
        name: 'domain',
        type: 'string',
        required: true,
        description: 'Domain number and name, e.g. "2 Court work and case supervision"',
        value: (r) => `${r.domain.number} ${r.domain.name}`,
      },
      {
        name: 'standard',
        type: 'string',
        textId: true,
        required: true,
        description: 'Standard number as text, e.g. "2.2" ("2.10" is not "2.1")',
        value: (r) => r.standard.id,
      },
      {
        name: 'standard_name',
        type: 'string',
        required: true,
        description: 'Standard name, e.g. "Assessment"',
        value: (r) => r.standard.name,
      },
      {
        name: 'rating',
        type: 'string',
        enum: ratingValues,
        description: 'outstanding, good, requires-improvement or inadequate; empty when not rated',
        value: (r) => r.rating,
      },
      {
        name: 'rating_label',
        type: 'string',
        required: true,
        description: `The rating as printed; "${notRatedLabel}" when not rated`,
        value: (r) => ratingWord(r.rating),
      },
      {
        name: 'points',
        type: 'integer',
        description: 'Points the rating earns (3 to 0); empty when not rated',
        value: (r) => (r.rating ? ratingPoints[r.rating] : undefined),
      },
      correctedColumn<RatingRow>('this rating', (r) => ratingCorrected(r.letter, r.inspection.id, r.standard.id)),
      urlColumn('Permanent URL of the PDU’s ratings table in the letter', (r) =>
        paths.ratingsInLetter(r.letter.letter.id, r.inspection.id),
      ),
    ],
    rows: ratings,
  };

  const inspectionsSet: Dataset<Inspection> = {
    file: 'inspections.csv',
    name: 'inspections',
    title: 'Inspections',
    row: 'one PDU inspection',
    primaryKey: ['letter_id', 'pdu_id'],
    foreignKeys: [],
    columns: [
      ...letterColumns<Inspection>(),
      ...pduColumns<Inspection>(),
      {
        name: 'fieldwork_started',
        type: 'yearmonth',
        required: true,
        description: 'Month fieldwork started, YYYY-MM',
        value: (r) => r.inspection.fieldworkStarted,
      },
      {
        name: 'score_points',
        type: 'integer',
        required: true,
        description: 'Score as stated: points',
        value: (r) => r.inspection.score.points,
      },
      {
        name: 'score_max',
        type: 'integer',
        required: true,
        description: 'Score as stated: maximum (3 × standards rated)',
        value: (r) => r.inspection.score.max,
      },
      {
        name: 'standards_rated',
        type: 'integer',
        required: true,
        description: 'How many standards were rated',
        value: (r) => Object.keys(r.inspection.ratings).length,
      },
      {
        name: 'standards_in_framework',
        type: 'integer',
        required: true,
        description: 'How many standards the framework has',
        value: (r) => standardsOf(r.letter.framework).length,
      },
      {
        name: 'overall',
        type: 'string',
        required: true,
        enum: ratingValues,
        description: 'Overall rating',
        value: (r) => r.inspection.overall,
      },
      {
        name: 'overall_label',
        type: 'string',
        required: true,
        description: 'Overall rating as printed',
        value: (r) => ratingLabels[r.inspection.overall],
      },
      correctedColumn<Inspection>('this inspection’s name, fieldwork month, score, overall rating or ratings', (r) =>
        inspectionCorrected(r.letter, r.inspection.id),
      ),
      urlColumn('Permanent URL of the PDU’s ratings table in the letter', (r) =>
        paths.ratingsInLetter(r.letter.letter.id, r.inspection.id),
      ),
    ],
    rows: inspections,
  };

  const findingsSet: Dataset<FindingRow> = {
    file: 'findings.csv',
    name: 'findings',
    title: 'Findings',
    row: 'one key strength or area for improvement',
    primaryKey: ['id'],
    foreignKeys: [],
    columns: [
      { name: 'id', type: 'string', required: true, description: 'Permanent id of the finding', value: (r) => r.finding.id },
      ...letterColumns<FindingRow>(),
      { name: 'section_id', type: 'string', required: true, description: 'Id of the letter section', value: (r) => r.section.id },
      { name: 'section', type: 'string', required: true, description: 'Section heading as printed', value: (r) => r.section.title },
      {
        name: 'kind',
        type: 'string',
        required: true,
        enum: findingKindSchema.options,
        description: 'strength or improvement',
        value: (r) => r.finding.kind,
      },
      {
        name: 'text',
        type: 'string',
        required: true,
        description: 'The finding’s text as published, with any correction by the editors (see corrected)',
        value: (r) => r.finding.text,
      },
      correctedColumn<FindingRow>('the finding’s text, section or kind', (r) => findingCorrection(r) !== undefined, true),
      importedTextColumn<FindingRow>('finding', (r) => findingCorrection(r)?.importedText),
      urlColumn('Permanent URL of the finding’s page', (r) => paths.finding(r.finding.id)),
    ],
    rows: model.findings,
  };

  const recommendationsSet: Dataset<RecommendationRow> = {
    file: 'recommendations.csv',
    name: 'recommendations',
    title: 'Recommendations',
    row: 'one recommendation',
    primaryKey: ['id'],
    foreignKeys: [toInspections],
    columns: [
      { name: 'id', type: 'string', required: true, description: 'Permanent id of the recommendation', value: (r) => r.recommendation.id },
      ...letterColumns<RecommendationRow>(),
      {
        name: 'pdu_id',
        type: 'string',
        required: true,
        description: 'Id of the PDU it was made under',
        value: (r) => r.recommendation.pdu,
      },
      { name: 'pdu_name', type: 'string', required: true, description: 'Name of that PDU', value: (r) => r.inspection.name },
      {
        name: 'number',
        type: 'integer',
        required: true,
        description: 'Its number in that PDU’s list',
        value: (r) => r.recommendation.number,
      },
      {
        name: 'addressee',
        type: 'string',
        required: true,
        enum: addresseeSchema.options,
        description: 'pdu, region or hmpps',
        value: (r) => r.recommendation.addressee,
      },
      {
        name: 'text',
        type: 'string',
        required: true,
        description: 'The recommendation’s text as published, with any correction by the editors (see corrected)',
        value: (r) => r.recommendation.text,
      },
      correctedColumn<RecommendationRow>(
        'the recommendation’s text, PDU, number or addressee',
        (r) => recommendationCorrection(r) !== undefined,
        true,
      ),
      importedTextColumn<RecommendationRow>('recommendation', (r) => recommendationCorrection(r)?.importedText),
      urlColumn('Permanent URL of the recommendation’s page', (r) => paths.recommendation(r.recommendation.id)),
    ],
    rows: model.recommendations,
  };

  const findingDomainsSet: Dataset<FindingDomainRow> = {
    file: 'finding_domains.csv',
    name: 'finding-domains',
    title: 'Domains of findings',
    row: 'one finding and one domain, standard or regional area it concerns',
    primaryKey: ['finding_id', 'domain'],
    foreignKeys: [{ fields: ['finding_id'], resource: 'findings', referenceFields: ['id'] }],
    columns: [
      {
        name: 'finding_id',
        type: 'string',
        required: true,
        description: 'Permanent id of the finding (findings.csv id)',
        value: (r) => r.finding.id,
      },
      ...domainColumns<FindingDomainRow>(),
      urlColumn('Permanent URL of the domain’s page', (r) => paths.domain(r.domain.slug)),
    ],
    rows: findingDomains,
  };

  const recommendationDomainsSet: Dataset<RecommendationDomainRow> = {
    file: 'recommendation_domains.csv',
    name: 'recommendation-domains',
    title: 'Domains of recommendations',
    row: 'one recommendation and one domain, standard or regional area it concerns',
    primaryKey: ['recommendation_id', 'domain'],
    foreignKeys: [{ fields: ['recommendation_id'], resource: 'recommendations', referenceFields: ['id'] }],
    columns: [
      {
        name: 'recommendation_id',
        type: 'string',
        required: true,
        description: 'Permanent id of the recommendation (recommendations.csv id)',
        value: (r) => r.recommendation.id,
      },
      ...domainColumns<RecommendationDomainRow>(),
      urlColumn('Permanent URL of the domain’s page', (r) => paths.domain(r.domain.slug)),
    ],
    rows: recommendationDomains,
  };

  return [ratingsSet, inspectionsSet, findingsSet, recommendationsSet, findingDomainsSet, recommendationDomainsSet] as Dataset[];
}

/** A dataset's header and rows, ready for toCsv. */
export function datasetTable(set: Dataset): { header: string[]; rows: (string | number | undefined)[][] } {
  return { header: set.columns.map((c) => c.name), rows: set.rows.map((row) => set.columns.map((c) => c.value(row))) };
}

/** A dataset as its CSV file: text ids (a standard's "2.10") always quoted. */
export function datasetCsv(set: Dataset): string {
  const { header, rows } = datasetTable(set);
  return toCsv(
    header,
    rows,
    set.columns.map((c) => c.textId === true),
  );
}
