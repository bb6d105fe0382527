/**
 * The recommendations explorer (progressive enhancement): without JavaScript the page is the complete
 * table; with it, filters apply instantly, column headers sort, and both are written to the URL.
 */
import {
  compareRows,
  explorerFilterKeys,
  explorerQuery,
  explorerStatus,
  explorerStateFromQuery,
  rowMatches,
  type ExplorerRow,
  type ExplorerSort,
  type ExplorerState,
} from '../lib/url-state/explorer-state';
import { requireElement } from './dom';

export function startExplorer(root: HTMLElement): void {
  const form = requireElement<HTMLFormElement>(root, '[data-explorer-filters]');
  const status = requireElement(root, '[data-explorer-status]');
  const tbody = requireElement<HTMLTableSectionElement>(root, 'tbody');
  const trs = [...tbody.querySelectorAll<HTMLTableRowElement>('tr')];
  const rows = trs.map((tr): ExplorerRow & { tr: HTMLTableRowElement } => ({
    tr,
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
    let shown = 0;
    for (const row of sorted) {
      const visible = rowMatches(row, state);
      row.tr.hidden = !visible;
      if (visible) shown += 1;
      tbody.append(row.tr);
    }
    for (const th of headers) {
      const [k, direction] = state.sort.split('-');
      if (th.dataset.sortKey === k) th.setAttribute('aria-sort', direction === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    for (const key of explorerFilterKeys) {
      const select = form.elements.namedItem(key) as HTMLSelectElement | null;
      if (select) select.value = state[key];
    }
    status.textContent = explorerStatus(shown, rows.length);
    const url = `${location.pathname}${explorerQuery(state)}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  };

  const read = (): ExplorerState => {
    const value = (key: string) => (form.elements.namedItem(key) as HTMLSelectElement | null)?.value ?? '';
    return {
      addressee: value('addressee'),
      region: value('region'),
      pdu: value('pdu'),
      domain: value('domain'),
      year: value('year'),
      sort: state.sort,
    };
  };

  form.hidden = false;
  form.addEventListener('change', () => {
    state = read();
    apply(true);
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
