/** letters.json: every letter's full data, described: what it is, its licence, its schema version and the data package. */
import { createHash } from 'node:crypto';
import type { SiteModel } from '../model/site-model';
import { paths, permalink } from '../urls';
import { dataPackageFile, dataSchemaVersion } from './open-data';

/** letters.json: what it is, its licence and schema version, a link to the data package, a hash of the content, and every letter's data with its permanent URL. */
export function lettersJson(model: SiteModel, site: string) {
  const letters = model.letters.map((l) => ({ url: permalink(paths.letter(l.letter.id), site), ...l.letter }));
  const contentHash = createHash('sha256').update(JSON.stringify(letters)).digest('hex');
  return {
    description: lettersJsonDescription,
    licences: licencesOf(model),
    schemaVersion: dataSchemaVersion,
    dataPackage: permalink(paths.dataFile(dataPackageFile), site),
    contentHash,
    letters,
  };
}

/** What letters.json holds, in one sentence (its `description`, and the data package's description of it). */
export const lettersJsonDescription =
  'Every published probation inspection letter on this site with all its facts (PDUs, ratings, findings, recommendations, key figures, footnotes, source) as the content schema defines them, plus url, the letter’s permanent URL; newest first.';

/** The licences the letters are published under (each once, in order of first use): the licence of every download. */
export function licencesOf(model: SiteModel): { name: string; url: string }[] {
  return [
    ...new Map(model.letters.map((l) => [l.letter.licence.url, { name: l.letter.licence.name, url: l.letter.licence.url }])).values(),
  ];
}
