/**
 * The compare page (progressive enhancement): reads the selection from the URL (?pdus=wigan,tameside),
 * shows the build-time charts and tables for just those PDUs or regions, and keeps the URL in step.
 */
import { selectionFromQuery, selectionProblem, selectionQuery, type Selection } from '../lib/model/comparison';
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
  const blobUrls: string[] = [];

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
    const names = boxes.filter((b) => b.checked).map(nameOf);
    heading.textContent = `Comparing ${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

    for (const svg of section.querySelectorAll<SVGSVGElement>('svg.chart-svg')) relayout(svg, shows);
    for (const figure of section.querySelectorAll<HTMLElement>('figure.chart')) {
      const rows = [...figure.querySelectorAll<HTMLTableRowElement>('tbody tr')];
      for (const row of rows) row.hidden = !shows(row);
      // The CSV link offers exactly the rows shown.
      const table = requireElement<HTMLTableElement>(figure, 'table');
      const head = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
      const body = rows.filter((r) => !r.hidden).map((r) => [...r.cells].map((c) => c.textContent ?? ''));
      const link = requireElement<HTMLAnchorElement>(figure, 'a[data-csv]');
      const url = URL.createObjectURL(new Blob([toCsv(head, body)], { type: 'text/csv' }));
      blobUrls.push(url);
      link.href = url;
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

/** Shows only the chosen rows of a build-time chart and closes up the gaps, keeping the geometry's spacing. */
function relayout(svg: SVGSVGElement, shows: (el: Element) => boolean): void {
  const rows = [...svg.querySelectorAll<SVGGElement>('g.matrix-row, g.bar')];
  const [first] = rows;
  if (!first) return;
  const matrix = first.classList.contains('matrix-row');
  const top = Number(matrix ? svg.dataset.header : svg.dataset.top);
  const step = Number(matrix ? svg.dataset.rowHeight : svg.dataset.step);
  let i = 0;
  for (const row of rows) {
    const visible = shows(row);
    row.style.display = visible ? '' : 'none';
    if (visible) row.setAttribute('transform', `translate(0 ${top + step * i++})`);
  }
  const width = svg.viewBox.baseVal.width;
  const height = matrix ? top + step * i + 4 : top + step * i - (step - 22) + Number(svg.dataset.axis);
  if (!matrix) {
    const bottom = top + step * i - (step - 22);
    for (const line of svg.querySelectorAll<SVGLineElement>('[data-axis-group] line')) line.setAttribute('y2', String(bottom));
    for (const text of svg.querySelectorAll<SVGTextElement>('[data-axis-group] text')) text.setAttribute('y', String(bottom + 18));
  }
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('height', String(height));
}
