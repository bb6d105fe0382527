/** letters.json: every letter's full data, described: what it is, its licence, its schema version and the data package. */
import { createHash } from 'node:crypto';
import type { LetterRecord, SiteModel } from '../model/site-model';
import { anyCorrection } from '../corrections/lookup';
import { paths, permalink } from '../urls';
import { dataPackageFile, dataSchemaVersion } from './open-data';

/**
 * A letter's data as letters.json gives it: its permanent URL, every field of the entry, and `corrected` on the letter,
 * each PDU inspection, finding and recommendation (true where the editors changed its words or facts after import;
 * domain tags and key figures, the importer's proposals, do not count), with a corrected item's `importedText`.
 */
export function letterJson(l: LetterRecord, site: string) {
  const c = l.corrections;
  const imported = (item: { importedText?: string } | undefined) =>
    item?.importedText === undefined ? { corrected: item !== undefined } : { corrected: true, importedText: item.importedText };
  return {
    url: permalink(paths.letter(l.letter.id), site),
    ...l.letter,
    corrected: anyCorrection(c),
    pdus: l.letter.pdus.map((p) => ({ ...p, corrected: c?.inspections.has(p.id) ?? false })),
    findings: l.letter.findings.map((f) => ({ ...f, ...imported(c?.findings.get(f.id)) })),
    recommendations: l.letter.recommendations.map((r) => ({ ...r, ...imported(c?.recommendations.get(r.id)) })),
  };
}

/** letters.json: what it is, its licence and schema version, a link to the data package, a hash of the content, and every letter's data with its permanent URL. */
export function lettersJson(model: SiteModel, site: string) {
  const letters = model.letters.map((l) => letterJson(l, site));
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
  'Every published probation inspection letter on this site with all its facts (PDUs, ratings, findings, recommendations, key figures, footnotes, source) as the content schema defines them, plus url, the letter’s permanent URL, and corrected on the letter and on each PDU, finding and recommendation: true where the editors corrected its words or facts after importing the letter from the source (with importedText, the text as imported, on a corrected finding or recommendation whose words changed); newest first.';

/** The licences the letters are published under (each once, in order of first use): the licence of every download. */
export function licencesOf(model: SiteModel): { name: string; url: string }[] {
  return [
    ...new Map(model.letters.map((l) => [l.letter.licence.url, { name: l.letter.licence.name, url: l.letter.licence.url }])).values(),
  ];
}
