/**
 * What each form of a chart draws, from its geometry: the one renderer of the charts. The page writes these marks with
 * their classes (ChartSvg.astro; global.css colours them and places the labels by form), and the standalone SVG and
 * PNG files write the same marks with the classes turned into attributes (src/lib/images/chart-svg.ts).
 */
import type { ChartForm } from './forms';
import type { Chart } from './types';
import { cellId, cellRatings, formKey, type CellRating } from './defs';
import { barLayout, matrixLayout, rowAttributes } from './layout';
import { mark, type Mark } from './marks';
import { svgNumber as n } from './svg';
import { chartText } from './text';
import { ratingAbbreviations } from '../language/vocabulary';

type FormOf<F extends ChartForm['form']> = Extract<ChartForm, { form: F }>;

/** A rating's class on a mark: `r-good`, or `r-none` for a bar that is not a rating. */
const ratingClass = (rating: string | undefined): string => (rating ? `r-${rating}` : 'r-none');

/**
 * A matrix form's cell templates (defs.ts): for each rating its cells show, a box on the rating's colour with its
 * abbreviation centred in it, drawn at each cell with `<use>`. The box's top is at `y` (0 unless every cell of the form
 * is as far down its row).
 */
function cellDefs(key: string, ratings: readonly CellRating[], width: number, height: number, y = 0): Mark {
  return mark(
    'defs',
    {},
    ratings.map((rating) =>
      mark('g', { id: cellId(key, rating), class: `cell r-${rating}` }, [
        mark('rect', { y: y ? n(y) : undefined, width: n(width), height: n(height), rx: '2' }),
        mark(
          'text',
          { x: n(width / 2), y: n(y + height / 2), 'text-anchor': 'middle', 'dominant-baseline': 'central' },
          ratingAbbreviations[rating],
        ),
      ]),
    ),
  );
}

/** A use of a cell template. */
const cellUse = (key: string, rating: CellRating | undefined, at: { x?: number; y?: number }): Mark =>
  mark('use', {
    href: `#${cellId(key, rating ?? 'not-rated')}`,
    x: at.x === undefined ? undefined : n(at.x),
    y: at.y === undefined ? undefined : n(at.y),
  });

/** The wide bar chart: labels left of the bars, ticks under them, an optional reference line through every bar. */
function barMarks(chart: Chart, g: FormOf<'bars'>['geometry']): Mark[] {
  return [
    mark(
      'g',
      { class: 'axis', 'data-axis-group': true },
      g.ticks.map((t) =>
        mark('g', {}, [
          mark('line', { class: 'gridline', x1: n(t.x), x2: n(t.x), y1: n(g.plot.y), y2: n(g.plot.y + g.plot.height) }),
          mark('text', { class: 'tick', x: n(t.x), y: n(g.plot.y + g.plot.height + barLayout.tickOffset) }, t.label),
        ]),
      ),
    ),
    ...g.groups.map((group) => mark('text', { class: 'group-label', x: '1', y: n(group.y) }, group.label)),
    ...g.bars.map((b) =>
      mark('g', { class: 'bar', ...rowAttributes(chart.filterable, b), transform: `translate(0 ${n(b.y)})` }, [
        mark('text', { class: 'bar-label', x: n(b.x - barLayout.labelGap), y: n(b.barHeight / 2) }, b.label),
        ...(b.sublabel
          ? [
              mark(
                'text',
                { class: 'bar-sublabel', x: n(b.x - barLayout.labelGap), y: n(b.barHeight / 2 + barLayout.sublabelOffset) },
                b.sublabel,
              ),
            ]
          : []),
        mark('rect', { class: `bar-rect ${ratingClass(b.rating)}`, x: n(b.x), width: n(b.barWidth), height: n(b.barHeight) }),
        ...(g.reference
          ? [
              mark('line', {
                class: 'reference-line',
                x1: n(g.reference.x),
                x2: n(g.reference.x),
                y1: n(-barLayout.rowGap / 2),
                y2: n(b.rowHeight + barLayout.rowGap / 2),
              }),
              mark('rect', {
                class: 'backdrop',
                x: n(b.x + b.barWidth + barLayout.valueGap - 2),
                y: n(b.barHeight / 2 - chartText.line.size / 2),
                width: n(b.valueWidth + 4),
                height: n(chartText.line.size),
              }),
            ]
          : []),
        mark('text', { class: 'bar-value', x: n(b.x + b.barWidth + barLayout.valueGap), y: n(b.barHeight / 2) }, b.valueLabel),
      ]),
    ),
    ...(g.reference
      ? [mark('text', { class: 'reference-label', x: n(g.reference.x + 4), y: n(g.reference.labelY) }, g.reference.label)]
      : []),
  ];
}

