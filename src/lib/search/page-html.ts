/**
 * What search reads from a built page: the element marked `data-search-body` (its text, less anything marked
 * `data-search-ignore`), and inside it the page's filters (`data-search-filter="region"`), sort date
 * (`data-search-sort="date"`) and result metadata (`data-search-meta="kind"`, and "title", else the first h1). Headings
 * weigh more than other text, as they did in Pagefind (h1 7, h2 6, … h6 2, other text 1). Our own HTML only: a small
 * tag scanner, not a full HTML parser.
 */

/** A page as search indexes it. */
export interface PageText {
  title: string;
  /** Sort key: an ISO date. */
  date: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** The indexed text in runs, each with its weight. */
  runs: { text: string; weight: number }[];
  /** The indexed text as one plain string, for excerpts. */
  text: string;
}

const voidTags = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const inlineTags = new Set([
  'a',
  'abbr',
  'b',
  'cite',
  'code',
  'em',
  'i',
  'mark',
  'q',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
]);
const skippedTags = new Set(['script', 'style', 'template', 'svg']);
const headingWeight: Record<string, number> = { h1: 7, h2: 6, h3: 5, h4: 4, h5: 3, h6: 2 };
const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Text with its character references decoded (numeric ones and the few names our HTML uses). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return named[ref.toLowerCase()] ?? whole;
  });
}

const attribute = (attrs: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?(?=[\\s/>]|$)`, 'i').exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? '') : undefined;
};

interface Open {
  tag: string;
  ignore: boolean;
  skip: boolean;
  weight: number;
  /** What this element's text is collected for: a filter, the sort date or a metadata field. */
  capture?: { kind: 'filter' | 'sort' | 'meta'; key: string; text: string };
}

/** What search reads from a page, or undefined when the page has no element marked `data-search-body`. */
export function readPage(html: string): PageText | undefined {
  const start = /<([a-z][a-z0-9]*)\b([^>]*\sdata-search-body(?:[\s=/][^>]*)?)>/i.exec(html);
  if (!start) return undefined;
  const page: PageText = { title: '', date: '', meta: {}, filters: {}, runs: [], text: '' };
  let firstH1 = '';
  let h1Done = false;
  const stack: Open[] = [{ tag: (start[1] ?? '').toLowerCase(), ignore: false, skip: false, weight: 1 }];
  const tags = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>|<!--[\s\S]*?-->/g;
  tags.lastIndex = start.index + start[0].length;
  let at = tags.lastIndex;
  const addText = (raw: string) => {
    const top = stack[stack.length - 1];
    if (!top || top.skip || !raw) return;
    const text = decodeEntities(raw);
    for (const open of stack) if (open.capture) open.capture.text += text;
    if (!h1Done && stack.some((o) => o.tag === 'h1')) firstH1 += text;
    if (top.ignore) return;
    page.runs.push({ text, weight: top.weight });
  };
  for (let m = tags.exec(html); m && stack.length; m = tags.exec(html)) {
    addText(html.slice(at, m.index));
    at = m.index + m[0].length;
    if (!m[2]) continue; // a comment
    const tag = m[2].toLowerCase();
    const attrs = m[3] ?? '';
    const top = stack[stack.length - 1];
    if (!top) break;
    if (m[1]) {
      // A closing tag: close up to the matching open element.
      const index = stack.map((o) => o.tag).lastIndexOf(tag);
      if (index < 0) continue;
      for (const closed of stack.splice(index)) finish(closed);
      if (tag === 'h1' && firstH1) h1Done = true;
      if (!inlineTags.has(tag)) page.runs.push({ text: ' ', weight: 1 });
      continue;
    }
    if (!inlineTags.has(tag)) page.runs.push({ text: ' ', weight: 1 });
    if (voidTags.has(tag) || attrs.trimEnd().endsWith('/')) continue;
    const filter = attribute(attrs, 'data-search-filter');
    const sort = attribute(attrs, 'data-search-sort');
    const meta = attribute(attrs, 'data-search-meta');
    const open: Open = {
      tag,
      ignore: top.ignore || attribute(attrs, 'data-search-ignore') !== undefined,
      skip: top.skip || skippedTags.has(tag),
      weight: headingWeight[tag] ?? top.weight,
    };
    if (filter !== undefined) open.capture = { kind: 'filter', key: filter, text: '' };
    else if (sort !== undefined) open.capture = { kind: 'sort', key: sort, text: '' };
    else if (meta !== undefined) open.capture = { kind: 'meta', key: meta, text: '' };
    stack.push(open);
  }

  function finish(closed: Open) {
    const c = closed.capture;
    if (!c) return;
    const value = c.text.replace(/\s+/g, ' ').trim();
    if (c.kind === 'filter') (page.filters[c.key] ??= []).push(value);
    else if (c.kind === 'sort') page.date = value;
    else page.meta[c.key] = value;
  }

  page.title = page.meta.title ?? firstH1.replace(/\s+/g, ' ').trim();
  page.text = page.runs
    .map((r) => r.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return page;
}
