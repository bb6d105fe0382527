/**
 * The recommendations explorer (progressive enhancement). Without JavaScript the pages (/recommendations/, then
 * /recommendations/page/2/ …) hold every recommendation, newest first, and link the CSV of all of them. With it, the
 * keyword, filters and column sorts act on every recommendation: the first time one is used (or the URL carries one),
 * the explorer index is loaded (a small manifest, then the year files needed), and the rows that match are shown a
 * page at a time, all of it written to the URL; the download gives just the rows that match. The table's header
 * buttons and the "Sort by" control (which a narrow screen's cards use, their header hidden) set the same sort.
 */
import { selectCsvRows } from '../lib/publishing/csv-select';
import { explorerRows, type ExplorerManifest, type ExplorerShownRow, type ExplorerYearFile } from '../lib/url-state/explorer-index';
import { pageCount, pageFromQuery, pageOfPages, pageSlice, pagerItems } from '../lib/url-state/pagination';
import {
  compareRows,
  defaultExplorerSort,
  downloadLabel,
  explorerFilterKeys,
  explorerQuery,
  explorerStatus,
  explorerStateFromQuery,
  isFiltered,
  matchingRows,
  type ExplorerSort,
  type ExplorerState,
} from '../lib/url-state/explorer-state';
import type { AcronymForms } from '../lib/language/reading';
import { formatDate } from '../lib/language/format';
import { href, paths } from '../lib/urls';
import { requireElement } from './dom';

/** The abbreviations before the manifest is loaded: one list, so rows' words read with it are kept (see rowTerms). */
const noAcronyms: readonly AcronymForms[] = [];

/** Fetches a file of the explorer index as JSON, or fails naming it. */
async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** Loads the explorer index on demand: the manifest once, each year's file once, all of them only when needed. */
function indexLoader(manifestUrl: string) {
  let manifest: Promise<ExplorerManifest> | undefined;
  const years = new Map<string, Promise<ExplorerShownRow[]>>();
  const loaded = new Map<string, ExplorerShownRow[]>();
  const year = async (m: ExplorerManifest, file: ExplorerManifest['years'][number]) => {
    let rows = years.get(file.year);
    if (!rows) {
      rows = fetchJson<ExplorerYearFile>(new URL(file.file, new URL(manifestUrl, location.href)).href).then((f) => explorerRows(m, f));
      years.set(file.year, rows);
      loaded.set(file.year, await rows);
    }
    return rows;
  };
  /** The year files a state needs: a year filter needs that year's alone. */
  const wantedYears = (m: ExplorerManifest, state: ExplorerState) => m.years.filter((y) => !state.year || y.year === state.year);
  return {
    /** The rows a state can match, if they are loaded already (so the table follows a change at once). */
    ready(state: ExplorerState, m: ExplorerManifest | undefined): ExplorerShownRow[] | undefined {
      if (!m) return undefined;
      const wanted = wantedYears(m, state);
      if (!wanted.every((y) => loaded.has(y.year))) return undefined;
      return wanted.flatMap((y) => loaded.get(y.year) ?? []);
    },
    manifest: () => (manifest ??= fetchJson<ExplorerManifest>(manifestUrl)),
    /** Every row a state can match: a year filter needs that year's file alone. */
    async rows(state: ExplorerState): Promise<ExplorerShownRow[]> {
      const m = await this.manifest();
      const wanted = wantedYears(m, state);
      return (await Promise.all(wanted.map((y) => year(m, y)))).flat();
    },
  };
}

/** A table row like the ones the build writes (src/components/RecommendationsExplorer.astro). */
function rowElement(r: ExplorerShownRow): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.dataset.id = r.id;
  // The row's header: "Wigan recommendation 1", of which a wide screen shows the number only.
  const th = document.createElement('th');
  th.scope = 'row';
  th.className = 'explorer__number';
  const of = document.createElement('span');
  of.className = 'explorer__of';
  of.textContent = `${r.pduName} recommendation `;
  th.append(of, String(r.number));
  tr.append(th);
  const cell = (...content: (Node | string)[]) => {
    const td = document.createElement('td');
    td.append(...content);
    tr.append(td);
    return td;
  };
  const link = (path: string, text: string) => {
    const a = document.createElement('a');
    a.href = href(path);
    a.textContent = text;
    return a;
  };
  cell(link(paths.recommendation(r.id), r.shownText));
  cell(r.addresseeName);
  cell(link(paths.pdu(r.pdu), r.pduName));
  cell(r.regionName);
  const time = document.createElement('time');
  time.dateTime = r.date;
  time.textContent = formatDate(r.date);
  cell(time);
  cell(...r.domainLinks.flatMap(([slug, label], i) => [...(i > 0 ? [', '] : []), link(paths.domain(slug), label)]));
  return tr;
}

