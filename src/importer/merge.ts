import { diff3Merge } from 'node-diff3';

/** A change the editor made and the new import also made, differently: the import stops on it. */
export interface MergeConflict {
  /** The frontmatter field, e.g. `findings[greater-manchester-2023-05-staff-improvement-2].text`, or "body". */
  where: string;
  /** The line of the editor's file, for body conflicts. */
  line?: number;
  /** What each side holds, shortened for a one-line message. */
  yours: string;
  theirs: string;
}

/** What a merge gives: the merged value, each editor change it kept, and each conflict. */
export interface MergeResult<T> {
  value: T;
  kept: string[];
  conflicts: MergeConflict[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const equal = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const hasIds = (v: unknown): v is { id: string }[] => Array.isArray(v) && v.every((x) => isObject(x) && typeof x.id === 'string');
const short = (v: unknown) => {
  const text = v === undefined ? '(removed)' : typeof v === 'string' ? `"${v}"` : JSON.stringify(v);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
};

/** The fields (leaves, items by id) where two values differ, for saying which edits a merge kept. */
export function changedPaths(a: unknown, b: unknown, path = ''): string[] {
  if (equal(a, b)) return [];
  if (isObject(a) && isObject(b)) {
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].flatMap((k) => changedPaths(a[k], b[k], path ? `${path}.${k}` : k));
  }
  if (hasIds(a) && hasIds(b)) {
    const ids = [...new Set([...a, ...b].map((x) => x.id))];
    return ids.flatMap((id) =>
      changedPaths(
        a.find((x) => x.id === id),
        b.find((x) => x.id === id),
        `${path}[${id}]`,
      ),
    );
  }
  return [path || '(all)'];
}

/**
 * Three-way merge of frontmatter data: `base` is what the importer generated last time, `mine` the file
 * as the editor left it, `theirs` the new import. A field only the editor changed keeps the editor's value;
 * a field only the import changed takes the import's; both changing it alike is fine; both changing it
 * differently is a conflict. Objects merge per key and lists of items with ids per item; other lists
 * (a copy list, a tag list) are one value each.
 */
export function mergeData(base: unknown, mine: unknown, theirs: unknown, where = ''): MergeResult<unknown> {
  const kept: string[] = [];
  const conflicts: MergeConflict[] = [];
  const merge = (b: unknown, m: unknown, t: unknown, path: string): unknown => {
    if (equal(m, b)) return t;
    if (equal(t, b) || equal(m, t)) {
      if (!equal(m, t)) kept.push(...changedPaths(t, m, path));
      return m;
    }
    if (isObject(b) && isObject(m) && isObject(t)) {
      const out: Record<string, unknown> = {};
      const keys = [...new Set([...Object.keys(t), ...Object.keys(m), ...Object.keys(b)])];
      for (const key of keys) {
        const value = merge(b[key], m[key], t[key], path ? `${path}.${key}` : key);
        if (value !== undefined) out[key] = value;
      }
      return out;
    }
    if (hasIds(b) && hasIds(m) && hasIds(t)) return mergeById(b, m, t, path);
    conflicts.push({ where: path, yours: short(m), theirs: short(t) });
    return m;
  };
  const mergeById = (b: { id: string }[], m: { id: string }[], t: { id: string }[], path: string): unknown[] => {
    const byId = (list: { id: string }[]) => new Map(list.map((x) => [x.id, x]));
    const [bs, ms, ts] = [byId(b), byId(m), byId(t)];
    const out: unknown[] = [];
    for (const item of t) {
      const value = merge(bs.get(item.id), ms.get(item.id), item, `${path}[${item.id}]`);
      if (value !== undefined) out.push(value);
    }
    // Items the new import no longer has: gone too if the editor left them alone, kept (with a conflict) if edited.
    // Items the editor added: kept, after the item they follow in the editor's file.
    m.forEach((item, i) => {
      if (ts.has(item.id)) return;
      const value = merge(bs.get(item.id), item, undefined, `${path}[${item.id}]`);
      if (value === undefined) return;
      const before = m[i - 1]?.id;
      const at = before === undefined ? 0 : out.findIndex((x) => isObject(x) && x.id === before) + 1;
      out.splice(at > 0 ? at : out.length, 0, value);
    });
    return out;
  };
  const value = merge(base, mine, theirs, where);
  return { value, kept, conflicts };
}

/** Splits an MDX body into blocks (the runs of text between blank lines), each with the line it starts on. */
export function bodyBlocks(body: string, firstLine = 1): { text: string; line: number }[] {
  const blocks: { text: string; line: number }[] = [];
  let line = firstLine;
  for (const text of body.split(/\n{2,}/)) {
    const lead = text.length - text.replace(/^\n+/, '').length;
    if (text.trim()) blocks.push({ text: text.replace(/^\n+|\n+$/g, ''), line: line + lead });
    line += text.split('\n').length - 1 + 2;
  }
  return blocks;
}

/**
 * Three-way merge of MDX bodies, block by block (a paragraph, a heading, a component line): the editor's
 * changed paragraphs stay, the import's changed paragraphs come in, and a paragraph both changed
 * differently is a conflict naming the line of the editor's file.
 */
export function mergeBody(base: string, mine: string, theirs: string, mineFirstLine: number): MergeResult<string> {
  const [b, m, t] = [bodyBlocks(base), bodyBlocks(mine, mineFirstLine), bodyBlocks(theirs)];
  const regions = diff3Merge(
    m.map((x) => x.text),
    b.map((x) => x.text),
    t.map((x) => x.text),
    { excludeFalseConflicts: true },
  );
  const out: string[] = [];
  const kept: string[] = [];
  const conflicts: MergeConflict[] = [];
  for (const region of regions) {
    if (region.ok) out.push(...region.ok);
    else if (region.conflict) {
      const { a, aIndex, b: theirsBlocks } = region.conflict;
      // The editor's block where the conflict starts, or their last block when it starts past the end.
      const line = (m[aIndex] ?? m.at(-1))?.line;
      conflicts.push({
        where: 'body',
        ...(line !== undefined ? { line } : {}),
        yours: short(a.join(' ¶ ')),
        theirs: short(theirsBlocks.join(' ¶ ')),
      });
      out.push(...a);
    }
  }
  // Blocks of the editor's that differ from both the base and the new import are the edits kept.
  const baseSet = new Set(b.map((x) => x.text));
  const theirSet = new Set(t.map((x) => x.text));
  for (const block of m) if (!baseSet.has(block.text) && !theirSet.has(block.text)) kept.push(`body line ${block.line}`);
  return { value: `${out.join('\n\n')}\n`, kept, conflicts };
}
