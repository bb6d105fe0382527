import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartsOfPdu, chartsOfRegion, siteCharts } from '../../../../src/lib/charts/catalogue';
import { readLetterFile } from '../../../../src/lib/checking/letter-file';
import { tallyByStandard } from '../../../../src/lib/model/aggregates';
import { caps, firstOf, listLimit, recurringMembers, regionChartLetters } from '../../../../src/lib/model/groups';
import { pageCount, pageOfPages, pagesOf } from '../../../../src/lib/url-state/pagination';
import { datasets } from '../../../../src/lib/publishing/open-data';
import { explorerFilters } from '../../../../src/lib/url-state/explorer-options';
import {
  findingsIndexCapNote,
  noteLinks,
  noteText,
  pduHistoryCapNote,
  pduRecommendationsCapNote,
  regionChartCapNote,
  type CapNote,
} from '../../../../src/lib/words/cap-notes';
import { recurringRecommendations, similarityLinks, siteSimilarity } from '../../../../src/lib/similarity/similar';
import { buildSiteModel } from '../../../../src/lib/model/site-model';
import { siteRoutes, sitemapPaths } from '../../../../src/lib/publishing/routes';
import { loadRegistry } from '../../../../src/lib/model/registry';
import { paths } from '../../../../src/lib/urls';
import { chartSourcesLead, pageRange, regionChartNote, showingLatest } from '../../../../src/lib/words/sentences';
import { recurringMembersLead, recurringOthersLead, recurringSummaryCounted } from '../../../../src/lib/words/similar-words';
import type { Letter } from '../../../../src/schemas/letter';
import { must, reference, root } from '../../../support';

const file = 'greater-manchester-2023-05.mdx';
const read = readLetterFile(file, readFileSync(`${root}content/letters/${file}`, 'utf8'), reference);
if (!read.ok) throw new Error(read.errors.join('\n'));
const seed = read.letter;

/** The seed as the region's letter of another month: the same PDUs inspected again, every id moved to the new letter. */
function seedAgain(k: number): Letter {
  const year = 2000 + Math.floor(k / 12);
  const month = String((k % 12) + 1).padStart(2, '0');
  const id = `greater-manchester-${year}-${month}`;
  return { ...(JSON.parse(JSON.stringify(seed).replaceAll(seed.id, id)) as Letter), date: `${year}-${month}-15` };
}

/** More letters of one region than any cap: 120 letters, each inspecting the seed's three PDUs again. */
const many = Array.from({ length: 120 }, (_, k) => seedAgain(k));
const model = buildSiteModel(many, reference);
const region = must(
  model.regions.find((r) => r.region.id === 'greater-manchester'),
  'the Greater Manchester region',
);
const tameside = must(
  model.pdus.find((p) => p.id === 'tameside'),
  'Tameside PDU',
);

