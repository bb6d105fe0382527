/**
 * The search page's behaviour (progressive enhancement): opens the site's search index
 * (src/scripts/search-index-client.ts), builds facet checkboxes with counts, runs searches as the reader types or
 * filters (src/lib/search/query.ts), and keeps the search in the URL.
 */
import { facetOrder, type FacetKey } from '../lib/search/facet-keys';
import {
  filtersLabel,
  isEmptySearch,
  partialHeading,
  queryFromState,
  resultsSummary,
  stateFromQuery,
  type SearchState,
} from '../lib/search/url-state';
import { suggestQuery } from '../lib/search/suggest';
import { excerpt } from '../lib/search/excerpt';
import { matchQuery, runSearch, type SearchOutcome } from '../lib/search/query';
import { parseQuery, type AcronymForms, type ParsedQuery } from '../lib/language/reading';
import type { Fragment } from '../lib/search/index-format';
import { openSearchIndex, type SearchIndex } from './search-index-client';
import { requireElement } from './dom';

/**
 * Results shown at a time ("Show more results" adds as many again). Each needs its fragment, and a letter's is its
 * whole text (about 13 KB compressed), so ten keep the first screen's transfer well under the 300 KB a search may
 * cost even when every result is a letter, and the first results appear sooner.
 */
const pageSize = 10;

/** What the search shows: the documents in order, and the query that found them (for the excerpts' marks). */
interface Shown {
  outcome: SearchOutcome;
  query: ParsedQuery;
  /** Whether a word of the query is in no document (so "did you mean" may have something to offer). */
  unknown: boolean;
}

