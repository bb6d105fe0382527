import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLetterFile } from '../../../../src/lib/checking/letter-file';
import { placesSentence } from '../../../../src/lib/words/places';
import { reference, root, seedText } from '../../../support';

describe('the places a PDU page names', () => {
  it('lists the places its letters name in its area, with what is there', () => {
    expect(placesSentence('wigan', reference.places)).toBe('Places its letters name: Atherton (an office of the PDU).');
    expect(
      placesSentence('x', [
        { name: 'Ashton', pdu: 'x', what: 'an office', source: 'invented for this test' },
        { name: 'Hyde', pdu: 'x', what: 'a hub', source: 'invented for this test' },
      ]),
    ).toBe('Places its letters name: Ashton (an office) and Hyde (a hub).');
  });

  it('says nothing for a PDU whose letters name no place', () => {
    expect(placesSentence('tameside', reference.places)).toBeUndefined();
  });

  it('lists only places in PDUs of the published letters, each quoting a line the seed really has', () => {
    const dir = `${root}content/letters`;
    const pdus = new Set(
      readdirSync(dir).flatMap((file) => {
        const r = readLetterFile(file, readFileSync(`${dir}/${file}`, 'utf8'), reference);
        return r.ok ? r.letter.pdus.map((p) => p.id) : [];
      }),
    );
    for (const place of reference.places) {
      expect(pdus, place.name).toContain(place.pdu);
      const quoted = /“(.+)”/.exec(place.source)?.[1] ?? '';
      expect(seedText, place.name).toContain(quoted);
      expect(quoted).toContain(place.name);
    }
  });
});
