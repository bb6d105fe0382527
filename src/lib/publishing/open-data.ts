import { createHash } from 'node:crypto';
import { ratingPoints } from '../model/ratings';
import { notRatedLabel, ratingLabels, ratingWord } from '../words/vocabulary';
import { standardsOf } from '../model/reference';
import type { SiteModel } from '../model/site-model';
import { paths, permalink } from '../urls';

/** A column of a download: its name and what it holds (documented on the /data/ page). */
export interface Column<T> {
  name: string;
  description: string;
  value: (row: T) => string | number | undefined;
}

/** A CSV download: file name, what one row is, its columns and rows. */
export interface Dataset<T = unknown> {
  file: string;
  title: string;
  row: string;
  columns: Column<T>[];
  rows: T[];
}

/** The file name of the JSON download of every letter, on the data page (/data/letters.json). */
export const lettersJsonFile = 'letters.json';

/** Bumped when a download's columns or the JSON's shape change incompatibly. */
export const dataSchemaVersion = 1;

/** Every CSV download, built from the site model. `site` is the absolute site URL for permanent links. */
export function datasets(model: SiteModel, site: string): Dataset[] {
  const url = (path: string) => permalink(path, site);
  const letterColumns = <
    T extends { letter: { letter: { id: string; date: string }; region: { id: string; name: string } } },
  >(): Column<T>[] => [
    { name: 'letter_id', description: 'Permanent id of the letter', value: (r) => r.letter.letter.id },
    { name: 'letter_date', description: 'Date of the letter, YYYY-MM-DD', value: (r) => r.letter.letter.date },
    { name: 'region_id', description: 'Id of the probation region', value: (r) => r.letter.region.id },
    { name: 'region_name', description: 'Name of the probation region', value: (r) => r.letter.region.name },
  ];

  const inspections = model.letters.flatMap((letter) => letter.letter.pdus.map((inspection) => ({ letter, inspection })));
  const ratings = inspections.flatMap((i) =>
    i.letter.framework.domains.flatMap((domain) =>
      domain.standards.map((standard) => ({ ...i, domain, standard, rating: i.inspection.ratings[standard.id] })),
    ),
  );
  type Inspection = (typeof inspections)[number];
  type RatingRow = (typeof ratings)[number];
  type FindingRow = SiteModel['findings'][number];
  type RecommendationRow = SiteModel['recommendations'][number];

  const ratingsSet: Dataset<RatingRow> = {
    file: 'ratings.csv',
    title: 'Ratings',
    row: 'one PDU on one standard in one inspection (standards not rated included, with an empty rating)',
    columns: [
      ...letterColumns<RatingRow>(),
      { name: 'pdu_id', description: 'Id of the PDU', value: (r) => r.inspection.id },
      { name: 'pdu_name', description: 'Name of the PDU', value: (r) => r.inspection.name },
      { name: 'framework', description: 'Id of the inspection framework', value: (r) => r.letter.framework.id },
      {
        name: 'domain',
        description: 'Domain number and name, e.g. "2 Court work and case supervision"',
        value: (r) => `${r.domain.number} ${r.domain.name}`,
      },
      { name: 'standard', description: 'Standard number, e.g. "2.2"', value: (r) => r.standard.id },
      { name: 'standard_name', description: 'Standard name, e.g. "Assessment"', value: (r) => r.standard.name },
      {
        name: 'rating',
        description: 'outstanding, good, requires-improvement or inadequate; empty when not rated',
        value: (r) => r.rating,
      },
      {
        name: 'rating_label',
        description: `The rating as printed; "${notRatedLabel}" when not rated`,
        value: (r) => ratingWord(r.rating),
      },
      {
        name: 'points',
        description: 'Points the rating earns (3 to 0); empty when not rated',
        value: (r) => (r.rating ? ratingPoints[r.rating] : undefined),
      },
      {
        name: 'url',
        description: 'Permanent URL of the PDU’s ratings table in the letter',
        value: (r) => url(paths.ratingsInLetter(r.letter.letter.id, r.inspection.id)),
      },
    ],
    rows: ratings,
  };

  const inspectionsSet: Dataset<Inspection> = {
    file: 'inspections.csv',
    title: 'Inspections',
    row: 'one PDU inspection',
    columns: [
      ...letterColumns<Inspection>(),
      { name: 'pdu_id', description: 'Id of the PDU', value: (r) => r.inspection.id },
      { name: 'pdu_name', description: 'Name of the PDU', value: (r) => r.inspection.name },
      { name: 'fieldwork_started', description: 'Month fieldwork started, YYYY-MM', value: (r) => r.inspection.fieldworkStarted },
      { name: 'score_points', description: 'Score as stated: points', value: (r) => r.inspection.score.points },
      { name: 'score_max', description: 'Score as stated: maximum (3 × standards rated)', value: (r) => r.inspection.score.max },
      { name: 'standards_rated', description: 'How many standards were rated', value: (r) => Object.keys(r.inspection.ratings).length },
      {
        name: 'standards_in_framework',
        description: 'How many standards the framework has',
        value: (r) => standardsOf(r.letter.framework).length,
      },
      { name: 'overall', description: 'Overall rating', value: (r) => r.inspection.overall },
      { name: 'overall_label', description: 'Overall rating as printed', value: (r) => ratingLabels[r.inspection.overall] },
      {
        name: 'url',
        description: 'Permanent URL of the PDU’s ratings table in the letter',
        value: (r) => url(paths.ratingsInLetter(r.letter.letter.id, r.inspection.id)),
      },
    ],
    rows: inspections,
  };

  const findingsSet: Dataset<FindingRow> = {
    file: 'findings.csv',
    title: 'Findings',
    row: 'one key strength or area for improvement',
    columns: [
      { name: 'id', description: 'Permanent id of the finding', value: (r) => r.finding.id },
      ...letterColumns<FindingRow>(),
      { name: 'section_id', description: 'Id of the letter section', value: (r) => r.section.id },
      { name: 'section', description: 'Section heading as printed', value: (r) => r.section.title },
      { name: 'kind', description: 'strength or improvement', value: (r) => r.finding.kind },
      { name: 'domains', description: 'Domain slugs it concerns, separated by "; "', value: (r) => r.finding.domains.join('; ') },
      { name: 'text', description: 'The finding’s text as published', value: (r) => r.finding.text },
      { name: 'url', description: 'Permanent URL of the finding’s page', value: (r) => url(paths.finding(r.finding.id)) },
    ],
    rows: model.findings,
  };

  const recommendationsSet: Dataset<RecommendationRow> = {
    file: 'recommendations.csv',
    title: 'Recommendations',
    row: 'one recommendation',
    columns: [
      { name: 'id', description: 'Permanent id of the recommendation', value: (r) => r.recommendation.id },
      ...letterColumns<RecommendationRow>(),
      { name: 'pdu_id', description: 'Id of the PDU it was made under', value: (r) => r.recommendation.pdu },
      { name: 'pdu_name', description: 'Name of that PDU', value: (r) => r.inspection.name },
      { name: 'number', description: 'Its number in that PDU’s list', value: (r) => r.recommendation.number },
      { name: 'addressee', description: 'pdu, region or hmpps', value: (r) => r.recommendation.addressee },
      { name: 'domains', description: 'Domain slugs it concerns, separated by "; "', value: (r) => r.recommendation.domains.join('; ') },
      { name: 'text', description: 'The recommendation’s text as published', value: (r) => r.recommendation.text },
      {
        name: 'url',
        description: 'Permanent URL of the recommendation’s page',
        value: (r) => url(paths.recommendation(r.recommendation.id)),
      },
    ],
    rows: model.recommendations,
  };

  return [ratingsSet, inspectionsSet, findingsSet, recommendationsSet] as Dataset[];
}

/** A dataset's header and rows, ready for toCsv. */
export function datasetTable(set: Dataset): { header: string[]; rows: (string | number | undefined)[][] } {
  return { header: set.columns.map((c) => c.name), rows: set.rows.map((row) => set.columns.map((c) => c.value(row))) };
}

/** letters.json: every letter's data with its permanent URL, a schema version and a hash of the content. */
export function lettersJson(model: SiteModel, site: string) {
  const letters = model.letters.map((l) => ({ url: permalink(paths.letter(l.letter.id), site), ...l.letter }));
  const contentHash = createHash('sha256').update(JSON.stringify(letters)).digest('hex');
  return { schemaVersion: dataSchemaVersion, contentHash, letters };
}
