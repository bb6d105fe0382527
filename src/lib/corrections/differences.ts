/**
 * What an entry's frontmatter changed relative to its import record, item by item: findings and recommendations by
 * id (their words, and separately their other facts and their domain tags), PDU inspections by id (name, fieldwork,
 * score, overall rating, each rating), and the letter-level fields a reader sees, by where the letter page shows them.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Letter } from '../../schemas/letter';
import type { PduInspection } from '../../schemas/pdu-inspection';
import type {
  FieldChange,
  InspectionCorrection,
  ItemCorrection,
  LetterFieldPlace,
  RemovedItem,
  ReviewedProposal,
} from '../model/correction-types';

/**
 * The letter-level fields a reader sees, by where the letter page shows them. Left out: `id` (the file's name), the
 * items compared one by one (findings, recommendations, pdus), `keyFigures` (values the importer proposes for review,
 * like domain tags: see reviewedKeyFigures), `sourceUrl` (the editors' to give: the importer never reads it from the
 * letter) and `importedSha256` (the link to the import record itself).
 */
export const letterFieldPlaces: Readonly<Record<LetterFieldPlace, readonly (keyof Letter)[]>> = {
  letterhead: [
    'title',
    'date',
    'region',
    'framework',
    'publisher',
    'recipient',
    'copyList',
    'salutation',
    'sections',
    'closing',
    'signatory',
    'source',
    'licence',
  ],
  'recommendations-annex': ['recommendationsAnnex'],
  'ratings-annex': ['ratingsAnnex'],
  footnotes: ['footnotes'],
};

/** The fields of each kind of item compared as facts besides its text (domain tags are compared apart). */
const findingFacts = ['section', 'kind'] as const;
const recommendationFacts = ['pdu', 'number', 'addressee'] as const;
const inspectionFacts = ['name', 'fieldworkStarted', 'score', 'overall', 'annex'] as const;

/** The fields of `keys` whose values differ, each with the value imported. */
function changedFields<T extends object>(entry: T, imported: T, keys: readonly (keyof T)[]): FieldChange[] {
  return keys.filter((k) => !isDeepStrictEqual(entry[k], imported[k])).map((k) => ({ field: String(k), imported: imported[k] }));
}

/** The differences between items with ids: each entry item's correction (if any), and the imported items the entry lacks. */
function byId<T extends { id: string }, C>(
  entry: readonly T[],
  imported: readonly T[],
  compare: (mine: T, theirs: T) => C | undefined,
  added: () => C,
): { changed: Map<string, C>; missing: T[] } {
  const theirs = new Map(imported.map((x) => [x.id, x]));
  const changed = new Map<string, C>();
  for (const item of entry) {
    const original = theirs.get(item.id);
    const c = original ? compare(item, original) : added();
    if (c !== undefined) changed.set(item.id, c);
  }
  const ids = new Set(entry.map((x) => x.id));
  return { changed, missing: imported.filter((x) => !ids.has(x.id)) };
}

/** A finding's or recommendation's correction: its words and facts; undefined when both are as imported. */
function itemCorrection<T extends { text: string }>(mine: T, theirs: T, facts: readonly (keyof T)[]): ItemCorrection | undefined {
  const fields = changedFields(mine, theirs, facts);
  const textChanged = mine.text !== theirs.text;
  if (!textChanged && !fields.length) return undefined;
  return { ...(textChanged ? { importedText: theirs.text } : {}), fields };
}

/** A PDU inspection's correction: its facts and each rating that differs; undefined when all are as imported. */
function inspectionCorrection(mine: PduInspection, theirs: PduInspection): InspectionCorrection | undefined {
  const fields = changedFields(mine, theirs, inspectionFacts);
  const standards = [...new Set([...Object.keys(theirs.ratings), ...Object.keys(mine.ratings)])];
  const ratings = standards
    .filter((s) => mine.ratings[s] !== theirs.ratings[s])
    .map((standard) => ({ standard, imported: theirs.ratings[standard] }));
  return fields.length || ratings.length ? { fields, ratings } : undefined;
}

/** What the frontmatter of an entry changed relative to the letter its import record holds. */
export interface FrontmatterCorrections {
  findings: Map<string, ItemCorrection>;
  recommendations: Map<string, ItemCorrection>;
  inspections: Map<string, InspectionCorrection>;
  fields: Map<LetterFieldPlace, FieldChange[]>;
  removed: RemovedItem[];
  reviewed: ReviewedProposal[];
}

/**
 * Compares an entry's letter with the letter its import record holds (both read by the letter schema). Domain tags
 * and key figures are values the importer proposes and the import summary asks the editors to review: a change to
 * them is reported as a reviewed proposal, not as a correction of the letter's words or facts.
 */
export function frontmatterCorrections(entry: Letter, imported: Letter): FrontmatterCorrections {
  const findings = byId(
    entry.findings,
    imported.findings,
    (m, t) => itemCorrection(m, t, findingFacts),
    (): ItemCorrection => ({ fields: [], added: true }),
  );
  const recommendations = byId(
    entry.recommendations,
    imported.recommendations,
    (m, t) => itemCorrection(m, t, recommendationFacts),
    (): ItemCorrection => ({ fields: [], added: true }),
  );
  const inspections = byId(entry.pdus, imported.pdus, inspectionCorrection, (): InspectionCorrection => ({
    fields: [],
    ratings: [],
    added: true,
  }));
  const fields = new Map<LetterFieldPlace, FieldChange[]>();
  for (const [place, keys] of Object.entries(letterFieldPlaces) as [LetterFieldPlace, readonly (keyof Letter)[]][]) {
    const changed = changedFields(entry, imported, keys);
    if (changed.length) fields.set(place, changed);
  }
  const removed: RemovedItem[] = [
    ...findings.missing.map((f) => ({ kind: 'finding' as const, id: f.id, importedText: f.text })),
    ...recommendations.missing.map((r) => ({ kind: 'recommendation' as const, id: r.id, importedText: r.text })),
    ...inspections.missing.map((p) => ({ kind: 'inspection' as const, id: p.id, importedText: p.name })),
  ];
  const tagsOf = <T extends { id: string; domains: string[] }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x.domains]));
  const reviewedTags = (
    kind: ReviewedProposal['kind'],
    mine: readonly { id: string; domains: string[] }[],
    theirs: Map<string, string[]>,
  ) =>
    mine.flatMap((x): ReviewedProposal[] => {
      const imported = theirs.get(x.id);
      return imported && !isDeepStrictEqual(x.domains, imported) ? [{ kind, id: x.id, imported }] : [];
    });
  const reviewed = [
    ...reviewedTags('finding-domains', entry.findings, tagsOf(imported.findings)),
    ...reviewedTags('recommendation-domains', entry.recommendations, tagsOf(imported.recommendations)),
    ...(isDeepStrictEqual(entry.keyFigures, imported.keyFigures) ? [] : [{ kind: 'key-figures' as const, imported: imported.keyFigures }]),
  ];
  return {
    findings: findings.changed,
    recommendations: recommendations.changed,
    inspections: inspections.changed,
    fields,
    removed,
    reviewed,
  };
}