/** The narrow bar chart: each bar under its name and value, over gridlines drawn once and used at every bar. */
function stackedBarMarks(chart: Chart, key: string, g: FormOf<'stacked-bars'>['geometry']): Mark[] {
  const textClass = { label: 'bar-name', sublabel: 'bar-sublabel', value: 'bar-value', heading: 'group-label' } as const;
  const overhang = 3;
  const height = Math.max(0, ...g.bars.map((b) => b.bar.height + 2 * overhang));
  return [
    mark('defs', {}, [
      mark('path', { id: `${key}-grid`, class: 'gridline', d: g.ticks.map((t) => `M${n(t.x)} 0v${n(height)}`).join('') }, []),
      ...(g.reference
        ? [mark('line', { id: `${key}-ref`, class: 'reference-line', x1: n(g.reference.x), x2: n(g.reference.x), y2: n(height) })]
        : []),
    ]),
    mark(
      'g',
      { class: 'axis', 'data-axis-group': true },
      g.ticks.map((t) => mark('text', { class: 'tick', x: n(t.x), y: n(g.plot.tickY) }, t.label)),
    ),
    ...(g.reference
      ? [mark('text', { class: 'reference-label', x: n(g.reference.labelX), y: n(g.plot.tickY + g.reference.labelDy) }, g.reference.label)]
      : []),
    ...g.groups.map((group) => mark('text', { class: 'group-label', x: '1', y: n(group.y) }, group.label)),
    ...g.bars.map((b) =>
      mark('g', { class: 'bar', ...rowAttributes(chart.filterable, b), transform: `translate(0 ${n(b.y)})` }, [
        ...b.lines.map((l) => mark('text', { class: textClass[l.kind], x: n(l.x), y: n(l.y) }, l.text)),
        mark('use', { href: `#${key}-grid`, y: n(b.bar.y - overhang) }),
        mark('rect', {
          class: `bar-rect ${ratingClass(b.rating)}`,
          x: n(g.plot.x),
          y: n(b.bar.y),
          width: n(b.bar.width),
          height: n(b.bar.height),
        }),
        ...(g.reference ? [mark('use', { href: `#${key}-ref`, y: n(b.bar.y - overhang) })] : []),
      ]),
    ),
  ];
}

/** The wide matrix: a row per PDU, a column per standard, each cell its rating's abbreviation on its colour. */
function gridMarks(chart: Chart, key: string, g: FormOf<'grid'>['geometry']): Mark[] {
  const labelX = g.labelWidth - matrixLayout.labelGap;
  return [
    cellDefs(key, cellRatings(g.rows.flatMap((r) => r.cells)), g.cell.width, g.cell.height),
    ...g.columns.map((c) => mark('text', { class: 'column-label', x: n(c.x + c.width / 2), y: n(g.header - 10) }, c.label)),
    ...g.rows.map((row) =>
      mark('g', { class: 'matrix-row', ...rowAttributes(chart.filterable, row), transform: `translate(0 ${n(row.y)})` }, [
        mark(
          'text',
          { class: 'row-label', x: n(labelX), y: n(row.sublabel ? row.height / 2 + matrixLayout.dated.label : row.height / 2) },
          row.label,
        ),
        ...(row.sublabel
          ? [mark('text', { class: 'row-sublabel', x: n(labelX), y: n(row.height / 2 + matrixLayout.dated.sublabel) }, row.sublabel)]
          : []),
        ...row.cells.map((cell) => cellUse(key, cell.rating, { x: cell.x })),
      ]),
    ),
  ];
}

/** The compact matrix: each row's name above its cells. */
function compactMarks(chart: Chart, key: string, g: FormOf<'compact'>['geometry']): Mark[] {
  return [
    cellDefs(key, cellRatings(g.rows.flatMap((r) => r.cells)), g.cell.width, g.cell.height, g.cell.y),
    ...g.columns.map((c) => mark('text', { class: 'column-label', x: n(c.x + c.width / 2), y: n(g.headY) }, c.label)),
    ...g.rows.map((row) =>
      mark('g', { class: 'matrix-row', ...rowAttributes(chart.filterable, row), transform: `translate(0 ${n(row.y)})` }, [
        ...row.lines.map((l) => mark('text', { class: l.kind === 'label' ? 'row-name' : 'row-sublabel', x: n(l.x), y: n(l.y) }, l.text)),
        ...row.cells.map((cell) => cellUse(key, cell.rating, { x: cell.x })),
      ]),
    ),
  ];
}

