import { describe, expect, it } from 'vitest';
import { chartFileNoun, chartPages, embedSnippet } from '../../../../src/lib/charts/embed';
import { chartForms } from '../../../../src/lib/charts/forms';
import {
  embedHeight,
  embedLayout,
  embedPageHeight,
  embedSourceRuns,
  lineCount,
  narrowestFrame,
} from '../../../../src/lib/charts/embed-page';
import { standaloneChartSvg } from '../../../../src/lib/images/chart-svg';
import { imageFonts } from '../../../../src/lib/typesetting/fonts';
import { chartCredit, siteImageJobs, siteCards, chartSvgs } from '../../../../src/lib/build/image-jobs';
import { ratingSwatches } from '../../../../src/lib/images/palette';
import { must } from '../../../support';
import { charts, model } from './model';

const fonts = imageFonts();
const credit = chartCredit('Probation inspection outcomes', 'https://example.org', '/inspections/');

describe('a chart as a standalone SVG file', () => {
  const matrix = must(charts.regions.get('greater-manchester')?.ratings, 'the ratings chart of Greater Manchester');
  const svg = standaloneChartSvg(matrix, fonts, credit);

  it('names its namespace, title and description, and needs no stylesheet', () => {
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+" viewBox="0 0 \d+ \d+" role="img" aria-labelledby="title desc"/,
    );
    expect(svg).toContain(`<title id="title">${matrix.title}</title>`);
    expect(svg).toContain('<desc id="desc">');
    expect(svg).not.toMatch(/\sclass=|\sstyle=|<style/);
    expect(svg).toContain(`fill="${ratingSwatches.inadequate.fill}" stroke="${ratingSwatches.inadequate.stroke}"`);
  });

  it('draws the matrix’s key and its source with the site’s address', () => {
    for (const word of ['Outstanding', 'Good', 'Requires improvement', 'Inadequate', 'Not rated']) expect(svg).toContain(`>${word}</text>`);
    expect(svg).toContain('Source: Regional inspection letter: Greater Manchester, 25 May 2023.');
    expect(credit).toBe('Probation inspection outcomes, https://example.org/inspections/');
  });

  it('is drawn for every chart, bars, matrix and line alike', () => {
    const files = chartSvgs(charts.all, fonts, credit);
    expect([...files.keys()]).toEqual(charts.all.map((c) => c.id));
    for (const [id, file] of files) expect(file, id).toMatch(/<\/svg>$/);
  });
});

describe('the PNGs a build draws', () => {
  it('are every share card at 1 × and every chart at 2 ×, each with the SVG it is drawn from', () => {
    const cards = siteCards(model, fonts, 'Probation inspection outcomes');
    const listed = [...siteImageJobs(model, fonts, 'Probation inspection outcomes', chartSvgs(charts.all, fonts, credit))];
    const jobs = listed.map((l) => l.job);
    expect(jobs).toHaveLength(cards.size + charts.all.length);
    // Each card's job is drawn from the same SVG as the card the pages describe, and comes with its path and alternative text.
    for (const { job, card } of listed.slice(0, cards.size)) {
      const drawn = cards.get(card?.path ?? '');
      expect(job.svg).toBe(drawn?.svg);
      expect(card).toEqual({ path: drawn?.path, alt: drawn?.alt });
    }
    expect(jobs[0]).toMatchObject({ file: `cards/letters/${must(model.letters[0], 'the newest letter').letter.id}.png`, zoom: 1 });
    expect(jobs.at(-1)).toMatchObject({ file: `data/charts/${must(charts.all.at(-1), 'the last chart').id}.png`, zoom: 2 });
  });
});

describe('embedding a chart', () => {
  it('links each chart back to the page it is shown on', () => {
    const pages = chartPages(charts);
    expect(pages.size).toBe(charts.all.length);
    expect(pages.get('latest-ratings')).toBe('/#latest-ratings');
    expect(pages.get('region-greater-manchester-ratings')).toBe('/regions/greater-manchester/#region-greater-manchester-ratings');
    expect(pages.get('domain-2-2-assessment-distribution')).toBe('/domains/2-2-assessment/#domain-2-2-assessment-distribution');
  });

  it('gives an iframe of the embed page, titled and as tall as the page at its tallest, and the optional script that fits it', () => {
    const chart = must(charts.regions.get('greater-manchester')?.ratings, 'the ratings chart of Greater Manchester');
    const source = embedSourceRuns(chart, { back: 'x', csv: 'y', siteTitle: 'Probation inspection outcomes' });
    const height = embedHeight(chart, source);
    const [iframe, script] = embedSnippet(chart, 'https://example.org', 'Probation inspection outcomes').split('\n');
    expect(iframe).toBe(
      `<iframe src="https://example.org/embed/region-greater-manchester-ratings/" title="Ratings of PDUs in Greater Manchester" width="100%" height="${height}" loading="lazy" data-embed-height></iframe>`,
    );
    // The script takes a height only from the site's own origin, and only for the frame that sent it.
    expect(script).toMatch(
      /^<script>addEventListener\("message",.*e\.origin!=="https:\/\/example\.org".*f\.contentWindow===e\.source.*<\/script>$/,
    );
  });

  it('is tall enough for the embed page at every width from 320 px, and no taller than its tallest by more than the slack', () => {
    for (const chart of charts.all) {
      const source = embedSourceRuns(chart, { back: 'x', csv: 'y', siteTitle: 'Probation inspection outcomes' });
      const height = embedHeight(chart, source);
      const forms = chartForms(chart);
      let tallest = 0;
      for (let width = narrowestFrame; width <= 1400; width++) tallest = Math.max(tallest, embedPageHeight(chart, source, width, forms));
      expect(height, chart.id).toBeGreaterThanOrEqual(tallest);
      expect(height, chart.id).toBeLessThanOrEqual(Math.ceil(tallest + embedLayout.slack) + 8);
    }
  });

  it('counts the lines a browser breaks text into at spaces, each word in its own weight', () => {
    const measure = (text: string) => text.length * 10;
    expect(lineCount([{ text: 'aaa bbb ccc' }], 10, 70, measure)).toBe(2);
    expect(lineCount([{ text: 'aaa bbb ccc' }], 10, 110, measure)).toBe(1);
    // No break between a link and the full stop after it.
    expect(lineCount([{ text: 'aaa ' }, { text: 'bbb', bold: true }, { text: '.' }], 10, 70, measure)).toBe(2);
  });

  it('says the compare page’s chart files hold every PDU', () => {
    expect(chartFileNoun('compare-ratings')).toBe('the chart of every PDU');
    expect(chartFileNoun('latest-ratings')).toBe('the chart');
  });
});
