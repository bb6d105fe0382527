/**
 * The compare page (progressive enhancement): reads the selection from the URL (?pdus=wigan,tameside),
 * shows the build-time charts and tables for just those PDUs or regions, and keeps the URL in step.
 */
import { readDrawnChart, relayoutChart } from '../lib/charts/layout';
import {
  comparisonHeading,
  selectionFromQuery,
  selectionProblem,
  selectionCsvName,
  selectionQuery,
  type Selection,
} from '../lib/url-state/compare-selection';
import { toCsv } from '../lib/publishing/csv';
import { requireElement } from './dom';

export function startCompare(form: HTMLFormElement): void {
  const section = requireElement(document, '[data-comparison]');
  const heading = requireElement(document, '[data-comparison-heading]');
  const message = requireElement(form, '[data-compare-message]');
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const known = {
    pdus: boxes.filter((b) => b.name === 'pdus').map((b) => b.value),
    regions: boxes.filter((b) => b.name === 'regions').map((b) => b.value),
  };
  const nameOf = (box: HTMLInputElement) => box.labels?.[0]?.firstChild?.textContent?.trim() ?? box.value;

  const render = (selection: Selection) => {
    for (const box of boxes) box.checked = box.name === selection.kind && selection.ids.includes(box.value);
    const problem = selection.ids.length ? selectionProblem(selection, known) : undefined;
    message.textContent = problem ?? '';
    if (problem || !selection.ids.length) {
      section.hidden = true;
      return;
    }
    const attr = selection.kind === 'pdus' ? 'pdu' : 'region';
    const chosen = new Set(selection.ids);
    const shows = (el: Element) => chosen.has(el.getAttribute(`data-${attr}`) ?? '');
    heading.textContent = comparisonHeading(boxes.filter((b) => b.checked).map(nameOf));

    for (const svg of section.querySelectorAll<SVGSVGElement>('svg.chart-svg')) relayout(svg, shows);
    for (const figure of section.querySelectorAll<HTMLElement>('figure.chart')) {
      const rows = [...figure.querySelectorAll<HTMLTableRowElement>('tbody tr')];
      for (const row of rows) row.hidden = !shows(row);
      // The CSV link offers exactly the rows shown.
      const table = requireElement<HTMLTableElement>(figure, 'table');
      const head = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
      const body = rows.filter((r) => !r.hidden).map((r) => [...r.cells].map((c) => c.textContent ?? ''));
      const link = requireElement<HTMLAnchorElement>(figure, 'a[data-csv]');
      link.download = selectionCsvName(figure.id, selection);
      offerCsv(link, toCsv(head, body));
    }
    for (const [key, wrap] of [
      ['pdus', '[data-figures-pdus]'],
      ['regions', '[data-figures-regions]'],
    ] as const) {
      const el = section.querySelector<HTMLElement>(wrap);
      if (!el) continue;
      el.hidden = key !== selection.kind;
      for (const cell of el.querySelectorAll(`[data-${attr}]`)) (cell as HTMLElement).hidden = !shows(cell);
      for (const row of el.querySelectorAll<HTMLTableRowElement>('tbody tr')) {
        row.hidden = ![...row.querySelectorAll('td')].some((td) => !td.hidden && td.dataset.stated);
      }
    }
    section.hidden = false;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const pdus = boxes.filter((b) => b.checked && b.name === 'pdus').map((b) => b.value);
    const regions = boxes.filter((b) => b.checked && b.name === 'regions').map((b) => b.value);
    const selection: Selection = pdus.length ? { kind: 'pdus', ids: pdus } : { kind: 'regions', ids: regions };
    history.pushState(null, '', `${location.pathname}${selectionQuery(selection)}`);
    render(selection);
    if (!section.hidden) heading.focus();
  });
  window.addEventListener('popstate', () => render(selectionFromQuery(location.search)));
  heading.tabIndex = -1;
  const initial = selectionFromQuery(location.search);
  // Normalise the form's own submission (?pdus=a&pdus=b) to the canonical ?pdus=a,b.
  if (initial.ids.length) history.replaceState(null, '', `${location.pathname}${selectionQuery(initial)}`);
  render(initial);
}

/**
 * Points a download link at a CSV of just the rows shown, as an object URL. Each object URL is revoked once it is
 * done with: when a new selection replaces it, and just after a click has started its download (the link then gets
 * a fresh one for the next click).
 */
function offerCsv(link: HTMLAnchorElement, csv: string): void {
  if (link.href.startsWith('blob:')) URL.revokeObjectURL(link.href);
  const point = () => {
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
  };
  point();
  link.onclick = () => {
    const used = link.href;
    // The download reads the URL in the click's default action, which runs after this handler and before the timeout.
    setTimeout(() => {
      URL.revokeObjectURL(used);
      point();
    }, 0);
  };
}

/** Shows only the chosen rows of a build-time chart and closes up the gaps (src/lib/charts/layout.ts does the sums). */
function relayout(svg: SVGSVGElement, shows: (el: Element) => boolean): void {
  const rows = [...svg.querySelectorAll<SVGGElement>('g.matrix-row, g.bar')];
  if (!rows.length) return;
  const layout = relayoutChart(
    readDrawnChart(
      (name) => svg.getAttribute(name),
      svg.viewBox.baseVal.width,
      rows.map((row) => shows(row)),
    ),
  );
  rows.forEach((row, i) => {
    const y = layout.rows[i];
    row.style.display = y === undefined ? 'none' : '';
    if (y !== undefined) row.setAttribute('transform', `translate(0 ${y})`);
  });
  if (layout.axis) {
    for (const line of svg.querySelectorAll<SVGLineElement>('[data-axis-group] line')) line.setAttribute('y2', String(layout.axis.bottom));
    for (const text of svg.querySelectorAll<SVGTextElement>('[data-axis-group] text')) text.setAttribute('y', String(layout.axis.tickY));
  }
  svg.setAttribute('viewBox', layout.viewBox);
  svg.setAttribute('height', String(layout.drawnHeight));
}
