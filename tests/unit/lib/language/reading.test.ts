import { describe, expect, it } from 'vitest';
import {
  acronymUses,
  documentTerms,
  holdsEveryWord,
  isPairTerm,
  normaliseWord,
  pairTerm,
  parseQuery,
  partialStems,
  queryWords,
  startsLike,
  termOf,
  wordSpans,
} from '../../../../src/lib/language/reading';
import { must, reference } from '../../../support';
import { testAcronyms } from '../search/helpers';

const bbr = testAcronyms.slice(0, 1);

describe('how search reads words', () => {
  it('stems words as Porter’s algorithm does, so plurals and endings meet', () => {
    const pairs: [string, string][] = [
      ['caresses', 'caress'],
      ['ponies', 'poni'],
      ['relational', 'relat'],
      ['hopping', 'hop'],
      ['generalizations', 'gener'],
      ['victims', 'victim'],
      ['victim', 'victim'],
      ['relationships', 'relationship'],
      ['assessed', 'assess'],
      ['assessment', 'assess'],
      ['yelling', 'yell'],
    ];
    for (const [word, expected] of pairs) expect(termOf(word), word).toBe(expected);
  });

  it('files a word in any letter case, with or without accents and a possessive, under one term', () => {
    expect(termOf('Victims’')).toBe('victim');
    expect(termOf('VICTIM’s')).toBe('victim');
    expect(termOf('Café')).toBe(termOf('cafe'));
    expect(termOf('2023')).toBe('2023');
  });

  it('compares words in lower case, without accents, possessive ’s or apostrophes', () => {
    expect(normaliseWord('Probation’s')).toBe('probation');
    expect(normaliseWord("don't")).toBe('dont');
    expect(normaliseWord('Café')).toBe('cafe');
  });

  it('finds each word with its place in the text', () => {
    const text = 'Victims’ needs, multi-agency work';
    expect(wordSpans(text).map((s) => [text.slice(s.start, s.end), s.term])).toEqual([
      ['Victims', 'victim'],
      ['needs', 'need'],
      ['multi', 'multi'],
      ['agency', 'agenc'],
      ['work', 'work'],
    ]);
  });
});

describe('the terms a document is matched by', () => {
  it('holds each word, each pair of neighbouring words, and a hyphenated pair joined', () => {
    expect(documentTerms('multi-agency work', [])).toEqual(['multi', 'agenc', '_multi agenc', 'multiag', 'work', '_agenc work']);
  });

  it('joins only words a hyphen joins, not words a space or a dash parts', () => {
    expect(documentTerms('multi agency', [])).not.toContain('multiag');
    expect(documentTerms('multi – agency', [])).not.toContain('multiag');
    expect(documentTerms('multi‐agency', [])).toContain('multiag');
  });

  it('never files a pair of words under a term a single word could have', () => {
    const pairs = documentTerms('Unpaid work was delivered', []).filter(isPairTerm);
    expect(pairs).toEqual([pairTerm('unpaid', 'work'), pairTerm('work', 'wa'), pairTerm('wa', 'deliv')]);
    expect(wordSpans('Unpaid work was delivered').some((s) => isPairTerm(s.term))).toBe(false);
  });

  it('holds the expansion’s words and pairs where the text writes the short form, and the other way round', () => {
    const short = documentTerms('BBR completions were low.', bbr);
    expect(short).toEqual(expect.arrayContaining(['bbr', 'build', 'better', 'relationship', '_build better', '_better relationship']));
    const long = documentTerms('Building Better Relationships completions were low.', bbr);
    expect(long).toContain('bbr');
  });

  it('finds an abbreviation in either form: the short form as printed (a plural or possessive allowed), the expansion in any case', () => {
    const uses = (text: string) => acronymUses(text, wordSpans(text), testAcronyms).map((u) => `${u.acronym.short} ${u.form}`);
    expect(uses('particularly Building Better Relationships.')).toEqual(['BBR expansion']);
    expect(uses('referrals for BBR')).toEqual(['BBR short']);
    expect(uses('newly qualified POs and building better\nrelationships')).toEqual(['PO short', 'BBR expansion']);
    expect(uses('the BBR’s waiting list')).toEqual(['BBR short']);
    expect(uses('a PORT and the bbrx, BBRS')).toEqual([]);
  });

  it('reads the project’s abbreviation list, in which BBR stands for Building Better Relationships', () => {
    expect(documentTerms('Building Better Relationships', reference.acronyms)).toContain('bbr');
  });

  it('reads a plural short form as the abbreviation', () => {
    expect(documentTerms('Two BBRs ran.', bbr)).toEqual(expect.arrayContaining(['build', 'better', 'relationship']));
    expect(acronymUses('Two BBRs ran.', wordSpans('Two BBRs ran.'), bbr)).toEqual([{ acronym: bbr[0], form: 'short', from: 1, to: 2 }]);
  });

  it('reads a short form only in the letter case it is printed in, so “po” is not “PO”', () => {
    expect(documentTerms('Each PO met them.', testAcronyms)).toEqual(expect.arrayContaining(['probat', 'offic', '_probat offic']));
    expect(documentTerms('Each POs met them.', testAcronyms)).toContain('offic');
    expect(documentTerms('Each po met them.', testAcronyms)).not.toContain('offic');
    expect(documentTerms('Each Po met them.', testAcronyms)).not.toContain('offic');
    expect(documentTerms('Each probation officer met them.', testAcronyms)).toContain('po');
  });

  it('finds an expansion only with all its words in order', () => {
    expect(documentTerms('Better Building Relationships', bbr)).not.toContain('bbr');
    expect(documentTerms('Building Better', bbr)).not.toContain('bbr');
  });
});

