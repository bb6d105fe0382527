/**
 * Issue 21, "the check knows the letter's shape": each findings list, footnote marker and the footnote list stands in
 * a letter's body exactly once. The hostile cases (deleted, repeated) are in tests/fixtures/entries/catalogue.ts; these
 * tests hold the rules that keep one mistake to one problem, and where a problem points when its place is not certain.
 */
import { describe, expect, it } from 'vitest';
import { checkBody } from '../../../../src/lib/checking/check-body';
import { readLetterEntry } from '../../../../src/lib/checking/letter-file';
import { formatProblem } from '../../../../src/lib/problems';
import { lineOf, replaceOnce, seedEntry } from '../../../fixtures/entries/catalogue';
import { must, reference } from '../../../support';

const file = 'letters/greater-manchester-2023-05.mdx';
const seed = readLetterEntry(file, seedEntry, reference);
const letter = must(seed.letter, 'the seed letter');

/** The problems the body check finds in the seed entry as edited, one line each. */
function problemsOf(edit: (entry: string) => string): string[] {
  const read = readLetterEntry(file, edit(seedEntry), reference);
  return checkBody(file, read.body, read.bodyLine, must(read.letter, 'the edited letter')).map(formatProblem);
}

const findings = (section: string, kind: string, heading: string) =>
  `<Findings of={props.letter} section={"${section}"} kind={"${kind}"} heading={"${heading}"} />`;
const staffStrengths = findings('staff', 'strength', 'Key strengths:');
const staffImprovements = findings('staff', 'improvement', 'Key areas for improvement:');

describe('a body that places each list and footnote once', () => {
  it('passes as the seed places them: ten lists, two markers and one footnote list', () => {
    expect(checkBody(file, seed.body, seed.bodyLine, letter)).toEqual([]);
  });
});

describe('lists placed nowhere', () => {
  it('reports each list left out on its own line, at its section’s heading', () => {
    const edited = (v: string) => replaceOnce(replaceOnce(v, `${staffStrengths}\n\n`, ''), `${staffImprovements}\n\n`, '');
    const heading = lineOf(edited(seedEntry), '### Staff\n');
    const count = (kind: string) => letter.findings.filter((f) => f.section === 'staff' && f.kind === kind).length;
    expect(problemsOf(edited)).toEqual(
      ['strength', 'improvement'].map((kind) =>
        expect.stringMatching(
          new RegExp(`^${file}:${heading}: the ${count(kind)} ${kind} findings of the section "Staff" \\(staff\\) are placed nowhere`),
        ),
      ),
    );
  });

  it('points at the body’s first line when the section’s heading is gone too', () => {
    const edited = (v: string) => replaceOnce(replaceOnce(v, `${staffImprovements}\n\n`, ''), '### Staff\n', 'Staff\n');
    const first = lineOf(edited(seedEntry), '{/* Imported from');
    expect(problemsOf(edited)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${file}:${first}: the 4 improvement findings .* \\(the body has no heading "Staff"; this is the body's first line\\)$`,
        ),
      ),
    ]);
  });

  it('does not call a list missing when its element stands inside refused markup: the markup is the one problem', () => {
    const edited = (v: string) => replaceOnce(v, staffImprovements, `> ${staffImprovements}`);
    expect(problemsOf(edited)).toEqual([expect.stringMatching(/: a block quote is not allowed in a letter body/)]);
  });

  it('does not call a list missing when an element that may place it was refused for its props', () => {
    const edited = (v: string) => replaceOnce(v, staffImprovements, staffImprovements.replace('section={"staff"}', 'section={"staf"}'));
    expect(problemsOf(edited)).toEqual([
      expect.stringMatching(
        /<Findings section>: unknown section "staf".*; the improvement list of "Staff" is placed nowhere: is this it\?$/,
      ),
    ]);
  });
});

describe('footnotes and their markers', () => {
  it('names the unmarked footnote in the problem of a marker repeated in its place, and reports nothing more', () => {
    const problems = problemsOf((v) => replaceOnce(v, 'McSweeney<FootnoteRef n={2} />', 'McSweeney<FootnoteRef n={1} />'));
    expect(problems).toEqual([
      expect.stringMatching(/footnote 1 is already marked at line \d+.*; footnote 2 has no marker: is this it\?$/),
    ]);
  });

  it('reports each footnote with no marker, at the footnote list', () => {
    const edited = (v: string) =>
      replaceOnce(v, 'Bendall<FootnoteRef n={1} /> and McSweeney<FootnoteRef n={2} />', 'Bendall and McSweeney');
    const list = lineOf(edited(seedEntry), '<Footnotes of={props.letter} />');
    expect(problemsOf(edited)).toEqual([
      expect.stringMatching(
        new RegExp(`^${file}:${list}: footnote 1 \\("Independent Serious Further Offence review of Damien Bendall…"\\) is marked nowhere`),
      ),
      expect.stringMatching(new RegExp(`^${file}:${list}: footnote 2 .* is marked nowhere`)),
    ]);
  });

  it('does not call the footnotes unlisted when the list element was refused for its props', () => {
    const problems = problemsOf((v) => replaceOnce(v, '<Footnotes of={props.letter} />', '<Footnotes of={"x"} />'));
    expect(problems).toEqual([expect.stringMatching(/<Footnotes of>: must be \{props\.letter\}$/)]);
  });
});
