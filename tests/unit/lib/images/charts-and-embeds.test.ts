import { describe, expect, it } from 'vitest';
import { chartFileNoun, chartPages, embedSnippet } from '../../../../src/lib/charts/embed';
import { standaloneChartSvg } from '../../../../src/lib/images/chart-svg';
import { imageFonts } from '../../../../src/lib/images/fonts';
import { chartCredit, siteImageJobs, siteCards, chartSvgs } from '../../../../src/lib/images/image-jobs';
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

  it('gives an iframe of the embed page, titled and tall enough for the chart', () => {
    const chart = must(charts.regions.get('greater-manchester')?.ratings, 'the ratings chart of Greater Manchester');
    expect(embedSnippet(chart, 'https://example.org')).toBe(
      `<iframe src="https://example.org/embed/region-greater-manchester-ratings/" title="Ratings of PDUs in Greater Manchester" width="100%" height="${Math.ceil(chart.geometry.height + 220)}" loading="lazy"></iframe>`,
    );
  });

  it('says the compare page’s chart files hold every PDU', () => {
    expect(chartFileNoun('compare-ratings')).toBe('the chart of every PDU');
    expect(chartFileNoun('latest-ratings')).toBe('the chart');
  });
});
