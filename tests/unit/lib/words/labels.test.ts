import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  excerpt,
  findingHeading,
  findingNumber,
  findingTitle,
  headingWords,
  recommendationHeading,
  recommendationTitle,
} from '../../../../src/lib/words/labels';
import { modelOf, must, root } from '../../../support';
import { atomFeed, siteFeedScope, xmlEscape } from '../../../../src/lib/publishing/feed';

describe('labels', () => {
  it('shorten text at a word boundary with an ellipsis', () => {
    expect(excerpt('short', 10)).toBe('short');
    expect(excerpt('The region had a sound awareness of areas for improvement', 30)).toBe('The region had a sound…');
  });

  it('keep a text that fits whole, with no ellipsis, even one that fits exactly or ends in a full stop', () => {
    expect(excerpt('Staffing levels were insufficient.', 34)).toBe('Staffing levels were insufficient.');
    expect(excerpt('Staffing levels were insufficient.', 100)).toBe('Staffing levels were insufficient.');
    expect(excerpt('', 10)).toBe('');
  });

  it('never cut a word: the last word that fits is kept whole, the next is left out entirely', () => {
    // "awareness" ends at 32: with 31 it is left out, not cut to "awarenes".
    expect(excerpt('The region had a sound awareness of areas', 31)).toBe('The region had a sound…');
    // A word ending exactly at the limit fits.
    expect(excerpt('The region had a sound awareness of areas', 32)).toBe('The region had a sound awareness…');
    // A first word longer than the limit is kept whole rather than cut.
    expect(excerpt('Multi-agency public protection arrangements', 5)).toBe('Multi-agency…');
    // One word with no break at all is kept whole, with no ellipsis (nothing was left out).
    expect(excerpt('Supercalifragilistic', 5)).toBe('Supercalifragilistic');
    // A no-break space joins what it separates: "61 per cent" is not cut after "61".
    expect(excerpt('Only 61\u00a0per cent of staff felt that', 9)).toBe('Only…');
  });

  it('trim the punctuation and dashes before the ellipsis, but not a closing quote or an apostrophe', () => {
    expect(excerpt('Some workloads were high and difficult to manage. Sixty-one per cent', 52)).toBe(
      'Some workloads were high and difficult to manage…',
    );
    expect(excerpt('improve the quality of assessment, planning, and reviewing', 45)).toBe('improve the quality of assessment, planning…');
    expect(excerpt('Risks were reviewed weekly – and monthly', 28)).toBe('Risks were reviewed weekly…');
    expect(excerpt('an approach to ‘what works’ for people on probation', 27)).toBe('an approach to ‘what works’…');
    expect(excerpt('an approach to (what works) for people', 17)).toBe('an approach to…');
    expect(excerpt('the probation officers’ workloads were high', 24)).toBe('the probation officers’…');
  });

  it('stop at the end of a sentence in the second half of the words kept, rather than run into the next', () => {
    const text = 'Some workloads were high and difficult to manage. Sixty-one per cent of staff';
    expect(excerpt(text, 60)).toBe('Some workloads were high and difficult to manage…');
    // A sentence ending in the first half is too short a start: the words run on to the limit.
    expect(excerpt('Staff left. Others were recruited from the region and the PDU', 40)).toBe('Staff left. Others were recruited from…');
    expect(excerpt('Senior leaders did ‘the right thing’. For example, the approach', 45)).toBe('Senior leaders did ‘the right thing’…');
  });

  it('show only the text’s own characters, in order, plus one ellipsis when cut, for any text', () => {
    const words = fc.array(fc.stringMatching(/^[A-Za-z’'(“,.;:–-]{1,12}$/), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(words, fc.constantFrom(' ', '  ', '\n', '\u00a0'), fc.integer({ min: 1, max: 120 }), (ws, gap, max) => {
        const text = ws.join(gap);
        const out = excerpt(text, max);
        // Whole: the text itself, nothing added.
        if (out === text) return;
        const kept = out.slice(0, -1);
        // Cut: a prefix of the text, ending where a word ends (a break or trimmed punctuation follows it).
        expect(out.endsWith('…')).toBe(true);
        expect(text.startsWith(kept)).toBe(true);
        expect(kept.length).toBeGreaterThan(0);
        expect(kept.length).toBeLessThan(text.length);
        expect(text.slice(kept.length)).toMatch(/^[,;:.!?\-\u2010-\u2015([{“‘«]*[^\S\u00a0]/u);
        expect(kept).not.toMatch(/[\s,;:.!?–-]$/u);
        // Within the limit, unless no break within it leaves any words (a first word longer than the limit).
        if (kept.length > max)
          for (let i = 1; i <= max; i++)
            if (/[^\S\u00a0]/u.test(text.charAt(i))) expect(text.slice(0, i)).toMatch(/^[\s,;:.!?\-\u2010-\u2015([{“‘«]*$/u);
      }),
    );
  });

  it('title each finding and recommendation by its section or PDU, then the start of its own words', () => {
    const model = modelOf(`${root}tests/fixtures/corpus/letters`);
    /** The words after the label are the text's own: all of it, or a start of it and an ellipsis. */
    const startsOwnWords = (heading: string, label: string, text: string) => {
      expect(heading.startsWith(`${label}: `)).toBe(true);
      const words = heading.slice(label.length + 2);
      if (words !== text) {
        expect(words.endsWith('…')).toBe(true);
        expect(text.startsWith(words.slice(0, -1))).toBe(true);
        expect(words.length).toBeLessThanOrEqual(headingWords + 1);
      }
    };
    for (const f of model.findings) {
      const kind = f.finding.kind === 'strength' ? 'key strength' : 'area for improvement';
      startsOwnWords(findingHeading(f), `${f.section.title}, ${kind} ${findingNumber(f)}`, f.finding.text);
      expect(findingTitle(f)).toBe(`${f.section.title}, ${kind} ${findingNumber(f)}`);
    }
    for (const r of model.recommendations) {
      startsOwnWords(recommendationHeading(r), `${r.inspection.name} recommendation ${r.recommendation.number}`, r.recommendation.text);
      expect(recommendationTitle(r)).toBe(`${r.inspection.name} recommendation ${r.recommendation.number}`);
    }
  });

  it('title the seed’s items as a reader would name them', () => {
    const model = modelOf();
    const finding = must(
      model.findings.find((f) => f.finding.id === 'greater-manchester-2023-05-staff-improvement-2'),
      'the seed’s staff area for improvement 2',
    );
    expect(findingHeading(finding)).toBe('Staff, area for improvement 2: Some workloads were high and difficult to manage…');
    const rec = must(
      model.recommendations.find((r) => r.recommendation.id === 'greater-manchester-2023-05-tameside-8'),
      'Tameside recommendation 8',
    );
    expect(recommendationHeading(rec)).toBe('Tameside recommendation 8: reduce waiting times for accredited programmes, particularly…');
    expect(recommendationHeading(rec, 200)).toBe(
      'Tameside recommendation 8: reduce waiting times for accredited programmes, particularly Building Better Relationships.',
    );
  });

  it('escape XML, and refuse a feed with no letter to date it rather than invent a date', () => {
    expect(xmlEscape(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;'&amp;'&lt;/a&gt;");
    expect(() => atomFeed([], { site: 'https://example.org', description: 'D' }, {}, siteFeedScope('T'))).toThrow(
      '/feed.xml: a feed needs at least one letter; none was given',
    );
  });

  it('number each finding within its section and kind in printed order, and give 0 to a finding its letter does not hold', () => {
    const model = modelOf(`${root}tests/fixtures/corpus/letters`);
    for (const f of model.findings) {
      const list = f.letter.letter.findings.filter((g) => g.section === f.finding.section && g.kind === f.finding.kind);
      expect(findingNumber(f), f.finding.id).toBe(list.indexOf(f.finding) + 1);
    }
    const [f] = model.findings;
    expect(f && findingNumber({ ...f, finding: { ...f.finding } })).toBe(0);
  });
});
