import { must } from '../lib/must';

/** Letters from scripts whose characters look like Latin ones (Cyrillic "о", Greek "ο", fullwidth "Ｏ", …). */
const lookalike = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}\uff01-\uff5e]/u;
const scriptNames: [RegExp, string][] = [
  [/\p{Script=Cyrillic}/u, 'Cyrillic'],
  [/\p{Script=Greek}/u, 'Greek'],
  [/\p{Script=Armenian}/u, 'Armenian'],
  [/\p{Script=Cherokee}/u, 'Cherokee'],
  [/[\uff01-\uff5e]/u, 'fullwidth'],
];

/** A character's code point written "U+043E". */
const codePoint = (c: string) => `U+${must(c.codePointAt(0), `the code point of "${c}"`).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Says which characters of a text come from another script but look like Latin letters, e.g.
 * `"о" (U+043E, Cyrillic)`; undefined when there are none. Such a name or word is refused, never read.
 */
export function lookalikeNote(text: string): string | undefined {
  const found = [...new Set([...text].filter((c) => lookalike.test(c)))];
  if (!found.length) return undefined;
  const describe = (c: string) => `"${c}" (${codePoint(c)}, ${scriptNames.find(([p]) => p.test(c))?.[1] ?? 'another script'})`;
  return `it contains ${found.map(describe).join(', ')}, which look${found.length === 1 ? 's' : ''} like Latin letters but ${found.length === 1 ? 'is' : 'are'} not`;
}

/** A name fit to publish: Latin letters (accents allowed), digits, spaces and the punctuation of place names. */
export function nameProblem(name: string): string | undefined {
  const note = lookalikeNote(name);
  if (note) return note;
  const odd = [...name].find((c) => !/[\p{Script=Latin}0-9 '’&,.()\-–]/u.test(c));
  return odd ? `it contains "${odd}" (${codePoint(odd)}), which a name does not` : undefined;
}
