/**
 * The recommendations explorer (progressive enhancement): without JavaScript the page is the complete
 * table and links the CSV of every recommendation; with it, the keyword and filters apply instantly, column
 * headers sort, all of it is written to the URL, and the download gives just the rows shown.
 */
import { selectCsvRows } from '../lib/publishing/csv-select';
import {
  compareRows,
  downloadLabel,
  explorerFilterKeys,
  explorerMatcher,
  explorerQuery,
  explorerStatus,
  explorerStateFromQuery,
  isFiltered,
  keywordText,
  type ExplorerRow,
  type ExplorerSort,
  type ExplorerState,
} from '../lib/url-state/explorer-state';
import { requireElement } from './dom';

export function startExplorer(root: HTMLElement): void {
  const form = requireElement<HTMLFormElement>(root, '[data-explorer-filters]');
  const status = requireElement(root, '[data-explorer-status]');
  const tbody = requireElement<HTMLTableSectionElement>(root, 'tbody');
  const keyword = requireElement<HTMLInputElement>(form, 'input[name="q"]');
  const download = requireElement<HTMLAnchorElement>(root, '[data-explorer-download]');
  const trs = [...tbody.querySelectorAll<HTMLTableRowElement>('tr')];
  const rows = trs.map((tr): ExplorerRow & { tr: HTMLTableRowElement; id: string } => ({
    tr,
    id: tr.dataset.id ?? '',
    text: keywordText(tr.cells[1]?.textContent ?? ''),
    addressee: tr.dataset.addressee ?? '',
    region: tr.dataset.region ?? '',
    pdu: tr.dataset.pdu ?? '',
    domains: (tr.dataset.domains ?? '').split(' ').filter(Boolean),
    year: tr.dataset.year ?? '',
    date: tr.dataset.date ?? '',
    number: Number(tr.dataset.number),
    index: Number(tr.dataset.index),
  }));
  // Sorting by name columns uses the names shown, not the ids.
  const sortValue = (row: (typeof rows)[number], key: string) => row.tr.dataset[`sort${key.charAt(0).toUpperCase()}${key.slice(1)}`];
  let state = explorerStateFromQuery(location.search);

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
      apply(true);
    });
  }

  const apply = (push: boolean) => {
    // The column a sort orders by: "date" in "date-desc".
    const key = state.sort.slice(0, state.sort.indexOf('-'));
    const sorted = [...rows].sort((a, b) => {
      const named = sortValue(a, key);
      if (named !== undefined) return compareRows({ ...a, [key]: named }, { ...b, [key]: sortValue(b, key) }, state.sort);
      return compareRows(a, b, state.sort);
    });
    const matches = explorerMatcher(state);
    shownIds = [];
    for (const row of sorted) {
      const visible = matches(row);
      row.tr.hidden = !visible;
      if (visible) shownIds.push(row.id);
      tbody.append(row.tr);
    }
    const shown = shownIds.length;
    const filtered = isFiltered(state);
    download.textContent = downloadLabel(filtered ? shown : rows.length, filtered);
    download.hidden = filtered && shown === 0;
    for (const th of headers) {
      const [k, direction] = state.sort.split('-');
      if (th.dataset.sortKey === k) th.setAttribute('aria-sort', direction === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    for (const key of explorerFilterKeys) {
      const select = form.elements.namedItem(key) as HTMLSelectElement | null;
      if (select) select.value = state[key];
    }
    // Never rewrite the box while someone is typing in it.
    if (document.activeElement !== keyword) keyword.value = state.q;
    status.textContent = explorerStatus(shown, rows.length);
    const url = `${location.pathname}${explorerQuery(state)}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
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
      sort: state.sort,
    };
  };

  let shownIds: string[] = [];
  form.hidden = false;
  form.addEventListener('change', () => {
    state = read();
    apply(true);
  });
  // While typing, the table follows each pause and the URL is replaced, not added to the history.
  let typing: ReturnType<typeof setTimeout> | undefined;
  keyword.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      state = read();
      apply(false);
    }, 150);
  });
  // Filtered, the link gives just the rows shown, in their order: picked from the published CSV of every
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
      apply(true);
    });
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  window.addEventListener('popstate', () => {
    state = explorerStateFromQuery(location.search);
    apply(false);
  });
  apply(false);
}
