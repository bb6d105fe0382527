import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLetterFile } from '../../src/lib/checking/letter-file';
import { ratingLabels } from '../../src/lib/model/ratings';
import { must, reference, root } from '../support';
import { readCsv } from './support/csv';
import { goldenFile, tidySvg } from './support/golden';
import { filesUnder } from './support/links';
import { distDir, elementsIn, hasClass, is, pageText, parseHtml, sourceOf } from './support/site';

const letter = (() => {
  const file = `${root}content/letters/greater-manchester-2023-05.mdx`;
  const r = readLetterFile(file, readFileSync(file, 'utf8'), reference);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.letter;
})();

/** Every chart figure on every built page: its id, SVG (as built), table (cell texts) and CSV link. */
const figures = filesUnder(distDir)
  .filter((f) => f.endsWith('.html') && !f.startsWith('search-index/'))
  .flatMap((page) => {
    const html = readFileSync(`${distDir}/${page}`, 'utf8');
    return elementsIn(parseHtml(html), (e) => e.tagName === 'figure' && hasClass(e, 'chart')).map((figure) => {
      const id = must(figure.properties.id, `a chart's id on ${page}`);
      if (typeof id !== 'string') throw new Error(`a chart's id on ${page} is not text`);
      const table = must(elementsIn(figure, is('table', 'chart__table'))[0], `the table of ${id}`);
      const [head, ...rows] = elementsIn(table, is('tr')).map((tr) =>
        elementsIn(tr, (e) => e.tagName === 'th' || e.tagName === 'td').map((cell) => pageText(cell)),
      );
      const csv = elementsIn(figure, (e) => e.tagName === 'a' && String(e.properties.href).endsWith('.csv'))[0]?.properties.href;
      return {
        page,
        id,
        svg: sourceOf(html, must(elementsIn(figure, is('svg', 'chart-svg'))[0], `the SVG of ${id}`)),
        head: must(head, `the head row of ${id}'s table`),
        rows,
        csv: String(must(csv, `the CSV link of ${id}`)),
      };
    });
  });
const byId = (id: string) =>
  must(
    figures.find((f) => f.id === id),
    `the figure ${id}`,
  );
const cell = (id: string, rowName: string, column: string) => {
  const f = byId(id);
  return must(
    f.rows.find((r) => r[0] === rowName),
    `the row ${rowName} of ${id}`,
  )[f.head.indexOf(column)];
};

describe('charts on the built site', () => {
  it('are on the home, region, PDU, domain and standard pages', () => {
    const pages = new Set(figures.map((f) => f.page));
    for (const page of [
      'index.html',
      'regions/greater-manchester/index.html',
      'pdus/tameside/index.html',
      'domains/2-court-work-and-case-supervision/index.html',
      'domains/2-2-assessment/index.html',
      'compare/greater-manchester/index.html',
    ]) {
      expect(pages.has(page), page).toBe(true);
    }
  });

  it('have tables whose values equal the content: every rating of every PDU', () => {
    for (const pdu of letter.pdus) {
      for (const [standard, name] of [
        ['1.1', 'Leadership'],
        ['1.2', 'Staff'],
        ['1.3', 'Services'],
        ['1.4', 'Information and facilities'],
        ['2.1', 'Court work'],
        ['2.2', 'Assessment'],
        ['2.3', 'Planning'],
        ['2.4', 'Implementation and delivery'],
        ['2.5', 'Reviewing'],
      ] as const) {
        const rating = pdu.ratings[standard];
        expect(cell('region-greater-manchester-ratings', pdu.name, `${standard} ${name}`)).toBe(
          rating ? ratingLabels[rating] : 'Not rated',
        );
        expect(cell('latest-ratings', pdu.name, `${standard} ${name}`)).toBe(rating ? ratingLabels[rating] : 'Not rated');
      }
    }
  });

  it('have tables whose values equal the content: scores and overall ratings', () => {
    for (const pdu of letter.pdus) {
      expect(cell('region-greater-manchester-scores', pdu.name, 'Points')).toBe(String(pdu.score.points));
      expect(cell('region-greater-manchester-scores', pdu.name, 'Maximum')).toBe(String(pdu.score.max));
      expect(cell('region-greater-manchester-scores', pdu.name, 'Overall rating')).toBe(ratingLabels[pdu.overall]);
    }
  });

  it('have tables whose values equal the content: key figures', () => {
    const rows = byId('region-greater-manchester-figures-vacancy-rate').rows;
    for (const k of letter.keyFigures.filter((x) => x.measure === 'vacancy-rate')) {
      const area =
        k.scope === 'region'
          ? 'Greater Manchester region'
          : must(
              letter.pdus.find((p) => p.id === k.scope),
              `the PDU ${k.scope}`,
            ).name;
      expect(
        rows.some((r) => r[0] === k.group && r[1] === area && r[2] === String(k.value)),
        k.id,
      ).toBe(true);
    }
    expect(rows).toHaveLength(letter.keyFigures.filter((x) => x.measure === 'vacancy-rate').length);
  });

  it('have tables whose values equal the content: rating distribution per standard', () => {
    const counts = (standard: string, rating?: string) => letter.pdus.filter((p) => p.ratings[standard] === rating).length;
    expect(byId('domain-2-1-court-work-distribution').rows).toEqual([
      ['Outstanding', String(counts('2.1', 'outstanding'))],
      ['Good', String(counts('2.1', 'good'))],
      ['Requires improvement', String(counts('2.1', 'requires-improvement'))],
      ['Inadequate', String(counts('2.1', 'inadequate'))],
      ['Not rated', String(counts('2.1', undefined))],
    ]);
  });

  it('each offer a CSV equal to its table', () => {
    const seen = new Set<string>();
    for (const f of figures) {
      if (seen.has(f.id)) continue;
      seen.add(f.id);
      const csv = readCsv(`${distDir}${f.csv}`);
      expect(csv, f.id).toEqual([f.head, ...f.rows]);
    }
    expect(seen.size).toBe(readdirSync(`${distDir}/data/charts`).filter((f) => f.endsWith('.csv')).length);
  });

  it('have an accessible name and description, and a title, takeaway and source', () => {
    for (const f of figures) {
      expect(f.svg, f.id).toMatch(/role="img" aria-labelledby="[^"]+-svg-title [^"]+-svg-desc"/);
      expect(f.svg, f.id).toMatch(/<title id="[^"]+">[^<]+<\/title>\s*<desc id="[^"]+">[^<]+<\/desc>/);
    }
  });
});

// One golden file per chart (tests/e2e/golden/<id>.svg, tidied by tidySvg). A changed chart fails here;
// `npx vitest run -u --config tests/vitest.config.ts tests/e2e/charts.test.ts` accepts it. A missing golden
// file is written on a developer's machine and fails on CI (CI=true), where goldens must be committed.
describe.concurrent('each chart on the built site matches its golden SVG', () => {
  const charts = [...new Map(figures.map((f) => [f.id, f])).values()];
  for (const f of charts) {
    it(f.id, async ({ expect }) => {
      await expect(tidySvg(f.svg)).toMatchFileSnapshot(goldenFile(`${f.id}.svg`));
    });
  }

  it('and every golden file of the site belongs to a chart it builds (the corpus has its own)', ({ expect }) => {
    const ids = new Set(charts.map((f) => `${f.id}.svg`));
    expect(readdirSync(goldenFile('')).filter((name) => !name.startsWith('corpus-') && !ids.has(name))).toEqual([]);
  });
});
