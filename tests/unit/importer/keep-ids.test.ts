import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../../src/importer/parse-letter';
import { must, reference, seedFile, seedText } from '../../support';

const first = parseLetter(seedText, { file: seedFile, reference }).letter;
const reimport = (text: string) => parseLetter(text, { file: seedFile, reference, previous: first }).letter;
const idOf = (letter: typeof first, start: string) => letter.findings.find((f) => f.text.startsWith(start))?.id;

describe('re-importing a letter', () => {
  it('gives every item the same id when the text is unchanged', () => {
    const again = reimport(seedText);
    expect(again.findings.map((f) => f.id)).toEqual(first.findings.map((f) => f.id));
    expect(again.recommendations.map((r) => r.id)).toEqual(first.recommendations.map((r) => r.id));
  });

  it('keeps a finding’s id when a typo in it is corrected', () => {
    const fixed = seedText.replace('within discreet regional functions', 'within discrete regional functions');
    const again = reimport(fixed);
    expect(idOf(again, 'The roles of regional staff')).toBe(idOf(first, 'The roles of regional staff'));
    expect(again.findings.find((f) => f.text.startsWith('The roles of regional staff'))?.text).toContain('discrete regional');
  });

  it('keeps existing ids when a finding is inserted before them, and gives the new one an unused id', () => {
    const inserted = seedText.replace(
      'Key strengths:\n\n- The roles of regional staff',
      'Key strengths:\n\n- A brand new strength about regional induction appeared in a corrected edition.\n- The roles of regional staff',
    );
    const again = reimport(inserted);
    const staff = first.findings.filter((f) => f.section === 'staff' && f.kind === 'strength');
    for (const f of staff) expect(again.findings.find((g) => g.text === f.text)?.id).toBe(f.id);
    const added = again.findings.find((f) => f.text.startsWith('A brand new strength'));
    expect(added?.id).toBe('greater-manchester-2023-05-staff-strength-6');
  });

  it('never hands a removed item’s id to a different item', () => {
    const removed = seedText.replace(/- PDUs are supported to make reasonable adjustments[^\n]*\n/, '');
    const replaced = removed.replace(
      'Key strengths:\n\n- The roles of regional staff',
      'Key strengths:\n\n- Something entirely unrelated about the weather in Salford.\n- The roles of regional staff',
    );
    const again = reimport(replaced);
    const gone = must(
      first.findings.find((f) => f.text.startsWith('PDUs are supported')),
      'the seed’s finding “PDUs are supported…”',
    ).id;
    expect(again.findings.map((f) => f.id)).not.toContain(gone);
    expect(again.findings.find((f) => f.text.startsWith('Something entirely'))?.id).toBe('greater-manchester-2023-05-staff-strength-6');
  });
});