/** A pager like the build's (src/components/Pagination.astro), its links carrying the state and the page in the query. */
function pagerElement(current: number, pages: number, pageUrl: (page: number) => string): HTMLElement | undefined {
  if (pages < 2) return undefined;
  const nav = document.createElement('nav');
  nav.className = 'pagination';
  nav.setAttribute('aria-label', 'Pages of recommendations');
  const link = (page: number, text: string) => {
    const a = document.createElement('a');
    a.href = pageUrl(page);
    a.dataset.page = String(page);
    a.textContent = text;
    return a;
  };
  const step = (className: string, page: number, word: string, rel: string) => {
    const p = document.createElement('p');
    p.className = className;
    const a = link(page, word);
    a.rel = rel;
    const hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.textContent = ' page';
    a.append(hidden);
    p.append(a);
    return p;
  };
  const list = document.createElement('ul');
  list.className = 'pagination__list';
  for (const entry of pagerItems(current, pages)) {
    const li = document.createElement('li');
    if ('gap' in entry) {
      li.className = 'pagination__gap';
      li.textContent = '⋯';
    } else {
      li.className = `pagination__item${entry.current ? ' pagination__item--current' : ''}`;
      const a = link(entry.page, String(entry.page));
      a.setAttribute('aria-label', pageOfPages(entry.page, pages));
      if (entry.current) a.setAttribute('aria-current', 'page');
      li.append(a);
    }
    list.append(li);
  }
  if (current > 1) nav.append(step('pagination__prev', current - 1, 'Previous', 'prev'));
  nav.append(list);
  if (current < pages) nav.append(step('pagination__next', current + 1, 'Next', 'next'));
  return nav;
}

