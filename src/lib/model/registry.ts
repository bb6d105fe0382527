import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedIdsSchema, retiredIdListSchema, type PublishedIds, type RetiredId } from '../../schemas/registry';
import type { Letter } from '../../schemas/letter';
import { formatFieldProblems, type ContentProblem } from '../problems';
import { writeFiles } from '../write-files';

/** The id registry of a content folder: what was published, and what was retired with a redirect. */
export interface Registry {
  published: PublishedIds;
  retired: RetiredId[];
}

const empty = (): PublishedIds => ({ letters: [], findings: [], recommendations: [] });

function readOptional<T>(
  file: string,
  parse: (raw: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } },
  fallback: T,
): T {
  if (!existsSync(file)) return fallback;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot be read as JSON (${(error as Error).message}); restore it from git`, { cause: error });
  }
  const result = parse(raw);
  if (!result.success) throw new Error(formatFieldProblems(file, result.error.issues));
  return result.data;
}

/** Reads `published-ids.json` and `retired-ids.json` from a content folder; missing files mean empty. */
export function loadRegistry(contentDir: string): Registry {
  return {
    published: readOptional(join(contentDir, 'published-ids.json'), (r) => publishedIdsSchema.safeParse(r), empty()),
    retired: readOptional(join(contentDir, 'retired-ids.json'), (r) => retiredIdListSchema.safeParse(r), []),
  };
}

/** The permanent ids a set of letters defines, by kind. */
export function idsOf(letters: readonly Letter[]): PublishedIds {
  return {
    letters: letters.map((l) => l.id),
    findings: letters.flatMap((l) => l.findings.map((f) => f.id)),
    recommendations: letters.flatMap((l) => l.recommendations.map((r) => r.id)),
  };
}

/**
 * Checks that every published id still resolves: it names a current item, or it is retired with a
 * replacement that does. Returns one line per broken id, naming the registry file.
 */
export function checkRegistry(
  registry: Registry,
  current: PublishedIds,
  file = 'content/published-ids.json',
  retiredFile = 'content/retired-ids.json',
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const kind of ['letters', 'findings', 'recommendations'] as const) {
    const live = new Set(current[kind]);
    for (const id of registry.published[kind]) {
      if (live.has(id)) continue;
      const retired = registry.retired.find((r) => r.kind === kind && r.id === id);
      if (!retired)
        problems.push({
          file,
          path: kind,
          message: `published id "${id}" no longer resolves; restore it, or retire it in ${retiredFile} with the id that replaces it`,
        });
      else if (!live.has(retired.replacedBy))
        problems.push({
          file: retiredFile,
          path: kind,
          message: `"${id}" is replaced by "${retired.replacedBy}", which does not resolve either`,
        });
    }
  }
  for (const r of registry.retired) {
    if (current[r.kind].includes(r.id))
      problems.push({ file: retiredFile, path: r.kind, message: `"${r.id}" is retired but still names an item; remove one of the two` });
  }
  return problems;
}

/** The registry with more ids added: sorted, no duplicates. Ids are only ever added, never removed. */
export function mergeIds(registry: PublishedIds, ids: PublishedIds): PublishedIds {
  return {
    letters: [...new Set([...registry.letters, ...ids.letters])].sort(),
    findings: [...new Set([...registry.findings, ...ids.findings])].sort(),
    recommendations: [...new Set([...registry.recommendations, ...ids.recommendations])].sort(),
  };
}

/** published-ids.json's text: the ids by kind, two-space indented, a final newline. */
export function publishedIdsText(ids: PublishedIds): string {
  return `${JSON.stringify(ids, null, 2)}\n`;
}

/** Adds ids to a content folder's published-ids.json, creating it if need be; all or nothing (a temporary file, then a rename). */
export function publishIds(contentDir: string, ids: PublishedIds): void {
  const merged = mergeIds(loadRegistry(contentDir).published, ids);
  writeFiles([{ path: join(contentDir, 'published-ids.json'), text: publishedIdsText(merged) }]);
}
