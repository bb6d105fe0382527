import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/**
 * The 1-based line of every field of a YAML document, keyed by its path joined with dots
 * ("pdus.0.score.points"): the line of the key for a mapping entry, of the item for a list item.
 * Positions come from the `yaml` library's parser (node ranges, turned into lines by its LineCounter); aliases are
 * never expanded. A document that does not parse gives no lines (the parse error is reported elsewhere).
 */
export function yamlFieldLines(source: string): Map<string, number> {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, uniqueKeys: false });
  const lines = new Map<string, number>();
  if (doc.errors.length) return lines;
  const record = (path: readonly string[], offset: number | undefined) => {
    const key = path.join('.');
    if (offset !== undefined && !lines.has(key)) lines.set(key, counter.linePos(offset).line);
  };
  const walk = (node: unknown, path: readonly string[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key === undefined) continue;
        record([...path, key], (pair.key as Node).range?.[0]);
        walk(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        record([...path, String(i)], (item as Node | null)?.range?.[0]);
        walk(item, [...path, String(i)]);
      });
    }
  };
  record([], (doc.contents as Node | null)?.range?.[0]);
  walk(doc.contents, []);
  return lines;
}

/** The line of a field, or of its nearest ancestor that has one. */
export function lineOfField(lines: ReadonlyMap<string, number>, path: readonly PropertyKey[]): number | undefined {
  for (let n = path.length; n >= 1; n--) {
    const line = lines.get(path.slice(0, n).map(String).join('.'));
    if (line !== undefined) return line;
  }
  return undefined;
}
