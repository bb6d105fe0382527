import { describe, expect, it } from 'vitest';
import { bodyNarrative } from '../../../../src/lib/checking/checked-narratives';
import { splitEntry } from '../../../../src/lib/checking/letter-file';
import { searchDocuments, type SearchDocument } from '../../../../src/lib/search/documents';
import { SearchIndexBuilder } from '../../../../src/lib/search/index-writer';
import { paths } from '../../../../src/lib/urls';
import { placesSentence } from '../../../../src/lib/words/places';
import { pduOpening } from '../../../../src/lib/words/sentences';
import { seedEntry } from '../../../fixtures/entries/catalogue';
import { modelOf, must, reference } from '../../../support';

const model = modelOf();
const letter = must(model.letters[0], 'the seed letter');
const split = splitEntry(seedEntry);
if (!('body' in split)) throw new Error('the seed entry has no body');
/** The seed's narrative as the content check reads it. */
const narrative = bodyNarrative(split.body, letter.letter);
const sources = { narratives: new Map([[letter.letter.id, narrative]]), places: reference.places };
const docs = searchDocuments(model, sources);
const byUrl = new Map(docs.map((d) => [d.url, d]));
const docAt = (path: string): SearchDocument => must(byUrl.get(path.replace(/^\//, '')), `the document of ${path}`);

describe('what search covers of the site', () => {
  it('is one document for each letter, finding, recommendation and PDU, at its page’s path under the base, in that order', () => {
    const expected = [
      ...model.letters.map((l) => paths.letter(l.letter.id)),
      ...model.findings.map((f) => paths.finding(f.finding.id)),
      ...model.recommendations.map((r) => paths.recommendation(r.recommendation.id)),
      ...model.pdus.map((p) => paths.pdu(p.id)),
    ].map((path) => path.slice(1));
    expect(docs.map((d) => d.url)).toEqual(expected);
    expect(new Set(expected).size).toBe(expected.length);
    expect(docs.filter((d) => d.kind === 'Letter')).toHaveLength(model.letters.length);
    expect(docs.filter((d) => d.kind === 'PDU')).toHaveLength(model.pdus.length);
    expect(docs.filter((d) => d.kind === 'Recommendation')).toHaveLength(model.recommendations.length);
  });

  it('gives a letter its narrative’s paragraphs as its text, and its sections’ titles only as headings', () => {
    const doc = docAt(paths.letter(letter.letter.id));
    expect(doc.paragraphs).toEqual(narrative.map((p) => p.text));
    expect(doc.paragraphs.length).toBeGreaterThan(10);
    expect(doc.headings).toEqual(letter.letter.sections.map((s) => s.title));
    expect(doc.title).toBe(letter.letter.title);
    for (const heading of doc.headings) expect(doc.paragraphs, heading).not.toContain(heading);
  });

  it('gives a finding and a recommendation their own words alone as their text, never their titles', () => {
    for (const f of model.findings) {
      const doc = docAt(paths.finding(f.finding.id));
      expect(doc.paragraphs, f.finding.id).toEqual([f.finding.text]);
      expect(doc.paragraphs, f.finding.id).not.toContain(doc.title);
    }
    for (const r of model.recommendations) {
      const doc = docAt(paths.recommendation(r.recommendation.id));
      expect(doc.paragraphs, r.recommendation.id).toEqual([r.recommendation.text]);
      expect(doc.title, r.recommendation.id).toMatch(/recommendation \d+/);
    }
  });

  it('gives a PDU its page’s opening sentences as its text', () => {
    for (const p of model.pdus) {
      const doc = docAt(paths.pdu(p.id));
      const places = placesSentence(p.id, reference.places);
      expect(doc.paragraphs, p.id).toEqual([pduOpening(p), ...(places ? [places] : [])]);
      expect(doc.title).toBe(`${p.name} PDU`);
    }
  });

  it('files each document with its ISO date, the date as written, and the facets the search page filters by', () => {
    const rec = must(model.recommendations[0], 'a recommendation');
    const doc = docAt(paths.recommendation(rec.recommendation.id));
    expect(doc).toMatchObject({ kind: 'Recommendation', date: letter.letter.date, shownDate: '25 May 2023' });
    expect(doc.facets.kind).toEqual(['Recommendation']);
    expect(doc.facets.region).toEqual([letter.region.name]);
    expect(doc.facets.year).toEqual([letter.letter.date.slice(0, 4)]);
    const letterDoc = docAt(paths.letter(letter.letter.id));
    expect(letterDoc.facets.kind).toEqual(['Letter']);
    expect(letterDoc.facets.pdu?.slice().sort()).toEqual(model.pdus.map((p) => p.name).sort());
    for (const d of docs) expect(d.date, d.url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('makes documents the index takes, every one of them', () => {
    const builder = new SearchIndexBuilder({ acronyms: reference.acronyms });
    for (const d of docs) expect(builder.add(d), d.url).toBeDefined();
    expect(builder.finish().manifest.docs).toBe(docs.length);
  });

  it('refuses a letter the content check gave no narrative, rather than filing it with no words', () => {
    expect(() => searchDocuments(model, { narratives: new Map(), places: reference.places })).toThrow(
      `Search was given no narrative for letter ${letter.letter.id}`,
    );
  });

  it('leaves out empty paragraphs', () => {
    const withBlank = new Map([[letter.letter.id, [{ text: ' ' }, ...narrative]]]);
    const doc = must(searchDocuments(model, { narratives: withBlank, places: reference.places })[0], 'the letter');
    expect(doc.paragraphs).toEqual(narrative.map((p) => p.text));
  });
});
