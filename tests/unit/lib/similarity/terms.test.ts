import { describe, expect, it } from 'vitest';
import { stem, termReader } from '../../../../src/lib/similarity/terms';
import { reference } from '../../../support';

const reader = termReader(reference.acronyms);
const words = (text: string) => reader.terms(text).filter((t) => !t.includes(' '));

describe('reading a text into terms', () => {
  it('reads an abbreviation and its expansion as one word, in the singular or the plural', () => {
    expect(words('reduce waiting for BBR')).toEqual(words('reduce waiting for Building Better Relationships'));
    expect(words('POs')).toEqual(['#po']);
    expect(words('probation officers')).toEqual(['#po']);
    expect(words('education, training, and employment')).toEqual(['#ete']);
  });

  it('prefers the longest expansion, so a senior probation officer is not a probation officer', () => {
    expect(words('senior probation officers')).toEqual(['#spo']);
    expect(words('probation service officers')).toEqual(['#pso']);
  });

  it('matches an abbreviation only in its printed letter case', () => {
    expect(words('a pod of dolphins')).toEqual(['pod', 'dolphin']);
    expect(words('the POD model')).toEqual(['#pod', 'model']);
  });

  it('leaves out stop words, the letters’ everywhere-words (PDU, region, should, ensure) and numbers', () => {
    expect(reader.terms('The PDU should ensure that the region has 3 staff')).toEqual(['staff']);
    expect(reader.terms('Probation Delivery Units and regions')).toEqual([]);
  });

  it('pairs neighbouring words across stop words but never across punctuation', () => {
    expect(reader.terms('risk of harm')).toEqual(['risk', 'harm', 'risk harm']);
    expect(reader.terms('risk; harm')).toEqual(['risk', 'harm']);
  });

  it('reads the forms of a word as one, and a possessive as its word', () => {
    expect(stem('assessed')).toBe(stem('assessment'));
    expect(stem('sufficiently')).toBe(stem('sufficient'));
    expect(stem('authorities')).toBe('authority');
    expect(stem('process')).toBe('process');
    expect(words('children’s services')).toEqual(words('children service'));
  });
});
