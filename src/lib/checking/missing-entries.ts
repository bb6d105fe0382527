import { loadRegistry } from '../model/registry';

/** A letter the registry has published whose entry file is gone, and how many published ids belong to it. */
export interface MissingEntry {
  id: string;
  /** The letter's own id and its findings' and recommendations' ids ("<letter>-…"). */
  ids: number;
}

/**
 * The letters published-ids.json names that no entry holds (neither among `present`, the ids of the entries read,
 * nor retired). A registry that cannot be read gives none here: the registry check reports it.
 */
export function missingEntries(contentDir: string, present: readonly string[]): MissingEntry[] {
  let registry;
  try {
    registry = loadRegistry(contentDir);
  } catch {
    return [];
  }
  const here = new Set(present);
  const retired = new Set(registry.retired.filter((r) => r.kind === 'letters').map((r) => r.id));
  const { letters, findings, recommendations } = registry.published;
  return letters
    .filter((id) => !here.has(id) && !retired.has(id))
    .map((id) => ({ id, ids: 1 + [...findings, ...recommendations].filter((item) => item.startsWith(`${id}-`)).length }));
}
