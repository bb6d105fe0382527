/**
 * The search page's behaviour (progressive enhancement): loads the Pagefind index, builds facet
 * checkboxes with counts, runs searches as the reader types or filters, and keeps the search in the URL.
 */
import { facetOrder, type FacetKey } from '../lib/url-state/search-facet-keys';
import {
  filtersLabel,
  isEmptySearch,
  pagefindFilters,
  pagefindSort,
  queryFromState,
  resultsSummary,
  stateFromQuery,
  type SearchState,
} from '../lib/url-state/search-state';
import { suggestQuery } from '../lib/url-state/suggest';
import { requireElement } from './dom';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (q: string | null, o: Record<string, unknown>) => Promise<PagefindSearch | null>;
  debouncedSearch: (q: string | null, o: Record<string, unknown>, ms: number) => Promise<PagefindSearch | null>;
}

const pageSize = 20;

export async function startSearch(root: HTMLElement): Promise<void> {
  // Both written by src/pages/search.astro from urls.ts: the base path, and the search index's script under it.
  const { base, script } = root.dataset;
  if (!base || !script) throw new Error('The search page has no data-base or data-script attribute.');
  const form = requireElement<HTMLFormElement>(root, 'form');
  const input = requireElement<HTMLInputElement>(root, '#search-q');
  const sortSelect = requireElement<HTMLSelectElement>(root, '[data-sort]');
  const status = requireElement(root, '[data-status]');
  const list = requireElement<HTMLOListElement>(root, '[data-results]');
  const more = requireElement<HTMLButtonElement>(root, '[data-more]');
  // `npm run dev` with no build yet: there is no index to load (the page says so).
  if (root.dataset.index === 'missing') {
    status.textContent = 'Search needs the index that npm run build makes.';
    return;
  }
  status.textContent = 'Loading search…';

  let pagefind: Pagefind;
  let allFilters: Record<string, Record<string, number>>;
  try {
    pagefind = (await import(/* @vite-ignore */ script)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 30 });
    await pagefind.init();
    allFilters = await pagefind.filters();
  } catch (error) {
    status.textContent = 'Search could not be loaded. Try reloading the page, or browse by region, PDU or domain.';
    throw new Error('Loading the search index failed', { cause: error });
  }
  root.querySelector('[data-facets-placeholder]')?.remove();
  const toggle = requireElement<HTMLButtonElement>(root, '[data-filters-toggle]');
  const facets = requireElement(root, '#search-facets');
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    facets.classList.toggle('search__facets--open', open);
  });
  root.classList.add('search--ready');

  let state = stateFromQuery(location.search);
  let shown = 0;
  let current: PagefindSearch | null = null;
  let run = 0;

  const setControls = () => {
    input.value = state.q;
    sortSelect.value = state.sort;
    for (const box of root.querySelectorAll<HTMLInputElement>('.facet input[type=checkbox]')) {
      box.checked = (state.filters[box.name as FacetKey] ?? []).includes(box.value);
    }
  };

  const readControls = (): SearchState => {
    const filters: SearchState['filters'] = {};
    for (const box of root.querySelectorAll<HTMLInputElement>('.facet input[type=checkbox]:checked')) {
      (filters[box.name as FacetKey] ??= []).push(box.value);
    }
    return { q: input.value.trim(), filters, sort: sortSelect.value as SearchState['sort'] };
  };

  // One checkbox per filter value, with the number of results it would give.
  for (const { key } of facetOrder) {
    const fieldset = requireElement<HTMLFieldSetElement>(root, `[data-facet="${key}"]`);
    const values = Object.keys(allFilters[key] ?? {}).sort((a, b) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'en-GB')));
    const options = requireElement(fieldset, '.facet__options');
    values.forEach((value, i) => {
      const id = `facet-${key}-${i}`;
      const row = document.createElement('div');
      row.className = 'facet__option';
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', id, name: key, value });
      const label = document.createElement('label');
      label.htmlFor = id;
      label.append(document.createTextNode(value), Object.assign(document.createElement('span'), { className: 'facet__count' }));
      row.append(box, label);
      options.append(row);
    });
    fieldset.hidden = values.length === 0;
  }

  /**
   * Counts per value as a reader expects of facets: values of one facet are alternatives (any of them),
   * so a facet's counts come from the search with every other facet applied but not its own.
   */
  const facetCounts = async (search: PagefindSearch | null): Promise<Record<string, Record<string, number>>> => {
    if (!search) return allFilters;
    const counts: Record<string, Record<string, number>> = { ...search.filters };
    for (const { key } of facetOrder) {
      if (!state.filters[key]?.length) continue;
      const others: SearchState = { ...state, filters: { ...state.filters, [key]: [] } };
      const result = isEmptySearch(others) ? null : await pagefind.search(state.q || null, { filters: pagefindFilters(others) });
      counts[key] = result ? (result.filters[key] ?? {}) : (allFilters[key] ?? {});
    }
    return counts;
  };

  // A value no result has is left out (unless it is ticked, so it can be unticked), and so is a filter left empty.
  const updateCounts = async (search: PagefindSearch | null) => {
    const counts = await facetCounts(search);
    for (const box of root.querySelectorAll<HTMLInputElement>('.facet input[type=checkbox]')) {
      const count = counts[box.name]?.[box.value] ?? 0;
      const span = box.labels?.[0]?.querySelector('.facet__count');
      if (span) span.textContent = ` (${count})`;
      const option = box.closest<HTMLElement>('.facet__option');
      if (option) option.hidden = count === 0 && !box.checked;
    }
    for (const fieldset of root.querySelectorAll<HTMLFieldSetElement>('.facet')) {
      fieldset.hidden = !fieldset.querySelector('.facet__option:not([hidden])');
    }
    toggle.textContent = filtersLabel(Object.values(state.filters).reduce((n, values) => n + (values?.length ?? 0), 0));
  };

  const renderMore = async () => {
    if (!current) return;
    const slice = current.results.slice(shown, shown + pageSize);
    const data = await Promise.all(slice.map((r) => r.data()));
    for (const d of data) list.append(resultItem(d));
    shown += slice.length;
    more.hidden = shown >= current.results.length;
  };

  // A word the letters never use gets the nearest words they do use (Pagefind then matches the other words
  // alone, so this helps even when there are results); with nothing found, the page also says what it covers.
  const suggestion = requireElement(root, '[data-suggestion]');
  const suggestionLink = requireElement<HTMLAnchorElement>(root, '[data-suggestion-link]');
  const noResults = requireElement(root, '[data-no-results]');
  let vocabulary: Promise<string[]> | undefined;
  const showHelp = async (nothing: boolean, mine: number) => {
    noResults.hidden = !nothing;
    suggestion.hidden = true;
    if (!state.q || !root.dataset.vocabulary) return;
    const url = root.dataset.vocabulary;
    vocabulary ??= fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<{ words: string[] }>) : { words: [] }))
      .then((v) => v.words)
      .catch(() => []);
    const suggested = suggestQuery(state.q, await vocabulary);
    if (mine !== run || !suggested) return;
    suggestionLink.textContent = suggested;
    suggestionLink.href = `${location.pathname}${queryFromState({ ...state, q: suggested })}`;
    suggestion.hidden = false;
  };

  const search = async (announce: boolean) => {
    const mine = ++run;
    if (isEmptySearch(state)) {
      void showHelp(false, mine);
      current = null;
      list.replaceChildren();
      more.hidden = true;
      await updateCounts(null);
      status.textContent = 'Type words to search for, or choose filters.';
      return;
    }
    const options = { filters: pagefindFilters(state), sort: pagefindSort(state.sort) };
    const result = await pagefind.search(state.q || null, options);
    if (mine !== run) return;
    // The suggestion and the "what the site covers" panel sit above the results: settle them first, so the
    // results never move down once shown.
    list.replaceChildren();
    await showHelp((result?.results.length ?? 0) === 0, mine);
    if (mine !== run) return;
    current = result;
    shown = 0;
    await renderMore();
    if (mine !== run) return;
    await updateCounts(result);
    if (mine !== run) return;
    if (announce) status.textContent = resultsSummary(result?.results.length ?? 0, state);
  };

  const commit = (push: boolean) => {
    const url = `${location.pathname}${queryFromState(state)}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    // Wait for typing to settle before searching and announcing, so a screen reader is not flooded.
    typing = setTimeout(() => {
      state = readControls();
      commit(false);
      void search(true);
    }, 350);
  });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    state = readControls();
    commit(true);
    void search(true);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    state = readControls();
    commit(true);
    void search(true);
  });
  more.addEventListener('click', () => void renderMore());
  window.addEventListener('popstate', () => {
    state = stateFromQuery(location.search);
    setControls();
    void search(true);
  });

  setControls();
  await search(true);
}

/** One result: kind, title linking to the page, breadcrumb and date, excerpt with the matched words marked. */
function resultItem(d: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'result';
  const kind = Object.assign(document.createElement('span'), {
    className: `kind kind--${(d.meta.kind ?? '').toLowerCase().replace(/[^a-z]+/g, '-')}`,
    textContent: d.meta.kind ?? '',
  });
  const title = document.createElement('h2');
  title.className = 'result__title';
  title.append(Object.assign(document.createElement('a'), { href: d.url, textContent: d.meta.title ?? d.url }));
  const meta = Object.assign(document.createElement('p'), {
    className: 'item__meta',
    textContent: [d.meta.breadcrumb, d.meta.date].filter(Boolean).join(' · '),
  });
  const excerpt = document.createElement('p');
  excerpt.className = 'result__excerpt';
  // Pagefind's excerpt is escaped page text with <mark> around matched words; keep only those marks.
  excerpt.innerHTML = d.excerpt.replace(/<(?!\/?mark>)[^>]*>/g, '');
  li.append(kind, title, meta, excerpt);
  return li;
}
