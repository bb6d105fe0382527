import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formMarks } from '../../../../src/lib/charts/form-marks';
import { chartForms } from '../../../../src/lib/charts/forms';
import { classesOf, marksToSvg, type Mark } from '../../../../src/lib/charts/marks';
import { groupClasses, labelPlacement, presentational, shapeStyles, textStyles } from '../../../../src/lib/images/chart-style';
import { siteCharts } from '../../../../src/lib/charts/catalogue';
import { modelOf, root } from '../../../support';
import { charts } from './model';

/** Every mark of a tree, depth first. */
const everyMark = (marks: readonly Mark[]): Mark[] => marks.flatMap((m) => [m, ...everyMark(m.children ?? [])]);

// The seed's charts and the synthetic corpus's, which has PDUs inspected more than once (the score history's forms)
// and regions of many PDUs (the compact matrix).
const corpus = siteCharts(modelOf(`${root}tests/fixtures/corpus/letters`));
const forms = [...charts.all, ...corpus.all].flatMap((chart) =>
  chartForms(chart).map((form) => ({ chart, form, marks: formMarks(chart, form) })),
);

describe('the charts’ one renderer', () => {
  it('draws every form of every chart of the seed and the corpus, and each class it uses has a look for the downloaded files', () => {
    expect(new Set(forms.map((f) => f.form.form))).toEqual(
      new Set(['bars', 'stacked-bars', 'grid', 'blocks', 'compact', 'line', 'line-rows']),
    );
    const known = (c: string) =>
      c in textStyles ||
      c in shapeStyles ||
      groupClasses.has(c) ||
      /^r-(outstanding|good|requires-improvement|inadequate|not-rated|none)$/.test(c);
    for (const { chart, form, marks } of forms)
      for (const c of everyMark(marks).flatMap(classesOf)) expect(known(c), `${chart.id} (${form.form}) draws class "${c}"`).toBe(true);
  });

  it('writes the downloaded files’ marks with no class, no style and none of the page’s data attributes, as valid XML', () => {
    for (const { form, marks } of forms) {
      const svg = marksToSvg(presentational(form.form, marks));
      expect(svg).not.toMatch(/\s(class|style|data-[a-z-]+)[=\s>]/);
      // Every start tag in XML's form: each attribute has its quoted value (a bare flag is HTML only).
      for (const [tag] of svg.matchAll(/<[a-z][^>]*>/g)) expect(tag).toMatch(/^<[a-z]+(\s[a-z][a-z0-9:-]*="[^"]*")*>$/);
    }
  });

  it('places the labels of each form where global.css places them on the page', () => {
    const css = readFileSync(`${root}src/styles/global.css`, 'utf8');
    const fromCss: Record<string, Record<string, Record<string, string>>> = {};
    for (const [, selectors = '', body = ''] of css.matchAll(/((?:\[data-form='[a-z-]+'\] \.[a-z-]+,?\s*)+)\{([^}]*)\}/g)) {
      const declarations = Object.fromEntries([...body.matchAll(/([a-z-]+):\s*([^;]+);/g)].map(([, k = '', v = '']) => [k, v.trim()]));
      for (const [, form = '', cls = ''] of selectors.matchAll(/\[data-form='([a-z-]+)'\] \.([a-z-]+)/g))
        Object.assign(((fromCss[form] ??= {})[cls] ??= {}), declarations);
    }
    expect(fromCss).toEqual(labelPlacement);
  });
});