describe('splitting a list into pages', () => {
  it('gives each page its items and the positions of its first and last, in order', () => {
    const pages = pagesOf([1, 2, 3, 4, 5, 6, 7], 3);
    expect(pages.map((p) => p.items)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(pages.map((p) => [p.page, p.pages, p.first, p.last, p.total])).toEqual([
      [1, 3, 1, 3, 7],
      [2, 3, 4, 6, 7],
      [3, 3, 7, 7, 7],
    ]);
  });

  it('keeps one empty page for an empty list, so the list page always exists', () => {
    expect(pagesOf([], 10)).toEqual([{ items: [], page: 1, pages: 1, total: 0, first: 0, last: 0 }]);
    expect(pageCount(0, 10)).toBe(1);
  });

  it('counts pages as the route table does: 1000 letters at 100 a page are 10 pages, 1001 are 11', () => {
    expect(pageCount(1000, 100)).toBe(10);
    expect(pageCount(1001, 100)).toBe(11);
    expect(
      pagesOf(
        Array.from({ length: 1001 }, (_, i) => i),
        100,
      ),
    ).toHaveLength(11);
  });

  it('refuses a page of no items', () => {
    expect(() => pagesOf([1], 0)).toThrow(/at least one item/);
  });
});

describe('the sentences of capped lists and pages', () => {
  it('say how many are shown of how many, or that all are', () => {
    expect(showingLatest(50, 370, 'recommendation')).toBe('Showing the 50 latest of 370 recommendations.');
    expect(showingLatest(12, 12, 'inspection')).toBe('All 12 inspections.');
    expect(showingLatest(1, 1, 'letter')).toBe('The 1 letter.');
  });

  it('say where a page of a list starts and ends', () => {
    expect(pageRange({ first: 101, last: 200, total: 1000 }, 'letters', 'newest first')).toBe('Letters 101 to 200 of 1000, newest first.');
    expect(pageRange({ first: 21, last: 21, total: 21 }, 'groups', 'largest first')).toBe('Groups: 21 of 21, largest first.');
    expect(pageRange({ first: 0, last: 0, total: 0 }, 'letters', 'newest first')).toBe('No letters yet.');
    expect(pageOfPages(2, 10)).toBe('Page 2 of 10');
  });

  it('say when a chart’s source line names only its latest letters', () => {
    expect(chartSourcesLead(12, 1000)).toBe('the 12 latest of 1000 letters: ');
    expect(chartSourcesLead(3, 3)).toBe('');
  });

  it('say what a region’s capped ratings chart shows', () => {
    expect(regionChartNote(5, 83)).toBe('The ratings chart shows the PDUs of the latest 5 of 83 letters.');
  });
});

describe('a region with more letters than its ratings chart shows', () => {
  const charts = siteCharts(model);
  const ratings = must(chartsOfRegion(charts, 'greater-manchester').ratings, 'the region’s ratings chart');
  const shown = regionChartLetters(region.letters);

  it('charts the PDUs of its latest letters only, and its title says how many of how many', () => {
    expect(shown).toMatchObject({ total: 120, more: true });
    expect(shown.shown).toHaveLength(caps.regionChartLetters);
    expect(ratings.title).toBe(`Ratings of PDUs in Greater Manchester, the latest ${caps.regionChartLetters} of 120 letters`);
    expect(ratings.table.rows).toHaveLength(caps.regionChartLetters * 3);
    expect(ratings.sources.map((s) => s.letterId)).toEqual(shown.shown.map((l) => l.letter.id));
  });

  it('says so under the heading, with the true counts', () => {
    expect(regionChartNote(shown.shown.length, shown.total)).toBe(
      `The ratings chart shows the PDUs of the latest ${caps.regionChartLetters} of 120 letters.`,
    );
  });
});

describe('a PDU inspected more often than its history shows', () => {
  const history = must(chartsOfPdu(siteCharts(model), 'tameside').history, 'Tameside’s score history');

  it('charts its latest inspections only, oldest first, and the title says how many of how many', () => {
    expect(tameside.inspections).toHaveLength(120);
    expect(history.title).toBe(`Tameside: score across the latest ${caps.pduHistory} of 120 inspections`);
    expect(history.table.rows).toHaveLength(caps.pduHistory);
    expect(history.sources.map((s) => s.letterId)).toEqual(tameside.inspections.slice(0, caps.pduHistory).map((i) => i.letter.letter.id));
  });

  it('lists its latest recommendations, and the sentence counts them truly', () => {
    const recs = firstOf(tameside.recommendations);
    expect(recs.more).toBe(true);
    expect(recs.shown[0]?.letter.letter.date).toBe(must(many.at(-1), 'the newest letter').date);
    expect(showingLatest(recs.shown.length, recs.total, 'recommendation')).toBe(
      `Showing the 50 latest of ${tameside.recommendations.length} recommendations.`,
    );
    expect(paths.recommendations({ pdu: 'tameside' })).toBe('/recommendations/?pdu=tameside');
  });
});

describe('a domain page’s summary of its standards', () => {
  it('counts each standard’s ratings by rating, in the order the standards come', () => {
    const summary = tallyByStandard([
      { standard: '2.1', rating: 'good' },
      { standard: '2.2', rating: 'inadequate' },
      { standard: '2.1', rating: 'good' },
      { standard: '2.2' },
    ]);
    expect(summary.map((s) => [s.standard, s.tally.byRating.good, s.tally.byRating.inadequate, s.tally.notRated])).toEqual([
      ['2.1', 2, 0, 0],
      ['2.2', 0, 1, 1],
    ]);
  });

  it('adds up, on the seed repeated, to every PDU’s latest rating on the domain', () => {
    const domain = must(
      model.domains.find((d) => d.info.slug === '2-court-work-and-case-supervision'),
      'the court work domain',
    );
    const latest = domain.ratings.filter((r) => r.pdu.latest.letter.letter.id === r.letter.letter.id);
    const summary = tallyByStandard(latest);
    expect(summary.map((s) => s.standard)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5']);
    expect(summary.reduce((n, s) => n + s.tally.places, 0)).toBe(3 * 5);
  });
});

describe('recurring recommendations in groups larger than a page lists', () => {
  const twelve = buildSiteModel(many.slice(0, 12), reference);
  const { recurring } = siteSimilarity(twelve, reference.acronyms);
  const largest = must(recurring[0], 'the largest group');
  const members = recurringMembers(largest.members);

  it('lists a group’s latest members and counts the rest by PDU, adding up to the whole group', () => {
    expect(members.more).toBe(true);
    expect(members.shown).toEqual(largest.members.slice(0, caps.recurringMembersShown));
    expect(members.othersByPdu.reduce((n, p) => n + p.count, 0)).toBe(largest.members.length - caps.recurringMembersShown);
    const counts = members.othersByPdu.map((p) => p.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('says how many it lists of how many, and how many are counted by PDU', () => {
    expect(recurringMembersLead(members.shown.length, members.total)).toBe(`The 10 latest of ${largest.members.length}:`);
    expect(recurringOthersLead(members.total - members.shown.length)).toBe(
      `The other ${largest.members.length - 10}, by the PDU they were made under:`,
    );
    expect(recurringOthersLead(1)).toBe('The other 1, by the PDU it was made under:');
    // The seed repeated under the same PDUs: a recommendation recurs in its own words under its own PDU, once a letter.
    expect(recurringSummaryCounted(largest)).toBe('Made 12 times in the same words, under 1 PDU in 12 letters.');
  });

  it('are the same groups whether worked out for the pages or, from the same links, for the list of expected files', () => {
    const alone = recurringRecommendations(twelve, similarityLinks(twelve, reference.acronyms));
    expect(alone.map((g) => g.members.map((m) => m.recommendation.id))).toEqual(
      recurring.map((g) => g.members.map((m) => m.recommendation.id)),
    );
  });
});

describe('the route table of a site with more letters and recurring groups than a page lists', () => {
  const routes = siteRoutes(model, {
    charts: siteCharts(model).all,
    registry: loadRegistry(`${root}content`),
    datasetFiles: [],
    recurringGroups: 25,
  });
  const pages = sitemapPaths(routes);

  it('lists the later pages of the letters: 120 letters at 100 a page are /letters/ and /letters/page/2/', () => {
    expect(pageCount(120, caps.lettersPerPage)).toBe(2);
    expect(pages).toContain('/letters/');
    expect(pages).toContain('/letters/page/2/');
    expect(pages).not.toContain('/letters/page/3/');
    expect(pages).not.toContain('/letters/page/1/');
  });

  it('lists the later pages of the recurring recommendations: 25 groups at 10 a page are three pages', () => {
    expect(pages).toContain('/recommendations/recurring/');
    expect(pages).toContain('/recommendations/recurring/page/2/');
    expect(pages).toContain('/recommendations/recurring/page/3/');
    expect(pages).not.toContain('/recommendations/recurring/page/4/');
  });

  it('names page 1 by the list’s own address, never /page/1/', () => {
    expect(paths.lettersPage(1)).toBe('/letters/');
    expect(paths.recurringRecommendationsPage(1)).toBe('/recommendations/recurring/');
    expect(paths.recurringRecommendationsPage(2)).toBe('/recommendations/recurring/page/2/');
  });
});

describe('the notes of capped lists, on a site with more letters than any cap', () => {
  const routes = sitemapPaths(
    siteRoutes(model, { charts: siteCharts(model).all, registry: loadRegistry(`${root}content`), datasetFiles: [] }),
  );
  const files = datasets(model, 'https://example.org').map((d) => paths.dataFile(d.file));
  const pduValues = must(
    explorerFilters(model).find((f) => f.key === 'pdu'),
    'the explorer’s PDU filter',
  ).options.map((o) => o.value);
  /** Every link of a note goes to a page of the site or a download it writes (the explorer's filter by a value it offers). */
  const linksResolve = (note: CapNote) =>
    noteLinks(note).every((l) => {
      const [path = '', query = ''] = l.path.split('?');
      const pdu = new URLSearchParams(query).get('pdu');
      return (routes.includes(path) || files.includes(path)) && (pdu === null || pduValues.includes(pdu));
    });

  it('say on the region page how many letters its ratings chart shows, and link to every rating', () => {
    const note = must(regionChartCapNote(region), 'the region chart’s note');
    expect(noteText(note)).toBe(
      `The ratings chart shows the PDUs of the latest ${caps.regionChartLetters} of 120 letters. Each letter’s ratings are in its Annexe two, and every rating of every letter is in ratings.csv.`,
    );
    expect(noteLinks(note).map((l) => l.path)).toEqual(['/data/ratings.csv']);
    expect(linksResolve(note)).toBe(true);
  });

  it('say on the PDU page how many inspections its history shows, and link to every inspection and rating', () => {
    const note = must(pduHistoryCapNote(tameside), 'the PDU history’s note');
    expect(noteText(note)).toBe(
      `Showing the ${caps.pduHistory} latest of 120 inspections. Every inspection’s score and overall rating is in inspections.csv, and every rating per standard in ratings.csv.`,
    );
    expect(linksResolve(note)).toBe(true);
  });

  it('say on the PDU page how many recommendations it lists, and link to all of them in the explorer and the download', () => {
    const note = must(pduRecommendationsCapNote(tameside), 'the PDU recommendations’ note');
    const total = tameside.recommendations.length;
    expect(total).toBeGreaterThan(listLimit);
    expect(noteText(note)).toBe(
      `Showing the ${listLimit} latest of ${total} recommendations. See all ${total} in the recommendations explorer, or download every recommendation in recommendations.csv.`,
    );
    expect(noteLinks(note).map((l) => l.path)).toEqual(['/recommendations/?pdu=tameside', '/data/recommendations.csv']);
    expect(linksResolve(note)).toBe(true);
  });

  it('say on the findings page how many earlier letters it links, and link to every letter and finding', () => {
    const older = model.letters.slice(3);
    const note = must(findingsIndexCapNote(model.letters, older), 'the findings page’s note');
    expect(noteText(note)).toBe(
      `Showing the ${caps.findingsIndexLetters} latest of 117 earlier letters. All 120 letters are in the letters list, newest first, and every finding is in findings.csv.`,
    );
    expect(linksResolve(note)).toBe(true);
  });

  it('say nothing where nothing is left out: the seed alone', () => {
    const seedModel = buildSiteModel([seed], reference);
    const seedRegion = must(
      seedModel.regions.find((r) => r.region.id === 'greater-manchester'),
      'the seed’s region',
    );
    const seedPdu = must(seedModel.pdus[0], 'a PDU of the seed');
    expect(regionChartCapNote(seedRegion)).toBeUndefined();
    expect(pduHistoryCapNote(seedPdu)).toBeUndefined();
    expect(pduRecommendationsCapNote(seedPdu)).toBeUndefined();
    expect(findingsIndexCapNote(seedModel.letters, seedModel.letters.slice(3))).toBeUndefined();
  });
});