export function startExplorer(root: HTMLElement): void {
  const form = requireElement<HTMLFormElement>(root, '[data-explorer-filters]');
  const status = requireElement(root, '[data-explorer-status]');
  const table = requireElement<HTMLTableElement>(root, 'table');
  const tbody = requireElement<HTMLTableSectionElement>(table, 'tbody');
  const keyword = requireElement<HTMLInputElement>(form, 'input[name="q"]');
  const download = requireElement<HTMLAnchorElement>(root, '[data-explorer-download]');
  const pagerBox = requireElement(root, '[data-explorer-pager]');
  const sortSelect = requireElement<HTMLSelectElement>(form, '[data-explorer-sort]');
  const pageSize = Number(root.dataset.pageSize);
  const total = Number(root.dataset.total);
  const index = indexLoader(root.dataset.explorerIndex ?? '');
  // The page as the build wrote it, to show again when the history goes back to it.
  const built = {
    rows: [...tbody.rows],
    pager: [...pagerBox.childNodes],
    status: status.textContent ?? '',
    download: download.textContent ?? '',
  };
  const explorerPath = href(paths.recommendations());
  // The page the build wrote is at this path, without a query.
  const builtPath = location.pathname;
  const builtPage = Number(root.dataset.page);
  /** The page a URL asks for: its `page`, else the built page at the built path, else the first. */
  const pageOf = (at: Location) =>
    new URLSearchParams(at.search).has('page')
      ? pageFromQuery(at.search, Number.MAX_SAFE_INTEGER)
      : at.pathname === builtPath
        ? builtPage
        : 1;
  let state = explorerStateFromQuery(location.search);
  let page = pageOf(location);
  let manifest: ExplorerManifest | undefined;
  let shownIds: string[] = [];
  // Each change counts up, so rows that arrive for an older state are never shown.
  let change = 0;

  /** Whether the state asks for just what the built page shows: no keyword or filter, the first sort, the built page. */
  const asBuilt = () => !isFiltered(state) && state.sort === defaultExplorerSort && page === builtPage;
  const urlOf = (p: number) => {
    const query = new URLSearchParams(explorerQuery(state));
    if (p > 1) query.set('page', String(p));
    const text = query.toString();
    return `${explorerPath}${text ? `?${text}` : ''}`;
  };

  // Each sortable header becomes a button; aria-sort says which column orders the table.
  const headers = [...root.querySelectorAll<HTMLTableCellElement>('th[data-sort-key]')];
  for (const th of headers) {
    const key = th.dataset.sortKey;
    if (key === undefined) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const [current, direction] = state.sort.split('-');
      state = { ...state, sort: `${key}-${current === key && direction === 'asc' ? 'desc' : 'asc'}` as ExplorerSort };
      page = 1;
      void apply(true);
    });
  }

  /**
   * Shows the rows a state leaves, a page of them, and writes the state to the URL. The keyword matches as search's
   * whole matches do, with the index's abbreviations; each row's words are read the first time, then kept.
   */
  const show = (rows: readonly ExplorerShownRow[], push: boolean) => {
    const matching = matchingRows(rows, state, manifest?.acronyms ?? noAcronyms).sort((a, b) => compareRows(a, b, state.sort));
    const pages = pageCount(matching.length, pageSize);
    page = Math.min(page, pages);
    tbody.replaceChildren(...pageSlice(matching, page, pageSize).map(rowElement));
    const pager = pagerElement(page, pages, urlOf);
    pagerBox.replaceChildren(...(pager ? [pager] : []));
    shownIds = matching.map((r) => r.id);
    const filtered = isFiltered(state);
    download.textContent = downloadLabel(filtered ? matching.length : total, filtered);
    download.hidden = filtered && matching.length === 0;
    status.textContent = explorerStatus(matching.length, total, page, pageSize);
    const url = urlOf(page);
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  };

  /** The controls and headers as the state says. */
  const reflect = () => {
    for (const th of headers) {
      const [k, direction] = state.sort.split('-');
      if (th.dataset.sortKey === k) th.setAttribute('aria-sort', direction === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    for (const key of explorerFilterKeys) {
      const select = form.elements.namedItem(key) as HTMLSelectElement | null;
      if (select) select.value = state[key];
    }
    sortSelect.value = state.sort;
    // Never rewrite the box while someone is typing in it.
    if (document.activeElement !== keyword) keyword.value = state.q;
  };

  const apply = async (push: boolean) => {
    const mine = ++change;
    reflect();
    if (asBuilt()) {
      // The page as built: its rows, pager and words.
      tbody.replaceChildren(...built.rows);
      pagerBox.replaceChildren(...built.pager);
      status.textContent = built.status;
      download.textContent = built.download;
      download.hidden = false;
      shownIds = [];
      if (`${location.pathname}${location.search}` !== builtPath) history[push ? 'pushState' : 'replaceState'](null, '', builtPath);
      return;
    }
    const ready = index.ready(state, manifest);
    if (ready) return show(ready, push);
    table.setAttribute('aria-busy', 'true');
    status.textContent = `Loading all ${total} recommendations…`;
    try {
      manifest = await index.manifest();
      const rows = await index.rows(state);
      if (mine === change) show(rows, push);
    } catch {
      if (mine === change)
        status.textContent =
          'The recommendations could not be loaded to filter them. Reload the page to try again, or use the pages below.';
    } finally {
      if (mine === change) table.removeAttribute('aria-busy');
    }
  };

  const read = (): ExplorerState => {
    const value = (key: string) => (form.elements.namedItem(key) as HTMLSelectElement | null)?.value ?? '';
    return {
      q: keyword.value,
      addressee: value('addressee'),
      region: value('region'),
      pdu: value('pdu'),
      domain: value('domain'),
      year: value('year'),
      sort: explorerStateFromQuery(`?sort=${encodeURIComponent(sortSelect.value)}`).sort,
    };
  };

  form.hidden = false;
  // The control shows the order now; the sentence saying the pages are newest first is for a reader without JavaScript.
  for (const order of root.querySelectorAll<HTMLElement>('[data-explorer-order]')) order.hidden = true;
  form.addEventListener('change', () => {
    state = read();
    page = 1;
    void apply(true);
  });
  // While typing, the table follows each pause and the URL is replaced, not added to the history.
  let typing: ReturnType<typeof setTimeout> | undefined;
  keyword.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      state = read();
      page = 1;
      void apply(false);
    }, 150);
  });
  // The pager the script writes moves between pages of the rows that match, without leaving the page.
  pagerBox.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-page]');
    if (!link || !new URL(link.href).search) return;
    event.preventDefault();
    page = Number(link.dataset.page);
    void apply(true).then(() => status.scrollIntoView({ block: 'start' }));
  });
  // Filtered, the link gives just the rows that match, in their order: picked from the published CSV of every
  // recommendation, so the columns and cells are exactly those of the full download.
  download.addEventListener('click', async (event) => {
    if (!isFiltered(state)) return;
    event.preventDefault();
    try {
      const response = await fetch(download.href);
      if (!response.ok) throw new Error(`${download.href}: ${response.status}`);
      const csv = selectCsvRows(await response.text(), shownIds);
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const save = document.createElement('a');
      save.href = url;
      save.download = 'recommendations-selected.csv';
      document.body.append(save);
      save.click();
      save.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch {
      status.textContent = 'The download of these rows could not be made. Try again, or take every recommendation from the data page.';
    }
  });
  form.addEventListener('reset', () => {
    // The reset event fires before the controls are cleared.
    setTimeout(() => {
      state = { ...read(), sort: state.sort };
      page = 1;
      void apply(true);
    });
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  window.addEventListener('popstate', () => {
    state = explorerStateFromQuery(location.search);
    page = pageOf(location);
    void apply(false);
  });
  void apply(false);
}
