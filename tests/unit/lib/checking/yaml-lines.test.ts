/** Issue 23: field lines come from the `yaml` library's node ranges and LineCounter, not a scanner of our own. */
import { describe, expect, it } from 'vitest';
import { lineOfField, yamlFieldLines } from '../../../../src/lib/checking/yaml-lines';

const source = ['id: "x"', 'pdus:', '  - id: "wigan"', '    score:', '      points: 7', '  - id: "tameside"', 'tags: [a, b]', ''].join(
  '\n',
);

describe('the line of each field of a YAML document', () => {
  it('gives a mapping entry its key’s line and a list item its item’s line', () => {
    const lines = yamlFieldLines(source);
    expect(lines.get('id')).toBe(1);
    expect(lines.get('pdus')).toBe(2);
    expect(lines.get('pdus.0')).toBe(3);
    expect(lines.get('pdus.0.score.points')).toBe(5);
    expect(lines.get('pdus.1.id')).toBe(6);
    expect(lines.get('tags.1')).toBe(7);
  });

  it('falls back to the nearest ancestor with a line for a field the document lacks', () => {
    expect(lineOfField(yamlFieldLines(source), ['pdus', 1, 'score', 'max'])).toBe(6);
  });

  it('keeps the first line of a key written twice, so a duplicate is still placed', () => {
    expect(yamlFieldLines('a: 1\nb: 2\na: 3\n').get('a')).toBe(1);
  });

  it('gives no lines for a document that does not parse', () => {
    expect(yamlFieldLines('a: [1, 2\nb: 3').size).toBe(0);
  });
});
