import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cardSize, drawCard, type CardSpec } from '../../../../src/lib/images/card';
import { imageFonts } from '../../../../src/lib/images/fonts';
import { ratingSwatches } from '../../../../src/lib/images/palette';
import { siteCardPaths, siteCardSpecs } from '../../../../src/lib/images/site-cards';
import { must, root } from '../../../support';
import { model } from './model';

const fonts = imageFonts();
const specs = siteCardSpecs(model);
const byPath = new Map(specs.map((s) => [s.path, s]));
/** The spec of the card at a path (an Error naming the path when there is none). */
const specAt = (path: string) => must(byPath.get(path), `the card ${path}`);
const draw = (spec: CardSpec) => drawCard(spec, fonts, 'Probation inspection outcomes');

describe('the share cards of the site', () => {
  it('are one per letter, region, PDU, finding and recommendation, at the paths the route table lists', () => {
    expect(specs.map((s) => s.path)).toEqual(siteCardPaths(model));
    expect(specs).toHaveLength(
      model.letters.length + model.regions.length + model.pdus.length + model.findings.length + model.recommendations.length,
    );
    expect(new Set(specs.map((s) => s.path)).size).toBe(specs.length);
  });

  it('show a PDU’s overall rating in words with its colours, and its score', () => {
    const card = draw(specAt('/cards/pdus/tameside.png'));
    expect(card.svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${cardSize.width}" height="${cardSize.height}"`));
    expect(card.svg).toContain('>Tameside PDU</text>');
    expect(card.svg).toContain(
      `fill="${ratingSwatches['requires-improvement'].fill}" stroke="${ratingSwatches['requires-improvement'].stroke}"`,
    );
    expect(card.svg).toContain('>Requires improvement</text>');
    expect(card.alt).toBe(
      'Probation delivery unit: Tameside PDU. Greater Manchester region · latest letter of 25 May 2023. Overall: Requires improvement, Score: 7/27.',
    );
  });

  it('show a finding’s first words, quoted, and say in the alternative text exactly the words shown', () => {
    const finding = must(
      model.findings.find((f) => f.finding.id === 'greater-manchester-2023-05-staff-improvement-2'),
      'the finding greater-manchester-2023-05-staff-improvement-2',
    );
    const card = draw(specAt(`/cards/findings/${finding.finding.id}.png`));
    const shown = /“([^”]+)”?$/.exec(card.alt)?.[1] ?? '';
    expect(shown.endsWith('…')).toBe(true);
    expect(finding.finding.text.startsWith(shown.replace(/…$/, ''))).toBe(true);
    expect(
      card.alt.startsWith(
        'Finding: Staff, area for improvement 2. Greater Manchester region · letter of 25 May 2023. Area for improvement.',
      ),
    ).toBe(true);
    expect(card.svg).toContain('Area for improvement</text>');
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
