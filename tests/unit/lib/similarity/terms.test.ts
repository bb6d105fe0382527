import { describe, expect, it } from 'vitest';
import { termReader } from '../../../../src/lib/similarity/terms';
import { termsOf } from '../../../../src/lib/language/reading';
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

  it('leaves out every form of a stop word, as its term', () => {
    expect(reader.terms('ensuring the regions’ staff: it’s theirs')).toEqual(['staff']);
  });

  it('reads words as search does: the same terms, so the forms of a word are one and a possessive is its word', () => {
    expect(words('Victims’ workloads, caseloads, Café rôles')).toEqual(termsOf('victims workloads caseloads cafe roles'));
    expect(words('assessed')).toEqual(words('assessment'));
    expect(words('sufficiently')).toEqual(words('sufficient'));
    expect(words('planning')).toEqual(words('plans'));
    expect(words('local authorities')).toEqual(words('local authority'));
    expect(words('process')).toEqual(['process']);
    expect(words('children’s services')).toEqual(words('children service'));
  });
});