export async function startSearch(root: HTMLElement): Promise<void> {
  // Both written by src/pages/search.astro from urls.ts: the base path, and the search index's folder under it.
  const { base, indexUrl } = root.dataset;
  if (!base || !indexUrl) throw new Error('The search page has no data-base or data-index-url attribute.');
  const form = requireElement<HTMLFormElement>(root, 'form');
  const input = requireElement<HTMLInputElement>(root, '#search-q');
  const sortSelect = requireElement<HTMLSelectElement>(root, '[data-sort]');
  const status = requireElement(root, '[data-status]');
  const list = requireElement<HTMLOListElement>(root, '[data-results]');
  // Results holding only some of the words go below a heading of their own, after those holding every word.
  const partialTitle = requireElement(root, '[data-partial-heading]');
  const partialList = requireElement<HTMLOListElement>(root, '[data-results-partial]');
  const more = requireElement<HTMLButtonElement>(root, '[data-more]');
  // `npm run dev` with no build yet: there is no index to load (the page says so).
  if (root.dataset.index === 'missing') {
    status.textContent = 'Search needs the index that npm run build makes.';
    return;
  }
  status.textContent = 'Loading search…';

  // The words "did you mean" suggests from: asked for only when a query holds a word no document holds (most searches
  // never need it), and settled before the results are shown.
  let vocabulary: Promise<string[]> | undefined;
  const loadVocabulary = (url: string) =>
    (vocabulary ??= fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<{ words: string[] }>) : { words: [] }))
      .then((v) => v.words)
      .catch(() => []));

  let index: SearchIndex;
  try {
    index = await openSearchIndex(indexUrl);
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
  let current: Shown | null = null;
  const { manifest, facets: docFacets } = index;
  /** Every value's count over the whole index: what the filters show before any search. */
  const allFilters = runSearch({
    matches: undefined,
    docCount: manifest.docs,
    facets: docFacets,
    values: manifest.facets,
    selection: {},
    order: 'newest',
  }).counts;
  /** The search a state asks for: its words' matches (fetching the chunks they fall in), filtered and ordered. */
  const find = async (s: SearchState): Promise<Shown> => {
    const parsed = parseQuery(s.q);
    const postings = s.q ? await index.postings(parsed) : [];
    const matches = s.q ? matchQuery(parsed, postings, manifest.docs) : undefined;
    // The excerpts mark what matched: a word's longer forms only where search used them (no document holds the word).
    const query = { ...parsed, words: parsed.words.map((w) => ({ ...w, prefix: w.prefix && !postings.some((p) => p.term === w.term) })) };
    const outcome = runSearch({
      matches,
      docCount: manifest.docs,
      facets: docFacets,
      values: manifest.facets,
      selection: s.filters,
      order: s.sort,
    });
    return { outcome, query, unknown: parsed.words.some((w) => !postings.some((p) => p.term === w.term)) };
  };
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

  // Each facet's counts come with the search (runSearch): with every other facet applied but not its own.
  const facetCounts = (shown: Shown | null): Record<string, Record<string, number>> => (shown ? shown.outcome.counts : allFilters);

  // A value no result has is left out (unless it is ticked, so it can be unticked), and so is a filter left empty.
  const updateCounts = (shown: Shown | null) => {
    const counts = facetCounts(shown);
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
    const { outcome, query } = current;
    const slice = outcome.docs.slice(shown, shown + pageSize);
    const fragments = await Promise.all(slice.map((doc) => index.fragment(doc)));
    // Another search may have started while the fragments came: its results are not these.
    if (current?.outcome !== outcome) return;
    fragments.forEach((f, i) => {
      const partial = shown + i >= outcome.whole;
      (partial ? partialList : list).append(resultItem(f, base, query, manifest.acronyms));
    });
    shown += slice.length;
    const partials = outcome.docs.length - outcome.whole;
    partialTitle.hidden = !(partials > 0 && shown > outcome.whole);
    partialTitle.textContent = partialHeading(partials);
    more.hidden = shown >= outcome.docs.length;
  };

  // A word the letters never use gets the nearest words they do use (search then matches the other words
  // alone, so this helps even when there are results); with nothing found, the page also says what it covers.
  const suggestion = requireElement(root, '[data-suggestion]');
  const suggestionLink = requireElement<HTMLAnchorElement>(root, '[data-suggestion-link]');
  const noResults = requireElement(root, '[data-no-results]');
  const showHelp = async (nothing: boolean, mine: number, unknown: boolean) => {
    noResults.hidden = !nothing;
    suggestion.hidden = true;
    if (!state.q || !unknown || !root.dataset.vocabulary) return;
    const suggested = suggestQuery(state.q, await loadVocabulary(root.dataset.vocabulary));
    if (mine !== run || !suggested) return;
    suggestionLink.textContent = suggested;
    suggestionLink.href = `${location.pathname}${queryFromState({ ...state, q: suggested })}`;
    suggestion.hidden = false;
  };

  const search = async (announce: boolean) => {
    const mine = ++run;
    if (isEmptySearch(state)) {
      void showHelp(false, mine, false);
      current = null;
      list.replaceChildren();
      partialList.replaceChildren();
      partialTitle.hidden = true;
      more.hidden = true;
      updateCounts(null);
      status.textContent = 'Type words to search for, or choose filters.';
      return;
    }
    const result = await find(state);
    if (mine !== run) return;
    // The suggestion and the "what the site covers" panel sit above the results: settle them first, so the
    // results never move down once shown.
    list.replaceChildren();
    partialList.replaceChildren();
    partialTitle.hidden = true;
    await showHelp(result.outcome.docs.length === 0, mine, result.unknown);
    if (mine !== run) return;
    current = result;
    shown = 0;
    await renderMore();
    if (mine !== run) return;
    updateCounts(result);
    if (announce) status.textContent = resultsSummary(result.outcome.docs.length, state, result.outcome.whole);
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

/** One result: kind, title linking to the page, breadcrumb and date, excerpt of its own words with the matched ones marked. */
function resultItem(f: Fragment, base: string, query: ParsedQuery, acronyms: readonly AcronymForms[]): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'result';
  const kind = Object.assign(document.createElement('span'), {
    className: `kind kind--${f.kind.toLowerCase().replace(/[^a-z]+/g, '-')}`,
    textContent: f.kind,
  });
  const title = document.createElement('h2');
  title.className = 'result__title';
  title.append(Object.assign(document.createElement('a'), { href: `${base}${f.url}`, textContent: f.title }));
  const meta = Object.assign(document.createElement('p'), {
    className: 'item__meta',
    textContent: [f.breadcrumb, f.date].filter(Boolean).join(' · '),
  });
  const text = document.createElement('p');
  text.className = 'result__excerpt';
  // The excerpt is escaped text with <mark> around matched words; keep only those marks, whatever happens.
  text.innerHTML = excerpt(f.paragraphs, query, acronyms).replace(/<(?!\/?mark>)[^>]*>/g, '');
  li.append(kind, title, meta, text);
  return li;
}
