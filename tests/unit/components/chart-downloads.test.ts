/**
 * A chart's downloaded SVG (and so its PNG, drawn from it) looks as the chart does on the page: each mark of the
 * download, read in Chromium without any stylesheet, has the colours, strokes, sizes, weights and placement that
 * global.css gives the same mark on the page (src/lib/images/chart-style.ts writes them as attributes).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import ChartFigure from '../../../src/components/charts/ChartFigure.astro';
import { formMarks } from '../../../src/lib/charts/form-marks';
import { chartForms } from '../../../src/lib/charts/forms';
import { marksToSvg } from '../../../src/lib/charts/marks';
import { chartCredit } from '../../../src/lib/build/image-jobs';
import { standaloneChartSvg } from '../../../src/lib/images/chart-svg';
import { presentational } from '../../../src/lib/images/chart-style';
import { imageFonts } from '../../../src/lib/typesetting/fonts';
import { must } from '../../../src/lib/must';
import { downloadExamples } from '../../fixtures/components/examples';
import { closeBrowser, newBlankPage, renderedPage } from './render';

afterAll(closeBrowser);

/**
 * Each mark drawn under the element `root` selects (its shapes and texts; groups, templates' uses and definitions
 * draw nothing themselves), in document order: its tag and how it looks, as Chromium computes it. A text's look is
 * its fill, size, weight and placement; a shape's its fill (but a line's) and stroke; a stroke's width and dashes where it has one.
 */
function marksUnder(page: Page, root: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const top = document.querySelector(selector);
    if (!top) throw new Error(`no ${selector}`);
    const drawn = ['rect', 'circle', 'ellipse', 'line', 'path', 'polyline', 'polygon', 'text', 'tspan'];
    return [...top.querySelectorAll('*')]
      .filter((e) => drawn.includes(e.tagName))
      .map((e) => {
        const style = getComputedStyle(e);
        const text = e.tagName === 'text' || e.tagName === 'tspan';
        const stroked = style.stroke !== 'none';
        // A line's fill draws nothing.
        const properties = [
          ...(e.tagName === 'line' ? [] : ['fill']),
          'stroke',
          ...(stroked ? ['stroke-width', 'stroke-dasharray'] : []),
          ...(text ? ['font-size', 'font-weight', 'text-anchor', 'dominant-baseline'] : []),
        ];
        return `${e.tagName} ${properties.map((p) => `${p}: ${style.getPropertyValue(p)}`).join('; ')}`;
      });
  }, root);
}

const fonts = imageFonts();
const credit = chartCredit('Probation inspection outcomes', 'https://example.org', '/');

describe.each(Object.entries(downloadExamples))('the downloaded %s', (_, chart) => {
  it('draws each mark as the page draws it: the same fill, stroke, size, weight and placement', async () => {
    const wide = must(chartForms(chart)[0], 'the widest form');
    const page = await renderedPage(ChartFigure, { chart });
    await page.setViewportSize({ width: 1280, height: 900 });
    const onPage = await marksUnder(page, `[data-form='${wide.form}'] svg`);
    await page.close();

    // The file as downloaded, with its marks (the wide form's, presentational) wrapped in a group that changes nothing.
    const marks = marksToSvg(presentational(wide.form, formMarks(chart, wide)));
    const file = standaloneChartSvg(chart, fonts, credit);
    expect(file).toContain(marks);
    const download = await newBlankPage();
    await download.setContent(file.replace(marks, `<g id="marks">${marks}</g>`));
    const downloaded = await marksUnder(download, '#marks');
    await download.close();

    expect(downloaded.length).toBeGreaterThan(10);
    expect(downloaded).toEqual(onPage);
  });
});
