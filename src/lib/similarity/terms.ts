/**
 * The terms a text is compared by: its words and its pairs of neighbouring words, read with the site's one notion of
 * a word (src/lib/search/words.ts: Unicode words compared in lower case without accents or possessives, Porter
 * stemmed), after an abbreviation and its expansion are read as one token and words that say nothing about what a
 * text asks for ("the", "should", "PDU", "region") are left out.
 */
import { acronymUses, normaliseWord, termOf, wordSpans, type AcronymForms, type AcronymUse } from '../language/reading';

/** English function words, and the words every letter uses whatever it is about. */
const stopWords = (
  'a about above after again against all also am an and any are as at be because been before being below between both but by can could ' +
  'did do does doing down during each either etc few for from further had has have having he her here hers him his how however i if in ' +
  'into is it its itself just may me might more most must my no nor not now of off on once only or other our ours out over own per same ' +
  'she so some such than that the their theirs them then there these they this those through to too under until up upon very via was we ' +
  'were what when where whether which while who whom why will with within would yet you your ' +
  // The letters' own everywhere-words: the unit and body written to, and the verbs every recommendation hangs on.
  'pdu region regional should ensure probation'
).split(' ');

/** The stop words as terms, so every form of one is left out ("regions", "ensuring", "it’s"). */
const stopTerms = new Set(stopWords.map(termOf));

/** The token an abbreviation and its expansion are both read as: "#bbr". It cannot collide with a word's term. */
const canonical = (a: AcronymForms) => `#${normaliseWord(a.short)}`;

/** Punctuation between two words, which a word pair never spans (a hyphen or an apostrophe does not part them). */
const pairBreak = /[.,;:!?()[\]“”"]/;

/** A term of digits alone: a number says nothing about what a text asks for. */
const number = /^\d+$/;

/** A reader of texts into terms, with the abbreviation list applied. Build it once and reuse it. */
export interface TermReader {
  /** The words (unigrams) and neighbouring word pairs (bigrams, "a b") of a text, repeats kept. */
  terms(text: string): string[];
}

/**
 * A term reader that reads each abbreviation (as printed, or with a plural "s") and its expansion as one token. Where
 * uses overlap, the longest starting first wins, so "senior probation officer" is read as SPO, not as "senior" and PO.
 */
export function termReader(acronyms: readonly AcronymForms[]): TermReader {
  return {
    terms(text) {
      const spans = wordSpans(text);
      // The longest abbreviation use starting at each word (the short form is one word long).
      const uses: (AcronymUse | undefined)[] = [];
      for (const use of acronymUses(text, spans, acronyms)) {
        const known = uses[use.from];
        if (!known || use.to > known.to) uses[use.from] = use;
      }
      const out: string[] = [];
      let previous: string | undefined;
      for (let i = 0; i < spans.length;) {
        const span = spans[i];
        if (!span) break;
        if (i > 0 && pairBreak.test(text.slice(spans[i - 1]?.end ?? 0, span.start))) previous = undefined;
        const use = uses[i];
        i = use ? use.to : i + 1;
        // A stop word is left out but does not part a pair: "risk of harm" holds "risk harm".
        if (stopTerms.has(use ? termOf(use.acronym.short) : span.term)) continue;
        const token = use ? canonical(use.acronym) : span.term;
        if (number.test(token)) continue;
        out.push(token);
        if (previous !== undefined) out.push(`${previous} ${token}`);
        previous = token;
      }
      return out;
    },
  };
}
