import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLetterFile } from '../../../../src/lib/checking/letter-file';
import { checkCorpus } from '../../../../src/lib/checking/validate-letter';
import { invalidLetters, validLetter } from '../../../fixtures/letters/catalogue';
import { reference, root } from '../../../support';

const dir = `${root}tests/fixtures/letters`;
const read = (file: string) => readLetterFile(file, readFileSync(`${dir}/${file}`, 'utf8'), reference);

describe('validating letter entries', () => {
  it('accepts the valid synthetic letter', () => {
    expect(read(validLetter)).toMatchObject({ ok: true });
  });

  it('accepts the committed Greater Manchester entry', () => {
    const file = 'content/letters/greater-manchester-2023-05.mdx';
    expect(readLetterFile(file, readFileSync(`${root}${file}`, 'utf8'), reference)).toMatchObject({ ok: true });
  });

  it('has a catalogue entry for every fixture file', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
    expect(files.sort()).toEqual([validLetter, ...invalidLetters.map((f) => f.file)].sort());
  });

  for (const fixture of invalidLetters) {
    it(`rejects ${fixture.file} (${fixture.defect}) with one line naming file, field and problem`, () => {
      const result = read(fixture.file);
      expect(result.ok).toBe(false);
      const errors = result.ok ? [] : result.errors;
      expect(
        errors.some((e) => fixture.message.test(e)),
        errors.join('\n'),
      ).toBe(true);
      for (const e of errors) expect(e).not.toMatch(/\n|at .*\(.*:\d+:\d+\)/);
    });
  }

  it('rejects an id used by two letters, naming both files', () => {
    const result = read(validLetter);
    if (!result.ok) throw new Error('fixture should be valid');
    const problems = checkCorpus([
      { file: 'a.mdx', letter: result.letter },
      { file: 'b.mdx', letter: { ...result.letter, id: 'another-letter-2024-02' } },
    ]);
    expect(problems).toContainEqual({
      file: 'b.mdx',
      field: ['findings', 0, 'id'],
      message: '"synthetic-north-east-2024-01-staff-strength-1" is already used by a.mdx; ids must be unique across the site',
    });
  });

  it('rejects a PDU id two regions use, at the second letter’s PDU', () => {
    const result = read(validLetter);
    if (!result.ok) throw new Error('fixture should be valid');
    const other = {
      ...result.letter,
      id: 'another-letter-2024-02',
      date: '2024-02-20',
      region: 'wales',
      findings: [],
      recommendations: [],
    };
    const problems = checkCorpus([
      { file: 'a.mdx', letter: result.letter },
      { file: 'b.mdx', letter: other },
    ]);
    expect(problems.map((p) => [p.file, p.field.join('.')])).toEqual([['b.mdx', 'pdus.0.id']]);
    expect(problems[0]?.message).toMatch(
      /PDUs? of north-east \(a\.mdx\); .* of wales (is another PDU|are other PDUs) and needs? (an id|ids) of (its|their) own, such as "wales-/,
    );
  });
});
