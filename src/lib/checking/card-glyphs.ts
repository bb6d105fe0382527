/**
 * Text a share card or chart image draws must be in the font the images ship with (src/lib/images/fonts.ts): a
 * letter's title, its section titles, its PDUs' names, and its findings' and recommendations' words. The page itself
 * shows any character, but a card would show a missing-glyph box, so such a character is refused here, at its field's
 * line, rather than by the build naming a card. The font covers Latin, Greek, punctuation, arrows, mathematical
 * operators and common symbols ("≤", "→", "✓"); what it lacks is mostly emoji.
 */
import type { Letter } from '../../schemas/letter';
import type { FontMetrics } from '../typesetting/font-metrics';
import { missingCharacters } from '../typesetting/font-metrics';
import { imageFonts } from '../typesetting/fonts';
import type { FieldProblem } from '../problems';

const described = (c: string) => `"${c}" (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`;

/** The characters of a text either of the fonts (regular, bold) lacks. */
function lacking(fonts: readonly FontMetrics[], text: string): string[] {
  // Most text is plain ASCII, which the fonts hold: only other text is looked up.
  if (/^[\x20-\x7e\s]*$/.test(text)) return [];
  return [...new Set(fonts.flatMap((f) => missingCharacters(f, text)))];
}

/** A problem for each field of a letter whose text the images draw and the images' font cannot show. */
export function cardGlyphProblems(letter: Letter, fonts = imageFonts()): FieldProblem[] {
  const both = [fonts.regular, fonts.bold];
  const fields: [PropertyKey[], string][] = [
    [['title'], letter.title],
    ...letter.sections.map((s, i): [PropertyKey[], string] => [['sections', i, 'title'], s.title]),
    ...letter.pdus.map((p, i): [PropertyKey[], string] => [['pdus', i, 'name'], p.name]),
    ...letter.findings.map((f, i): [PropertyKey[], string] => [['findings', i, 'text'], f.text]),
    ...letter.recommendations.map((r, i): [PropertyKey[], string] => [['recommendations', i, 'text'], r.text]),
  ];
  return fields.flatMap(([path, text]) => {
    const missing = lacking(both, text);
    return missing.length
      ? [
          {
            path,
            message: `${missing.map(described).join(', ')} cannot be drawn on the share cards and chart images: their font has no such character. Keep the letter's words; add the character to the font (src/assets/fonts/subset.py) or a font that has it`,
          },
        ]
      : [];
  });
}
