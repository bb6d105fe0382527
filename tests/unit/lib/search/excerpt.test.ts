import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ellipsis, excerpt } from '../../../../src/lib/search/excerpt';
import { parseQuery } from '../../../../src/lib/language/reading';
import { testAcronyms } from './helpers';

/** An excerpt's text as a reader sees it: marks removed, entities decoded. */
const shownText = (html: string) =>
  html
    .replace(/<\/?mark>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The words an excerpt marks. */
const marked = (html: string) => [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]);

const words = (n: number, word = 'Words') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

describe('a result’s excerpt', () => {
  it('shows thirty words around the best match, leading in with a few, each matched word marked and each cut shown', () => {
    const text = `${'Words before. '.repeat(30)}Staff had high caseloads and staff were tired.${' Words after.'.repeat(30)}`;
    const html = excerpt([text], parseQuery('staff caseload'), []);
    expect(html).toBe(
      `${ellipsis}before. Words before. Words before. <mark>Staff</mark> had high <mark>caseloads</mark> and <mark>staff</mark> were tired. Words after. Words after. Words after. Words after. Words after. Words after. Words after. Words after. Words${ellipsis}`,
    );
    expect(shownText(html).replace(/…/g, '').split(' ')).toHaveLength(30);
  });

  it('shows a short paragraph whole, with nothing marked as cut', () => {
    const text = '“Staff were tired,” the letter said (in May).';
    expect(excerpt([text], parseQuery('staff'), [])).toBe('“<mark>Staff</mark> were tired,” the letter said (in May).');
  });

  it('marks a cut only at the end where the match opens the paragraph, and only at the start where it closes it', () => {
    const opening = excerpt([`Staff ${words(60)}.`], parseQuery('staff'), []);
    expect(opening.startsWith('<mark>Staff</mark> Words0')).toBe(true);
    expect(opening.endsWith(`Words28${ellipsis}`)).toBe(true);
    const closing = excerpt([`${words(60)} staff.`], parseQuery('staff'), []);
    expect(closing.startsWith(`${ellipsis}Words31 `)).toBe(true);
    expect(closing.endsWith('<mark>staff</mark>.')).toBe(true);
  });

  it('shows the start of the first paragraph when nothing matches', () => {
    expect(excerpt(['First paragraph.', 'Second paragraph about staff.'], parseQuery('harm'), [])).toBe('First paragraph.');
  });

  it('shows nothing for an item with no words', () => {
    expect(excerpt([], parseQuery('staff'), [])).toBe('');
    expect(excerpt(['', ' – '], parseQuery('staff'), [])).toBe('');
  });

  it('takes its words from the one paragraph holding most of the query’s words, never joining two', () => {
    const paragraphs = ['Staff were tired.', 'Caseloads were high for staff.', 'Caseloads again.'];
    expect(excerpt(paragraphs, parseQuery('staff caseloads'), [])).toBe('<mark>Caseloads</mark> were high for <mark>staff</mark>.');
    expect(excerpt(paragraphs, parseQuery('tired'), [])).toBe('Staff were <mark>tired</mark>.');
  });

  it('marks a prefix’s longer words, but not longer words of a word typed whole', () => {
    expect(marked(excerpt(['The victim and victimisation.'], parseQuery('vict'), []))).toEqual(['victim', 'victimisation']);
    expect(marked(excerpt(['The victim and victimisation.'], parseQuery('victim '), []))).toEqual(['victim']);
  });

  it('marks the form of an abbreviation the text uses, asked for by either form', () => {
    const long = 'Reduce waits for Building Better Relationships.';
    const short = 'BBR completions and BBRs run were low.';
    expect(excerpt([long], parseQuery('BBR'), testAcronyms)).toBe(
      'Reduce waits for <mark>Building</mark> <mark>Better</mark> <mark>Relationships</mark>.',
    );
    expect(excerpt([short], parseQuery('building better relationships'), testAcronyms)).toBe(
      '<mark>BBR</mark> completions and <mark>BBRs</mark> run were low.',
    );
    expect(marked(excerpt([short], parseQuery('better'), testAcronyms)), 'one word of the expansion is not the abbreviation').toEqual([]);
    expect(marked(excerpt([long], parseQuery('bbr'), []))).toEqual([]);
  });

  it('marks a short form only in the letter case it is printed in', () => {
    const text = 'The po and the PO met the probation officer.';
    expect(marked(excerpt([text], parseQuery('probation officer'), testAcronyms))).toEqual(['PO', 'probation', 'officer']);
  });

  it('escapes the text, so only the marks are markup', () => {
    const html = excerpt(['<img src=x onerror=alert(1)> & "victims"'], parseQuery('victims'), []);
    expect(html).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;<mark>victims</mark>&quot;');
  });

  it('is always, without its marks and cuts, a run of one paragraph, cut wherever it says so and nowhere else', () => {
    const word = fc.constantFrom(
      'staff',
      'Victims',
      'caseloads',
      'BBR',
      'Building',
      'Better',
      'Relationships',
      'risk',
      'of',
      'harm',
      '2023',
    );
    const gap = fc.constantFrom(' ', ', ', '. ', ' & ', ' <b> ', ' "', "' ", ' – ', '\n');
    const paragraph = fc
      .array(fc.tuple(word, gap), { minLength: 0, maxLength: 60 })
      .chain((pairs) => fc.tuple(fc.constantFrom('', '“', '('), fc.constant(pairs), fc.constantFrom('', '.', '”', ')')))
      .map(([open, pairs, close]) => `${open}${pairs.map(([w, g]) => w + g).join('')}${close}`);
    const query = fc.constantFrom(
      'staff',
      'victims harm',
      'bbr',
      'building better relationships',
      'risk of harm',
      'nothing',
      'cas',
      '"risk of"',
    );
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 4 }), query, fc.integer({ min: 1, max: 40 }), (paragraphs, q, length) => {
        const html = excerpt(paragraphs, parseQuery(q), testAcronyms, length);
        // Markup is only the marks: every other < and & is escaped.
        expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/<|&(?!(amp|lt|gt|quot|#39);)/);
        if (!html) return;
        const shown = shownText(html);
        const leading = shown.startsWith(ellipsis);
        const trailing = shown.endsWith(ellipsis);
        const run = shown.slice(leading ? 1 : 0, trailing ? -1 : undefined);
        expect(run).not.toContain(ellipsis);
        const found = paragraphs.some((p) => {
          for (let at = p.indexOf(run); at >= 0; at = p.indexOf(run, at + 1)) {
            if (at > 0 === leading && at + run.length < p.length === trailing) return true;
          }
          return false;
        });
        expect(found, `${JSON.stringify(html)} in ${JSON.stringify(paragraphs)}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
