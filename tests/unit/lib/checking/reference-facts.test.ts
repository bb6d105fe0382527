/**
 * Issue 21, parts 1 and 3: what the reference data knows about a letter's framework and its region's PDUs is checked.
 * A letter cannot predate the framework it rates against; a PDU the regions file places in another region only is
 * refused, while two regions may each list a PDU of the same name.
 */
import { describe, expect, it } from 'vitest';
import { checkLetter } from '../../../../src/lib/checking/validate-letter';
import type { Letter } from '../../../../src/schemas/letter';
import type { Reference } from '../../../../src/lib/model/reference';
import { lettersIn, must, reference } from '../../../support';

const seed = must(lettersIn()[0], 'the committed seed entry');
const today = { today: '2026-01-01' };
const withPdu = (letter: Letter, i: number, change: Partial<Letter['pdus'][number]>): Letter => ({
  ...letter,
  pdus: letter.pdus.map((p, k) => (k === i ? { ...p, ...change } : p)),
});
const inNorthWest: Letter = { ...seed, region: 'north-west' };
/** The reference data with North West listing a PDU of the given name (with a source). */
const northWestListing = (name: string): Reference => ({
  ...reference,
  regions: reference.regions.map((r) =>
    r.id === 'north-west' ? { ...r, pdus: [{ name, source: 'a test source naming a North West PDU' }] } : r,
  ),
});

describe('a letter and the framework it rates against', () => {
  it('refuses a letter dated before its framework applies, once, at its date', () => {
    const early: Letter = { ...seed, date: '2020-05-25', pdus: seed.pdus.map((p) => ({ ...p, fieldworkStarted: '2020-02' })) };
    expect(checkLetter(early, reference, today)).toEqual([
      { path: ['date'], message: expect.stringMatching(/dated 25 May 2020, but the .* \(pdu-2021\) applies from 1 January 2021/) },
    ]);
  });

  it('refuses a PDU’s fieldwork before the framework applies, at that PDU’s fieldwork, when the letter is dated after', () => {
    const early = withPdu({ ...seed, date: '2021-02-10' }, 2, { fieldworkStarted: '2020-12' });
    const problems = checkLetter(
      withPdu(withPdu(early, 0, { fieldworkStarted: '2021-01' }), 1, { fieldworkStarted: '2021-01' }),
      reference,
      today,
    );
    expect(problems).toEqual([
      { path: ['pdus', 2, 'fieldworkStarted'], message: expect.stringMatching(/^Wigan's fieldwork started in December 2020, but/) },
    ]);
  });

  it('reports a letter dated before its own fieldwork once, not again for the framework', () => {
    expect(checkLetter({ ...seed, date: '1900-05-25' }, reference, today).map((p) => p.path)).toEqual([['date']]);
  });
});

describe('the PDUs of a letter’s region', () => {
  it('accepts the seed, whose PDUs the regions file lists under Greater Manchester', () => {
    expect(checkLetter(seed, reference, today)).toEqual([]);
  });

  it('refuses a North West letter whose PDUs are all Greater Manchester’s, once, at the region', () => {
    expect(checkLetter(inNorthWest, reference, today)).toEqual([
      {
        path: ['region'],
        message: expect.stringMatching(
          /filed under North West, but its PDUs "Manchester North" \(Greater Manchester\), "Tameside".*regions\.json/,
        ),
      },
    ]);
  });

  it('refuses one PDU of another region at that PDU’s name when the letter’s other PDUs are not another region’s', () => {
    const mixed = withPdu(withPdu(inNorthWest, 0, { name: 'Blackburn' }), 2, { name: 'Cumbria' });
    expect(checkLetter(mixed, reference, today)).toEqual([
      {
        path: ['pdus', 1, 'name'],
        message: expect.stringMatching(
          /^"Tameside" is a PDU of Greater Manchester in content\/reference\/regions\.json, not of North West/,
        ),
      },
    ]);
  });

  it('accepts a PDU name two regions list, each with its source', () => {
    const mixed = withPdu(withPdu(inNorthWest, 0, { name: 'Blackburn' }), 2, { name: 'Cumbria' });
    expect(checkLetter(mixed, northWestListing('Tameside'), today)).toEqual([]);
  });

  it('matches names whatever their spacing and letter case', () => {
    const mixed = withPdu(withPdu(inNorthWest, 0, { name: 'Blackburn' }), 2, { name: 'Cumbria' });
    expect(checkLetter(withPdu(mixed, 1, { name: 'TAMESIDE ' }), reference, today).map((p) => p.path)).toEqual([['pdus', 1, 'name']]);
  });

  it('accepts a PDU the reference data does not know: the letter is the source for its own region’s PDUs', () => {
    const unknown = inNorthWest.pdus.map((p, k) => ({ ...p, name: `North West PDU ${k + 1}` }));
    expect(checkLetter({ ...inNorthWest, pdus: unknown }, reference, today)).toEqual([]);
  });
});
