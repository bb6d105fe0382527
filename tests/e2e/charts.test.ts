import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLetterFile } from '../../src/lib/checking/letter-file';
import { ratingLabels } from '../../src/lib/model/ratings';
import { must, reference, root } from '../support';
import { readCsv } from './support/csv';
import { goldenFile, pngGolden, tidySvg } from './support/golden';
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
        svgs: elementsIn(figure, is('svg', 'chart-svg')).length,
        defaults: elementsIn(figure, (e) => e.tagName === 'div' && hasClass(e, 'chart-form--from-0')).length,
        // Every form of the chart (src/lib/charts/forms.ts), widest first, by the form's name.
        forms: elementsIn(figure, (e) => e.tagName === 'div' && hasClass(e, 'chart-form')).map((form) => ({
          form: String(form.properties.dataForm),
          svg: sourceOf(html, must(elementsIn(form, is('svg', 'chart-svg'))[0], `the SVG of a form of ${id}`)),
        })),
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

  it('are drawn in a wide and a narrow form, only the narrowest shown by default, each named for assistive technology', () => {
    for (const f of figures) {
      expect(f.forms.length, f.id).toBeGreaterThanOrEqual(1);
      expect(f.svgs, f.id).toBe(f.forms.length);
      expect(f.defaults, f.id).toBe(1);
    }
    expect(byId('region-greater-manchester-ratings').forms.map((f) => f.form)).toEqual(['grid', 'blocks']);
    expect(byId('region-greater-manchester-scores').forms.map((f) => f.form)).toEqual(['bars', 'stacked-bars']);
  });

  it('offer files to download that name every standard (from the framework’s reference data), rating and PDU they show', () => {
    const framework = must(
      reference.frameworks.find((f) => f.id === letter.framework),
      'the letter’s framework',
    );
    const text = (id: string) =>
      [...readFileSync(`${distDir}/data/charts/${id}.svg`, 'utf8').matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    const matrix = text('region-greater-manchester-ratings');
    const standards = framework.domains.flatMap((d) => d.standards);
    expect(standards).toHaveLength(9);
    for (const s of standards) expect(matrix.replace(/\s+/g, ' '), s.id).toContain(`${s.id} ${s.name}`);
    for (const word of ['Outstanding', 'Good', 'Requires improvement', 'Inadequate', 'Not rated']) expect(matrix).toContain(word);
    for (const pdu of letter.pdus) {
      expect(matrix, pdu.name).toContain(pdu.name);
      expect(text('region-greater-manchester-scores'), pdu.name).toContain(`${pdu.name} `);
      expect(text('region-greater-manchester-scores'), pdu.name).toContain(ratingLabels[pdu.overall]);
    }
    // A standard's own page names it in the title of its file.
    expect(text('domain-2-2-assessment-distribution')).toContain('Ratings on 2.2 Assessment');
  });

  it('never stroke text: not in any downloaded file, and the stylesheet fills chart text without a stroke', () => {
    for (const file of readdirSync(`${distDir}/data/charts`).filter((f) => f.endsWith('.svg'))) {
      const svg = readFileSync(`${distDir}/data/charts/${file}`, 'utf8');
      expect(svg, file).not.toMatch(/<text[^>]*\sstroke=/);
      expect(svg, file).not.toMatch(/<g[^>]*\sstroke=/);
    }
    const css = readFileSync(`${root}src/styles/global.css`, 'utf8');
    expect(css).toMatch(/\.chart-svg text \{[^}]*stroke: none;/);
  });

  it('say which PDU and region each row is about, and where their rows sit, only on the compare page, whose script reads it', () => {
    for (const f of figures) {
      const marked = f.forms.map((form) => /data-(pdu|region|step)=/.test(form.svg));
      expect(marked, `${f.page} ${f.id}`).toEqual(f.forms.map(() => f.page === 'compare/index.html'));
    }
    const compare = byId('compare-ratings');
    for (const form of compare.forms) expect(form.svg.match(/<g class="matrix-row" data-pdu="[^"]+" data-region="[^"]+"/g)).toHaveLength(3);
  });

  it('have an accessible name and description, and a title, takeaway and source', () => {
    for (const f of figures) {
      expect(f.svg, f.id).toMatch(/role="img" aria-labelledby="[^"]+-svg-title [^"]+-svg-desc"/);
      expect(f.svg, f.id).toMatch(/<title id="[^"]+">[^<]+<\/title>\s*<desc id="[^"]+">[^<]+<\/desc>/);
    }
  });
});

// One golden file per form of each chart (tests/e2e/golden/<id>.svg for its widest form, <id>.<form>.svg for the
// narrower ones, tidied by tidySvg), and two per downloaded chart (tests/e2e/golden/downloads/<id>.svg, and
// <id>.png.txt: the PNG's size and the SHA-256 of its bytes, which resvg draws the same from the same SVG). A changed
// chart fails here; `npx vitest run -u --config tests/vitest.config.ts tests/e2e/charts.test.ts` accepts it. A missing
// golden file is written on a developer's machine and fails on CI (CI=true), where goldens must be committed.
describe.concurrent('each chart on the built site matches its golden SVG', () => {
  const charts = [...new Map(figures.map((f) => [f.id, f])).values()];
  const goldenName = (id: string, form: string, i: number) => (i === 0 ? `${id}.svg` : `${id}.${form}.svg`);
  for (const f of charts) {
    it(`${f.id}, in each of its forms: ${f.forms.map((form) => form.form).join(', ')}`, async ({ expect }) => {
      expect(f.forms.length).toBeGreaterThan(0);
      for (const [i, form] of f.forms.entries())
        await expect(tidySvg(form.svg)).toMatchFileSnapshot(goldenFile(goldenName(f.id, form.form, i)));
    });
    it(`${f.id}, as its SVG file to download`, async ({ expect }) => {
      const file = readFileSync(`${distDir}/data/charts/${f.id}.svg`, 'utf8');
      await expect(tidySvg(file)).toMatchFileSnapshot(goldenFile(`downloads/${f.id}.svg`));
    });
    it(`${f.id}, as its PNG file to download, drawn from that SVG`, async ({ expect }) => {
      await expect(pngGolden(readFileSync(`${distDir}/data/charts/${f.id}.png`))).toMatchFileSnapshot(
        goldenFile(`downloads/${f.id}.png.txt`),
      );
    });
  }

  it('and every golden file of the site belongs to a chart it builds (the corpus has its own)', ({ expect }) => {
    const names = new Set(charts.flatMap((f) => f.forms.map((form, i) => goldenName(f.id, form.form, i))));
    const files = readdirSync(goldenFile(''), { withFileTypes: true }).filter((e) => e.isFile());
    expect(files.map((e) => e.name).filter((name) => !name.startsWith('corpus-') && !names.has(name))).toEqual([]);
    const ids = new Set(charts.map((f) => `${f.id}.svg`));
    const pngs = new Set(charts.map((f) => `${f.id}.png.txt`));
    expect(readdirSync(goldenFile('downloads')).filter((name) => !ids.has(name) && !pngs.has(name))).toEqual([]);
  });
});
