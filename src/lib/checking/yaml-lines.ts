import { EVENT_ID, getScalarValue, parseEvents, type Event } from 'js-yaml';
import { must } from '../must';

/** The offsets where each line of a text starts, to turn an offset into a 1-based line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (must(starts[mid], `line start ${mid}`) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** A mapping's `key` is the key whose value comes next, undefined between entries. */
type Frame = { kind: 'map'; path: string[]; key?: string | undefined } | { kind: 'seq'; path: string[]; index: number };

/**
 * The 1-based line of every field of a YAML document, keyed by its path joined with dots
 * ("pdus.0.score.points"): the line of the key for a mapping entry, of the item for a list item.
 * Read from the parser's events, so it costs one pass and never expands aliases.
 */
export function yamlFieldLines(source: string): Map<string, number> {
  const starts = lineStarts(source);
  const lines = new Map<string, number>();
  const stack: Frame[] = [];
  const childPath = (): string[] | undefined => {
    const top = stack.at(-1);
    if (!top) return [];
    if (top.kind === 'seq') return [...top.path, String(top.index)];
    return top.key === undefined ? undefined : [...top.path, top.key];
  };
  const advance = () => {
    const top = stack.at(-1);
    if (top?.kind === 'seq') top.index += 1;
    else if (top) top.key = undefined;
  };
  const record = (path: string[], offset: number) => {
    const key = path.join('.');
    if (offset >= 0 && !lines.has(key)) lines.set(key, lineOf(starts, offset));
  };
  let events: Event[];
  try {
    events = parseEvents(source, {});
  } catch {
    return lines;
  }
  for (const event of events) {
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      const path = childPath() ?? [];
      record(path, event.start);
      stack.push(event.type === EVENT_ID.MAPPING ? { kind: 'map', path } : { kind: 'seq', path, index: 0 });
    } else if (event.type === EVENT_ID.SCALAR) {
      const top = stack.at(-1);
      if (top?.kind === 'map' && top.key === undefined) {
        top.key = getScalarValue(source, event);
        record([...top.path, top.key], event.valueStart);
      } else {
        const path = childPath();
        if (path) record(path, event.valueStart);
        advance();
      }
    } else if (event.type === EVENT_ID.ALIAS) {
      advance();
    } else if (event.type === EVENT_ID.POP) {
      if (stack.length) {
        stack.pop();
        advance();
      }
    }
  }
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