describe('reading a query', () => {
  it('matches the last word of a query of three letters or more as a prefix, and each word once', () => {
    expect(queryWords('Risk of vict')).toEqual([
      { term: 'risk', prefix: false },
      { term: 'of', prefix: false },
      { term: 'vict', prefix: true, typed: 'vict' },
    ]);
    expect(queryWords('victims victim')).toEqual([{ term: 'victim', prefix: true, typed: 'victim' }]);
    expect(queryWords('risk of')).toEqual([
      { term: 'risk', prefix: false },
      { term: 'of', prefix: false },
    ]);
  });

  it('reads a word typed in part also by its own starts, down to four letters, since its stem may be longer than the whole word’s', () => {
    const [word] = queryWords('Probati');
    expect(word).toEqual({ term: 'probati', prefix: true, typed: 'probati' });
    expect(partialStems(must(word, 'the word'))).toEqual(['probat', 'proba', 'prob']);
    expect(startsLike(must(word, 'the word'), 'probat')).toBe(true);
    expect(startsLike(must(word, 'the word'), 'probe')).toBe(false);
    expect(startsLike(must(word, 'the word'), 'pro')).toBe(false);
    expect(partialStems(must(queryWords('probati ')[0], 'the word'))).toEqual([]);
  });

  it('stops matching the last word as a prefix once a space follows it', () => {
    expect(queryWords('risk vict ')).toEqual([
      { term: 'risk', prefix: false },
      { term: 'vict', prefix: false },
    ]);
  });

  it('gives the pairs of neighbouring words as typed, and no phrase without quotes', () => {
    expect(parseQuery('unpaid work hours')).toEqual({
      words: [
        { term: 'unpaid', prefix: false },
        { term: 'work', prefix: false },
        { term: 'hour', prefix: true, typed: 'hours' },
      ],
      phrases: [],
      pairs: ['_unpaid work', '_work hour'],
    });
  });

  it('reads words in double quotes as a phrase, straight or curly, whose last word is no prefix', () => {
    for (const query of ['"unpaid work"', '“unpaid work”']) {
      expect(parseQuery(query), query).toEqual({
        words: [
          { term: 'unpaid', prefix: false },
          { term: 'work', prefix: false },
        ],
        phrases: [['unpaid', 'work']],
        pairs: ['_unpaid work'],
      });
    }
  });

  it('runs an unclosed quote to the end of the query', () => {
    expect(parseQuery('risk "unpaid work')).toEqual({
      words: [
        { term: 'risk', prefix: false },
        { term: 'unpaid', prefix: false },
        { term: 'work', prefix: false },
      ],
      phrases: [['unpaid', 'work']],
      pairs: ['_risk unpaid', '_unpaid work'],
    });
  });

  it('makes no phrase of one quoted word, and still matches a word after the quotes as a prefix', () => {
    expect(parseQuery('"victim" vict')).toEqual({
      words: [
        { term: 'victim', prefix: false },
        { term: 'vict', prefix: true, typed: 'vict' },
      ],
      phrases: [],
      pairs: ['_victim vict'],
    });
  });

  it('reads nothing from a query of spaces and punctuation', () => {
    expect(parseQuery('  " ” - ')).toEqual({ words: [], phrases: [], pairs: [] });
  });
});

describe('whether a document holds every word of a query', () => {
  const terms = new Set(documentTerms('Unpaid work was delivered to victims.', []));
  const never = () => false;
  const always = () => true;

  it('needs every word, each as a word or, where allowed, the start of one', () => {
    expect(holdsEveryWord(terms, parseQuery('victim work'), never)).toBe(true);
    expect(holdsEveryWord(terms, parseQuery('victim harm'), never)).toBe(false);
    expect(holdsEveryWord(terms, parseQuery('work deli'), never)).toBe(false);
    expect(holdsEveryWord(terms, parseQuery('work deli'), always)).toBe(true);
  });

  it('needs a quoted phrase’s words side by side and in order', () => {
    expect(holdsEveryWord(terms, parseQuery('"unpaid work"'), never)).toBe(true);
    expect(holdsEveryWord(terms, parseQuery('"work unpaid"'), never)).toBe(false);
    expect(holdsEveryWord(terms, parseQuery('"unpaid victims"'), never)).toBe(false);
  });

  it('never takes a pair of words for a word a prefix starts', () => {
    const pairOnly = new Set([pairTerm('unpaid', 'work')]);
    expect(holdsEveryWord(pairOnly, parseQuery('unpaid'), always)).toBe(false);
  });
});
