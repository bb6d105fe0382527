/**
 * The terms a text is compared by: its words and its pairs of neighbouring words, after abbreviations and their
 * expansions are read as one token, letter case and punctuation are dropped, words are lightly stemmed and words that say
 * nothing about what a text asks for ("the", "should", "PDU", "region") are left out.
 */
import type { Acronym } from '../../schemas/acronym';

/** English function words, and the words every letter uses whatever it is about. */
const stopWords = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by can could ' +
    'did do does doing down during each either etc few for from further had has have having he her here hers him his how however i if in ' +
    'into is it its itself just may me might more most must my no nor not now of off on once only or other our ours out over own per same ' +
    'she so some such than that the their theirs them then there these they this those through to too under until up upon very via was we ' +
    'were what when where whether which while who whom why will with within would yet you your ' +
    // The letters' own everywhere-words: the unit and body written to, and the verbs every recommendation hangs on.
    'pdu region regional should ensure probation'
  ).split(' '),
);

/** The token an abbreviation and its expansion are both read as: "#bbr". It cannot collide with a word. */
const canonical = (a: Acronym) => `#${a.short.toLowerCase()}`;

/**
 * A light stem, so the forms of one word meet: the plural folded ("officers" -> "officer", "authorities" ->
 * "authority"), then one ending of "-ment", "-ly", "-ed", "-ing" and a final "e" dropped where enough of the word is
 * left ("assessment", "assessed" -> "assess"; "sufficiently" -> "sufficient"; "managed", "manage" -> "manag").
 * It only has to be consistent, not a dictionary form: the terms are never shown.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const ending of ['ment', 'ly', 'ed', 'ing']) {
    if (w.endsWith(ending) && w.length - ending.length >= 4) {
      w = w.slice(0, -ending.length);
      break;
    }
  }
  return w.length > 4 && w.endsWith('e') ? w.slice(0, -1) : w;
}

interface Word {
  /** As printed, for matching an abbreviation in its letter case. */
  raw: string;
  /** Lower case and stemmed, for matching an expansion and for the terms. */
  folded: string;
  /** Whether the word is one of the stop words, as printed ("these") or stemmed ("regions"). */
  stop: boolean;
  /** Whether punctuation stands between this word and the one before (a word pair never spans it). */
  breakBefore: boolean;
}

const wordPattern = /[\p{L}\p{N}]+/gu;

function words(text: string): Word[] {
  const found: Word[] = [];
  let end = 0;
  const normal = text.normalize('NFC');
  for (const match of normal.matchAll(wordPattern)) {
    const raw = match[0];
    const gap = normal.slice(end, match.index);
    end = match.index + raw.length;
    // A possessive or contraction tail ("children's") is no word of its own.
    if (/^['’]$/.test(gap) && /^(s|t|ll|re|ve|d)$/i.test(raw)) continue;
    const lower = raw.toLowerCase();
    const folded = stem(lower);
    found.push({ raw, folded, stop: stopWords.has(lower) || stopWords.has(folded), breakBefore: /[.,;:!?()[\]“”"]/.test(gap) });
  }
  return found;
}

/** A reader of texts into terms, with the abbreviation list applied. Build it once and reuse it. */
export interface TermReader {
  /** The words (unigrams) and neighbouring word pairs (bigrams, "a b") of a text, repeats kept. */
  terms(text: string): string[];
}

/** A term reader that reads each abbreviation (as printed, or with a plural "s") and its expansion as one token. */
export function termReader(acronyms: readonly Acronym[]): TermReader {
  const shorts = new Map<string, string>();
  for (const a of acronyms) {
    shorts.set(a.short, canonical(a));
    shorts.set(`${a.short}s`, canonical(a));
  }
  // Expansions as folded word sequences, filed by their first word, longest first, so "senior probation officer"
  // wins over "probation officer".
  const phrases = new Map<string, { words: string[]; token: string }[]>();
  for (const a of acronyms) {
    const seq = words(a.expansion).map((w) => w.folded);
    const first = seq[0];
    if (first === undefined) continue;
    phrases.set(first, [...(phrases.get(first) ?? []), { words: seq, token: canonical(a) }]);
  }
  for (const list of phrases.values()) list.sort((x, y) => y.words.length - x.words.length);

  return {
    terms(text) {
      const ws = words(text);
      const tokens: { token: string; stop: boolean; breakBefore: boolean }[] = [];
      for (let i = 0; i < ws.length; i++) {
        const w = ws[i];
        if (!w) break;
        const phrase = phrases.get(w.folded)?.find((p) => p.words.every((pw, k) => ws[i + k]?.folded === pw));
        if (phrase) {
          tokens.push({ token: phrase.token, stop: stopWords.has(phrase.token.slice(1)), breakBefore: w.breakBefore });
          i += phrase.words.length - 1;
        } else {
          const short = shorts.get(w.raw);
          tokens.push(
            short
              ? { token: short, stop: stopWords.has(short.slice(1)), breakBefore: w.breakBefore }
              : { token: w.folded, stop: w.stop, breakBefore: w.breakBefore },
          );
        }
      }
      const out: string[] = [];
      let previous: string | undefined;
      for (const t of tokens) {
        if (t.breakBefore) previous = undefined;
        if (t.stop || /^\d+$/.test(t.token)) continue;
        out.push(t.token);
        if (previous !== undefined) out.push(`${previous} ${t.token}`);
        previous = t.token;
      }
      return out;
    },
  };
}
