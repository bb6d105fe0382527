import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cardSize, drawCard, type CardSpec } from '../../../../src/lib/images/card';
import { imageFonts } from '../../../../src/lib/typesetting/fonts';
import { ratingSwatches } from '../../../../src/lib/images/palette';
import { ratingAbbreviations, ratingLabels, ratingWord } from '../../../../src/lib/language/vocabulary';
import { ratingValues } from '../../../../src/schemas/rating';
import { siteCardPaths, siteCardSpecs } from '../../../../src/lib/images/site-cards';
import { must, root } from '../../../support';
import { model } from './model';

const fonts = imageFonts();
const specs = siteCardSpecs(model);
const byPath = new Map(specs.map((s) => [s.path, s]));
/** The spec of the card at a path (an Error naming the path when there is none). */
const specAt = (path: string) => must(byPath.get(path), `the card ${path}`);
const draw = (spec: CardSpec) => drawCard(spec, fonts, 'Probation inspection outcomes');
/** The words of every text element of a card's SVG, in order. */
const texts = (svg: string) => [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));

describe('the share cards of the site', () => {
  it('are one per letter, region, PDU, finding and recommendation, at the paths the route table lists', () => {
    expect(specs.map((s) => s.path)).toEqual(siteCardPaths(model));
    expect(specs).toHaveLength(
      model.letters.length + model.regions.length + model.pdus.length + model.findings.length + model.recommendations.length,
    );
    expect(new Set(specs.map((s) => s.path)).size).toBe(specs.length);
  });

  it('show a PDU’s overall rating in words with its colours, its score, and its rating on every standard with a key', () => {
    const card = draw(specAt('/cards/pdus/tameside.png'));
    expect(card.svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${cardSize.width}" height="${cardSize.height}"`));
    expect(card.svg).toContain('>Tameside PDU</text>');
    expect(card.svg).toContain(
      `fill="${ratingSwatches['requires-improvement'].fill}" stroke="${ratingSwatches['requires-improvement'].stroke}"`,
    );
    expect(card.svg).toContain('>Requires improvement</text>');
    // Each standard of the framework, by number and name, beside its rating's abbreviation; the key says each in words.
    const tameside = must(
      model.pdus.find((p) => p.id === 'tameside'),
      'Tameside',
    );
    const { inspection, letter } = tameside.latest;
    const standards = letter.framework.domains.flatMap((d) => d.standards);
    expect(texts(card.svg)).toEqual(
      expect.arrayContaining(standards.flatMap((s) => [`${s.id} ${s.name}`, ratingAbbreviations[inspection.ratings[s.id] ?? 'not-rated']])),
    );
    const used = new Set(standards.map((s) => inspection.ratings[s.id]));
    for (const r of ratingValues) expect(texts(card.svg).includes(ratingLabels[r]), r).toBe(used.has(r) || r === inspection.overall);
    expect(card.alt).toBe(
      `Probation delivery unit · Greater Manchester region: Tameside PDU. Latest inspection: letter of 25 May 2023. Overall: Requires improvement, Score: 7/27. ${standards
        .map((s) => `${s.id} ${s.name}: ${ratingWord(inspection.ratings[s.id])}`)
        .join(', ')}.`,
    );
  });

  it('show a letter’s PDUs as a table of their overall ratings in words and their rating on each standard', () => {
    const letter = must(model.letters[0], 'the seed letter');
    const card = draw(specAt(`/cards/letters/${letter.letter.id}.png`));
    const shown = texts(card.svg);
    const standards = letter.framework.domains.flatMap((d) => d.standards.map((s) => s.id));
    // The header of standard numbers, each PDU's name and overall rating, and its row of abbreviations, in order.
    const header = shown.indexOf('Overall');
    expect(shown.slice(header + 1, header + 1 + standards.length)).toEqual(standards);
    for (const pdu of letter.letter.pdus) {
      const at = shown.indexOf(pdu.name);
      expect(shown.slice(at, at + 2 + standards.length)).toEqual([
        pdu.name,
        ratingLabels[pdu.overall],
        ...standards.map((id) => ratingAbbreviations[pdu.ratings[id] ?? 'not-rated']),
      ]);
    }
    expect(shown).toContain('1.1–1.4 Organisational delivery · 2.1–2.5 Court work and case supervision');
    expect(card.alt).toBe(
      'Inspection letter · Greater Manchester region: Regional inspection letter: Greater Manchester. 25 May 2023 · 3 PDUs rated, overall and on each standard. Overall: Manchester North Requires improvement, Tameside Requires improvement, Wigan Requires improvement. Their ratings on 9 standards: 7 Good, 10 Requires improvement, 9 Inadequate and 1 not rated.',
    );
    // The tally in the alternative text, counted straight from the letter.
    const all = letter.letter.pdus.flatMap((p) => standards.map((id) => p.ratings[id]));
    expect([all.filter((r) => r === 'good').length, all.filter((r) => r === undefined).length]).toEqual([7, 1]);
  });

  it('show a region’s latest letter’s table, and say when a region has no letter', () => {
    expect(texts(draw(specAt('/cards/regions/greater-manchester.png')).svg)).toEqual(
      expect.arrayContaining(['Manchester North', 'Tameside', 'Wigan', 'Overall', '2.5']),
    );
    const london = draw(specAt('/cards/regions/london.png'));
    expect(london.alt).toBe('Probation region: London. No inspection letter on this site yet.');
  });

  it('show a finding’s region, section, date and kind, and its first words, quoted, cut at a word with “…”', () => {
    const finding = must(
      model.findings.find((f) => f.finding.id === 'greater-manchester-2023-05-staff-improvement-2'),
      'the finding greater-manchester-2023-05-staff-improvement-2',
    );
    const card = draw(specAt(`/cards/findings/${finding.finding.id}.png`));
    expect(card.alt.startsWith('Finding · letter of 25 May 2023: Greater Manchester region: Staff. Area for improvement. “')).toBe(true);
    const quoted = must(/“([^”]+)”\.?$/.exec(card.alt)?.[1], 'the words quoted');
    const drawn = texts(card.svg).filter((t) => t.startsWith('“') || quoted.includes(t.replace(/[“”]/g, '')));
    expect(drawn.join(' ')).toBe(`“${quoted}”`);
    // All of this finding fits; a longer one is cut after a whole word, with an ellipsis inside the closing mark.
    expect(quoted).toBe(finding.finding.text);
    const long = { ...specAt(`/cards/findings/${finding.finding.id}.png`), text: `${finding.finding.text} ${finding.finding.text}` };
    const cut = must(/“([^”]+)”\.?$/.exec(draw(long).alt)?.[1], 'the words of the long text');
    expect(cut.endsWith('…')).toBe(true);
    const kept = cut.replace(/…$/, '');
    expect(long.text.startsWith(kept)).toBe(true);
    expect(long.text.charAt(kept.length)).toMatch(/[\s,;:.]/);
  });

  it('show a recommendation’s PDU and region, whom it is to, the date, the PDU’s overall rating and its words', () => {
    const card = draw(specAt('/cards/recommendations/greater-manchester-2023-05-tameside-8.png'));
    expect(card.alt).toBe(
      'Recommendation · letter of 25 May 2023: Tameside PDU, Greater Manchester region. Recommendation 8, to Greater Manchester region. Tameside overall: Requires improvement. “reduce waiting times for accredited programmes, particularly Building Better Relationships.”',
    );
  });

  it('use only characters the card font can draw in every card of the committed content', () => {
    for (const spec of specs) expect(() => draw(spec), spec.path).not.toThrow();
  });

  it('count the tags that do not fit instead of dropping them silently', () => {
    const many: CardSpec = {
      path: '/cards/letters/many.png',
      eyebrow: 'Inspection letter',
      title: 'Regional inspection letter: Somewhere',
      context: '1 May 2024 · Somewhere region · overall ratings',
      tags: Array.from({ length: 30 }, (_, i) => ({
        label: `PDU number ${i + 1}`,
        word: 'Requires improvement',
        tone: 'requires-improvement' as const,
      })),
    };
    const card = draw(many);
    const shown = (card.svg.match(/>Requires improvement</g) ?? []).length;
    expect(shown).toBeGreaterThan(2);
    expect(shown).toBeLessThan(30);
    expect(card.svg).toContain(`>and ${30 - shown} more</text>`);
    expect(card.alt).toContain(`and ${30 - shown} more`);
  });

  it('count the PDUs and standards that do not fit, above the key, instead of dropping them silently', () => {
    const ratings = ['good', 'requires-improvement', 'inadequate', 'outstanding', undefined] as const;
    const letter: CardSpec = {
      path: '/cards/letters/many.png',
      eyebrow: 'Inspection letter · Somewhere region',
      title: 'Regional inspection letter: Somewhere',
      context: '1 May 2024 · 12 PDUs rated, overall and on each standard',
      tags: [],
      ratings: {
        kind: 'matrix',
        columns: ['1.1', '1.2', '2.1', '2.2'],
        caption: '1.1–1.2 One · 2.1–2.2 Two',
        rows: Array.from({ length: 12 }, (_, i) => ({
          label: `PDU ${i + 1}`,
          overall: 'good' as const,
          ratings: [0, 1, 2, 3].map((j) => ratings[(i + j) % 5]),
        })),
      },
    };
    const pdu: CardSpec = {
      path: '/cards/pdus/many.png',
      eyebrow: 'Probation delivery unit · Somewhere region',
      title: 'Somewhere PDU',
      context: 'Latest inspection: letter of 1 May 2024',
      tags: [{ label: 'Overall', word: 'Good', tone: 'good' }],
      ratings: {
        kind: 'standards',
        groups: [1, 2, 3].map((d) => ({
          heading: `${d} Domain`,
          standards: [1, 2, 3, 4, 5].map((n) => ({ label: `${d}.${n} Standard`, rating: ratings[n % 5] })),
        })),
      },
    };
    for (const [spec, unit, total] of [
      [letter, 'PDUs', 12],
      [pdu, 'standards', 15],
    ] as const) {
      const card = draw(spec);
      const more = must(new RegExp(`>and (\\d+) more ${unit}</text>`).exec(card.svg)?.[1], `the count of ${unit} left out`);
      const shown =
        unit === 'PDUs' ? (card.svg.match(/>PDU \d+<\/text>/g) ?? []).length : (card.svg.match(/>\d\.\d Standard<\/text>/g) ?? []).length;
      expect(shown + Number(more), spec.path).toBe(total);
      expect(card.alt).toContain(`and ${more} more ${unit}`);
      // Every line stands above the key, whose boxes start 27 px above the card's last baseline.
      const key = must(/<g class="key">(.*?)<\/g>/.exec(card.svg)?.[1], 'the key');
      const keyTop = Math.min(...[...key.matchAll(/<rect x="[\d.]+" y="([\d.]+)"/g)].map((m) => Number(m[1])));
      expect(keyTop).toBeGreaterThan(500);
      for (const m of card.svg.replace(key, '').matchAll(/<text x="[\d.]+" y="([\d.]+)"[^>]*>([^<]*)<\/text>/g)) {
        expect(Number(m[1]), `${spec.path}: ${m[2]}`).toBeLessThan(keyTop);
      }
    }
  });

  it('draw the symbols a faithful letter may hold: comparisons, arrows, ticks, fractions, Greek and dashes', () => {
    const spec = { ...specAt('/cards/pdus/wigan.png'), title: 'Wigan PDU ≤ 137% → ✓ ½ α – “x”' };
    expect(draw(spec).svg).toContain('≤ 137% → ✓ ½ α');
  });

  it('refuse a character the font cannot draw, naming the card', () => {
    const spec = { ...specAt('/cards/pdus/wigan.png'), title: 'Wigan 中 PDU' };
    expect(() => draw(spec)).toThrow('/cards/pdus/wigan.png: the card font has no glyph for "中"');
  });

  it('keep every card of the committed content within 1200 × 630 and its text drawable', () => {
    for (const spec of specs) {
      const { svg } = draw(spec);
      for (const m of svg.matchAll(/<text x="(\d+(?:\.\d+)?)" y="(\d+(?:\.\d+)?)"/g)) {
        expect(Number(m[2]), spec.path).toBeLessThanOrEqual(cardSize.height - 20);
      }
    }
  });
});

describe('the image palette', () => {
  it('uses the rating colours of the site’s stylesheet', () => {
    const css = readFileSync(`${root}src/styles/global.css`, 'utf8');
    for (const [rating, swatch] of Object.entries(ratingSwatches)) {
      const rule = new RegExp(`\\.r-${rating} \\{\\s*fill: ([^;]+);\\s*stroke: ([^;]+);\\s*color: ([^;]+);`).exec(css);
      expect(rule?.slice(1), rating).toEqual([swatch.fill, swatch.stroke, swatch.text]);
    }
  });
});
