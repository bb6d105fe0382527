import { describe, expect, it } from 'vitest';
import { fieldLine, inspectionLines, recordedDate, reviewedSentence } from '../../../../src/lib/words/corrections';

describe('the words of a correction’s mark', () => {
  it('give the day a version was recorded as the UK has it, whatever the build’s time zone', () => {
    expect(recordedDate('2026-11-26T01:19:46Z')).toBe('26 November 2026');
    // 23:30 UTC on 30 June is half past midnight on 1 July in British Summer Time.
    expect(recordedDate('2026-06-30T23:30:00Z')).toBe('1 July 2026');
  });

  it('write an imported value the site’s usual way, labelled', () => {
    expect(fieldLine({ field: 'score', imported: { points: 10, max: 24 } })).toEqual({ label: 'Score', text: '10/24' });
    expect(fieldLine({ field: 'date', imported: '2023-05-25' })).toEqual({ label: 'Date', text: '25 May 2023' });
    expect(fieldLine({ field: 'recipient', imported: { name: 'Chris Edwards', role: 'Regional Probation Director' } })).toEqual({
      label: 'To',
      text: 'Chris Edwards, Regional Probation Director',
    });
    expect(fieldLine({ field: 'addressee', imported: 'hmpps' })).toEqual({
      label: 'Addressed to',
      text: 'HM Prison and Probation Service',
    });
  });

  it('name each changed rating with its standard, and a standard imported as not rated as such', () => {
    const names = new Map([['1.1', 'Leadership']]);
    expect(
      inspectionLines(
        {
          fields: [],
          ratings: [
            { standard: '1.1', imported: 'requires-improvement' },
            { standard: '2.1', imported: undefined },
          ],
        },
        (id) => names.get(id),
      ),
    ).toEqual([
      { label: '1.1 Leadership', text: 'Requires improvement' },
      { label: '2.1', text: 'Not rated' },
    ]);
  });

  it('say that changed tags are the site’s proposals, not corrections, and only when there are some', () => {
    expect(reviewedSentence([], false, false)).toBeUndefined();
    expect(reviewedSentence(['Wigan recommendation 5'], false, false)).toMatch(
      /^They changed the domain tags of Wigan recommendation 5, which the importer proposed for their review\. .* not marked as corrections\.$/,
    );
    expect(reviewedSentence(['Wigan recommendation 5'], true, true)).toMatch(
      /^The editors also changed the domain tags of Wigan recommendation 5 and the key figures,/,
    );
  });
});
