import { describe, expect, it } from 'vitest';
import { missingCharacters, textWidth } from '../../../../src/lib/typesetting/font-metrics';
import { imageFonts } from '../../../../src/lib/typesetting/fonts';
import { wrapText, xmlEscape } from '../../../../src/lib/typesetting/svg-text';

const { regular, bold } = imageFonts();

describe('the shipped card fonts', () => {
  it('are read as TrueType fonts with a width for every character of English and Welsh place names', () => {
    expect(regular.unitsPerEm).toBe(1000);
    expect(missingCharacters(regular, 'Ynys Môn, Dŵr, “Wigan” – Tameside’s £5 & 61%…')).toEqual([]);
    expect(missingCharacters(bold, 'Requires improvement')).toEqual([]);
  });

  it('measure wider text as wider, bold as wider than regular, and scale with the size', () => {
    expect(textWidth(regular, 'Tameside PDU', 30)).toBeGreaterThan(textWidth(regular, 'Wigan PDU', 30));
    expect(textWidth(bold, 'Tameside', 30)).toBeGreaterThan(textWidth(regular, 'Tameside', 30));
    expect(textWidth(regular, 'Tameside', 60)).toBeCloseTo(2 * textWidth(regular, 'Tameside', 30));
  });

  it('name the characters they cannot draw, once each', () => {
    expect(missingCharacters(regular, 'Ward 中 and 中 😀')).toEqual(['中', '😀']);
  });
});

describe('wrapping card text', () => {
  const text = 'Some workloads were high and difficult to manage, and staff felt that their workload was not manageable.';

  it('keeps every line within the width and loses no word when the text fits', () => {
    const wrapped = wrapText(text, regular, 32, 400, 10);
    expect(wrapped.cut).toBe(false);
    expect(wrapped.lines.join(' ')).toBe(text);
    for (const line of wrapped.lines) expect(textWidth(regular, line, 32)).toBeLessThanOrEqual(400);
  });

  it('ends the last line with an ellipsis after a whole word when the text does not fit', () => {
    const wrapped = wrapText(text, regular, 32, 400, 2);
    expect(wrapped.cut).toBe(true);
    expect(wrapped.lines).toHaveLength(2);
    expect(wrapped.lines[1]).toMatch(/[a-z]…$/);
    expect(text.startsWith(wrapped.lines.join(' ').replace(/…$/, ''))).toBe(true);
    for (const line of wrapped.lines) expect(textWidth(regular, line, 32)).toBeLessThanOrEqual(400);
  });

  it('cuts a single word wider than the line between characters', () => {
    const wrapped = wrapText('Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch', bold, 56, 300, 2);
    expect(wrapped.cut).toBe(true);
    expect(wrapped.lines).toHaveLength(1);
    expect(textWidth(bold, wrapped.lines[0] ?? '', 56)).toBeLessThanOrEqual(300);
  });

  it('escapes text for SVG', () => {
    expect(xmlEscape('A & B <c> "d"')).toBe('A &amp; B &lt;c&gt; &quot;d&quot;');
  });
});
