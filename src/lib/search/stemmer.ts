/**
 * The Porter stemming algorithm (M. F. Porter, 1980, "An algorithm for suffix stripping"), after the reference
 * JavaScript version on tartarus.org/martin/PorterStemmer (public domain). Search stems every word it indexes and
 * every word of a query, so "victims", "victim" and "victimised" meet. It takes lower-case ASCII words; any other
 * word is returned as it is.
 */

const step2: Record<string, string> = {
  ational: 'ate',
  tional: 'tion',
  enci: 'ence',
  anci: 'ance',
  izer: 'ize',
  bli: 'ble',
  alli: 'al',
  entli: 'ent',
  eli: 'e',
  ousli: 'ous',
  ization: 'ize',
  ation: 'ate',
  ator: 'ate',
  alism: 'al',
  iveness: 'ive',
  fulness: 'ful',
  ousness: 'ous',
  aliti: 'al',
  iviti: 'ive',
  biliti: 'ble',
  logi: 'log',
};
const step3: Record<string, string> = { icate: 'ic', ative: '', alize: 'al', iciti: 'ic', ical: 'ic', ful: '', ness: '' };

const c = '[^aeiou]';
const v = '[aeiouy]';
const C = `${c}[^aeiouy]*`;
const V = `${v}[aeiou]*`;
/** The measure m of a stem is above 0, exactly 1, above 1; the stem holds a vowel; it ends consonant-vowel-consonant. */
const mGreater0 = new RegExp(`^(${C})?${V}${C}`);
const mEquals1 = new RegExp(`^(${C})?${V}${C}(${V})?$`);
const mGreater1 = new RegExp(`^(${C})?${V}${C}${V}${C}`);
const hasVowel = new RegExp(`^(${C})?${v}`);
const cvc = new RegExp(`^${C}${v}[^aeiouwxy]$`);

const step2Pattern =
  /^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;
const step3Pattern = /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/;
const step4Pattern = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/;

/** The Porter stem of a lower-case word ("relationships" → "relationship", "victimised" → "victimis"). */
export function stem(word: string): string {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return word;
  const initialY = word.startsWith('y');
  let w = initialY ? `Y${word.slice(1)}` : word;

  // Step 1a: plurals.
  if (/^(.+?)(ss|i)es$/.test(w)) w = w.replace(/^(.+?)(ss|i)es$/, '$1$2');
  else if (/^(.+?)([^s])s$/.test(w)) w = w.replace(/^(.+?)([^s])s$/, '$1$2');

  // Step 1b: -eed, -ed, -ing.
  const eed = /^(.+?)eed$/.exec(w);
  const edIng = /^(.+?)(ed|ing)$/.exec(w);
  if (eed) {
    if (mGreater0.test(eed[1] ?? '')) w = w.slice(0, -1);
  } else if (edIng) {
    const s = edIng[1] ?? '';
    if (hasVowel.test(s)) {
      w = s;
      if (/(at|bl|iz)$/.test(w)) w += 'e';
      else if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
      else if (cvc.test(w)) w += 'e';
    }
  }

  // Step 1c: y to i.
  const y = /^(.+?)y$/.exec(w);
  if (y && hasVowel.test(y[1] ?? '')) w = `${y[1] ?? ''}i`;

  // Steps 2 and 3: double and single suffixes.
  const s2 = step2Pattern.exec(w);
  if (s2 && mGreater0.test(s2[1] ?? '')) w = (s2[1] ?? '') + (step2[s2[2] ?? ''] ?? '');
  const s3 = step3Pattern.exec(w);
  if (s3 && mGreater0.test(s3[1] ?? '')) w = (s3[1] ?? '') + (step3[s3[2] ?? ''] ?? '');

  // Step 4: -ant, -ence, … and -ion after s or t.
  const s4 = step4Pattern.exec(w);
  const ion = /^(.+?)(s|t)(ion)$/.exec(w);
  if (s4) {
    if (mGreater1.test(s4[1] ?? '')) w = s4[1] ?? '';
  } else if (ion) {
    const s = (ion[1] ?? '') + (ion[2] ?? '');
    if (mGreater1.test(s)) w = s;
  }

  // Step 5: a final -e, and -ll.
  const e = /^(.+?)e$/.exec(w);
  if (e) {
    const s = e[1] ?? '';
    if (mGreater1.test(s) || (mEquals1.test(s) && !cvc.test(s))) w = s;
  }
  if (/ll$/.test(w) && mGreater1.test(w)) w = w.slice(0, -1);

  return initialY ? `y${w.slice(1)}` : w;
}