/** The matrix as blocks: a block per PDU, a line per standard with its rating's cell. */
function blockMarks(chart: Chart, key: string, g: FormOf<'blocks'>['geometry']): Mark[] {
  return [
    cellDefs(key, cellRatings(g.blocks.flatMap((b) => b.items)), g.swatch.width, g.swatch.height),
    ...g.blocks.map((block) =>
      mark('g', { class: 'matrix-row', ...rowAttributes(chart.filterable, block), transform: `translate(0 ${n(block.y)})` }, [
        ...block.heading.map((l) =>
          mark('text', { class: l.kind === 'heading' ? 'block-heading' : 'row-sublabel', x: n(l.x), y: n(l.y) }, l.text),
        ),
        ...block.items.flatMap((item) => [
          cellUse(key, item.rating, { y: item.y + (item.height - g.swatch.height) / 2 }),
          ...item.lines.map((l) => mark('text', { class: 'standard-name', x: n(l.x), y: n(item.y + l.y) }, l.text)),
        ]),
      ]),
    ),
  ];
}

/** The score history, time across: a line through a dot per inspection, each dot labelled with its score. */
function lineMarks(g: FormOf<'line'>['geometry']): Mark[] {
  return [
    ...g.yTicks.map((t) =>
      mark('g', { class: 'axis' }, [
        mark('line', { class: 'gridline', x1: n(g.plot.x), x2: n(g.plot.x + g.plot.width), y1: n(t.y), y2: n(t.y) }),
        mark('text', { class: 'tick', x: n(g.plot.x - 6), y: n(t.y), 'text-anchor': 'end', 'dominant-baseline': 'middle' }, t.label),
      ]),
    ),
    mark('path', { class: 'line', d: g.path }, []),
    ...g.points.map((p) =>
      mark('g', { class: 'point' }, [
        mark('circle', { class: `r-${p.rating}`, cx: n(p.x), cy: n(p.y), r: '6' }),
        mark('rect', {
          class: 'backdrop',
          x: n(p.x - p.sublabelWidth / 2 - 2),
          y: n(p.y - 12 - chartText.size * 0.85),
          width: n(p.sublabelWidth + 4),
          height: n(chartText.line.size - 1),
        }),
        mark('text', { class: 'point-value', x: n(p.x), y: n(p.y - 12), 'text-anchor': 'middle' }, p.sublabel),
        mark('text', { class: 'tick', x: n(p.x), y: n(g.plot.y + g.plot.height + 20), 'text-anchor': 'middle' }, p.label),
      ]),
    ),
  ];
}

/** The score history, a row per inspection: its date and score above a track with its dot, the line joining the dots. */
function lineRowMarks(key: string, g: FormOf<'line-rows'>['geometry']): Mark[] {
  const lineBox = { ascent: chartText.size * 0.85, height: chartText.line.size - 1 };
  return [
    mark('defs', {}, [
      mark('path', { id: `${key}-grid`, class: 'gridline', d: g.ticks.map((t) => `M${n(t.x)} 0v${n(g.trackHeight)}`).join('') }, []),
    ]),
    mark(
      'g',
      { class: 'axis' },
      g.ticks.map((t) => mark('text', { class: 'tick', x: n(t.x), y: n(g.plot.tickY) }, t.label)),
    ),
    ...g.rows.map((row) => mark('use', { href: `#${key}-grid`, y: n(row.y + row.track) })),
    mark('path', { class: 'line', d: g.path }, []),
    ...g.rows.map((row) =>
      mark('g', { class: 'point-row', transform: `translate(0 ${n(row.y)})` }, [
        ...row.lines.map((l) =>
          mark('rect', {
            class: 'backdrop',
            x: n(l.x - 2),
            y: n(l.y - lineBox.ascent),
            width: n((l.width ?? 0) + 4),
            height: n(lineBox.height),
          }),
        ),
        ...row.lines.map((l) => mark('text', { class: l.kind === 'label' ? 'point-label' : 'point-value', x: n(l.x), y: n(l.y) }, l.text)),
      ]),
    ),
    ...g.rows.map((row) =>
      mark('circle', { class: `r-${row.dot.rating}`, cx: n(row.dot.x), cy: n(row.y + row.track + g.trackHeight / 2), r: '6' }),
    ),
  ];
}

/** The marks of one form of a chart, from its geometry (the same for the page and for the downloaded files). */
export function formMarks(chart: Chart, form: ChartForm): Mark[] {
  const key = formKey(chart.id, form.form);
  switch (form.form) {
    case 'bars':
      return barMarks(chart, form.geometry);
    case 'stacked-bars':
      return stackedBarMarks(chart, key, form.geometry);
    case 'grid':
      return gridMarks(chart, key, form.geometry);
    case 'compact':
      return compactMarks(chart, key, form.geometry);
    case 'blocks':
      return blockMarks(chart, key, form.geometry);
    case 'line':
      return lineMarks(form.geometry);
    case 'line-rows':
      return lineRowMarks(key, form.geometry);
  }
}
