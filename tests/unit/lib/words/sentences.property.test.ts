/**
 * Every sentence the site writes itself is true, for any valid set of letters.
 *
 * fast-check generates 1 to 3 letters (regions may repeat, so a region can have several letters; PDUs come from a
 * small pool, so a PDU can be inspected in several letters), each with 1 to 5 PDUs, every standard either rated with
 * any of the four ratings or not rated (at least one rated per PDU, as a score's maximum must be positive), any
 * overall rating, 0 to 10 findings over any of the letter's sections (so sections with no findings occur), and 0 to
 * 4 recommendations per PDU to any addressee. Each letter passes the schema and the build's own checks.
 *
 * The test then builds the site model and every chart, and reads back the numbers in each chart takeaway and page
 * sentence with a regular expression, comparing them with counts this file makes from the letters itself (never
 * through the aggregates, words or charts code under test). Every "<n> <noun>" in every sentence must also agree
 * in number, and every sentence must start with a capital or a digit and end with a full stop.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { load as parseYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { chartIds, siteCharts } from '../../../../src/lib/charts/catalogue';
import type { Chart } from '../../../../src/lib/charts/types';
import { ratingsTable } from '../../../../src/lib/model/letter-view';
import { buildSiteModel } from '../../../../src/lib/model/site-model';
import { checkLetter } from '../../../../src/lib/checking/validate-letter';
import {
  domainDescription,
  findingsLead,
  letterDescription,
  pduDescription,
  recommendationsLead,
  regionDescription,
  regionLead,
} from '../../../../src/lib/words/sentences';
import { explorerStatus } from '../../../../src/lib/url-state/explorer-state';
import { letterSchema, type Letter } from '../../../../src/schemas/letter';
import type { Rating } from '../../../../src/schemas/rating';
import { must, reference, root } from '../../../support';

// ---- The test's own words and counts, written out here rather than taken from the code under test. ----

const label: Record<Rating, string> = {
  outstanding: 'Outstanding',
  good: 'Good',
  'requires-improvement': 'Requires improvement',
  inadequate: 'Inadequate',
};
const best_first: Rating[] = ['outstanding', 'good', 'requires-improvement', 'inadequate'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const longDate = (iso: string) => `${Number(iso.slice(8, 10))} ${months[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const monthYear = (iso: string) => `${months[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const joinNames = (names: string[]) => (names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const seed = letterSchema.parse(
  parseYaml(
    must(
      /^---\n([\s\S]*?)\n---/.exec(readFileSync(`${root}content/letters/greater-manchester-2023-05.mdx`, 'utf8'))?.[1],
      'the seed entry’s frontmatter',
    ),
  ),
);
const framework = must(
  reference.frameworks.find((f) => f.id === seed.framework),
  `the framework ${seed.framework}`,
);
const standards = framework.domains.flatMap((d) => d.standards);
const pool = [
  { id: 'northtown', name: 'Northtown' },
  { id: 'southvale', name: 'Southvale' },
  { id: 'east-ridge', name: 'East Ridge' },
  { id: 'westfield', name: 'Westfield' },
  { id: 'lakeside', name: 'Lakeside' },
  { id: 'hillford', name: 'Hillford' },
];
const regions = reference.regions.slice(0, 3);
const domainSlugs = reference.domains.map((d) => d.slug);

// ---- Random valid letters. ----

const ratingArb = fc.constantFrom(...best_first);
const inspectionArb = fc.record({
  ratings: fc
    .array(fc.option(ratingArb, { nil: undefined }), { minLength: standards.length, maxLength: standards.length })
    .filter((r) => r.some((x) => x !== undefined)),
  overall: ratingArb,
  recommendations: fc.array(fc.constantFrom('pdu' as const, 'region' as const, 'hmpps' as const), { maxLength: 4 }),
});
const letterArb = fc.record({
  region: fc.constantFrom(...regions),
  month: fc.integer({ min: 0, max: 59 }),
  pdus: fc
    .uniqueArray(fc.constantFrom(...pool), { minLength: 1, maxLength: 5, selector: (p) => p.id })
    .chain((pdus) => fc.tuple(...pdus.map((p) => inspectionArb.map((i) => ({ ...p, ...i }))))),
  sections: fc.subarray(
    reference.sections.map((s) => s.section),
    { minLength: 1 },
  ),
  findings: fc.array(
    fc.record({
      pick: fc.nat(),
      kind: fc.constantFrom('strength' as const, 'improvement' as const),
      extra: fc.subarray(domainSlugs, { maxLength: 2 }),
    }),
    { maxLength: 10 },
  ),
  recommendationDomains: fc.array(fc.subarray(domainSlugs, { maxLength: 3 }), { minLength: 20, maxLength: 20 }),
});
type Drawn = typeof letterArb extends fc.Arbitrary<infer T> ? T : never;

function makeLetter(d: Drawn): Letter {
  const yyyy = 2021 + Math.floor(d.month / 12);
  const mm = String((d.month % 12) + 1).padStart(2, '0');
  const id = `${d.region.id}-${yyyy}-${mm}`;
  const counters = new Map<string, number>();
  const findings = d.findings.map((f) => {
    const section = d.sections[f.pick % d.sections.length];
    const key = `${section}-${f.kind}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    const mapped = reference.sections.find((s) => s.section === section)?.domains ?? [];
    return { id: `${id}-${key}-${n}`, section, kind: f.kind, text: `Finding ${n}.`, domains: [...new Set([...mapped, ...f.extra])] };
  });
  let r = 0;
  const recommendations = d.pdus.flatMap((p) =>
    [...p.recommendations]
      .sort((a, b) => ['pdu', 'region', 'hmpps'].indexOf(a) - ['pdu', 'region', 'hmpps'].indexOf(b))
      .map((addressee, k) => ({
        id: `${id}-${p.id}-${k + 1}`,
        pdu: p.id,
        number: k + 1,
        addressee,
        text: `Do thing ${k + 1}.`,
        domains: d.recommendationDomains[r++ % 20],
      })),
  );
  const groups = d.pdus.flatMap((p) =>
    (['pdu', 'region', 'hmpps'] as const)
      .filter((a) => p.recommendations.includes(a))
      .map((addressee) => ({ pdu: p.id, addressee, leadIn: 'They should:' })),
  );
  const pdus = d.pdus.map((p) => {
    const ratings = Object.fromEntries(standards.flatMap((s, i) => (p.ratings[i] ? [[s.id, p.ratings[i]]] : [])));
    const points = Object.values(ratings).reduce(
      (sum, x) => sum + { outstanding: 3, good: 2, 'requires-improvement': 1, inadequate: 0 }[x as Rating],
      0,
    );
    return {
      id: p.id,
      name: p.name,
      fieldworkStarted: `${yyyy}-${mm}`,
      score: { points, max: 3 * Object.keys(ratings).length },
      overall: p.overall,
      ratings,
    };
  });
  return letterSchema.parse({
    ...seed,
    id,
    title: `Regional inspection letter: ${d.region.name}`,
    region: d.region.id,
    date: `${yyyy}-${mm}-15`,
    sections: d.sections.map((s) => ({ id: s, title: s })),
    pdus,
    findings,
    recommendationsAnnex: { title: seed.recommendationsAnnex.title, groups },
    recommendations,
    footnotes: [],
    keyFigures: [],
    importedSha256: undefined,
  });
}

const lettersArb = fc.uniqueArray(letterArb, { minLength: 1, maxLength: 3, selector: (l) => l.month }).map((ds) => ds.map(makeLetter));

// ---- Reading sentences back. ----

/** Every "<n> <noun>" in a sentence agrees in number. */
const counted =
  /(\d+) (PDU inspections?|PDUs?|inspection letters?|inspections?|ratings?|standards?|findings?|recommendations?|letters?|key strengths?|areas? for improvement|points?)\b/g;
/**
 * What is wrong with a sentence's form, one line each: it must open with a capital or a digit, end with a full stop,
 * say nothing undefined, and agree every count with its noun. (Plain checks gathered into one list, asserted once per
 * site: an `expect` for each check of each sentence was half of this file's time.)
 */
function formProblems(sentence: string): string[] {
  const problems: string[] = [];
  if (!/^[A-Z0-9]/.test(sentence)) problems.push(`opens with neither a capital nor a digit: ${sentence}`);
  if (!/\.$/.test(sentence)) problems.push(`ends without a full stop: ${sentence}`);
  const unset = /undefined|NaN|\s{2}|\bnull\b/.exec(sentence)?.[0];
  if (unset !== undefined) problems.push(`says "${unset}": ${sentence}`);
  for (const [, n, nounMatched] of sentence.matchAll(counted)) {
    const noun = must(nounMatched, `the noun after ${n}`);
    const isPlural = noun.startsWith('areas') || (!noun.startsWith('area') && noun.endsWith('s'));
    if (isPlural !== (Number(n) !== 1)) problems.push(`"${n} ${noun}" does not agree in: ${sentence}`);
  }
  return problems;
}

/** A place a rating could stand; an undefined rating is a standard not rated. */
interface Place {
  pdu: string;
  rating?: Rating | undefined;
}

/** What a ratings matrix's takeaway must say about these rows and standards. */
function expectMatrix(takeaway: string, rows: { pdu: string; ratings: Record<string, Rating> }[], ids: string[]) {
  const places: Place[] = rows.flatMap((r) => ids.map((s) => ({ pdu: r.pdu, rating: r.ratings[s] })));
  const rated = places.filter((p) => p.rating).length;
  const notRated = places.length - rated;
  const inadequate = places.filter((p) => p.rating === 'inadequate').length;
  const worst = [...best_first].reverse().find((r) => places.some((p) => p.rating === r));
  const unit = new Set(rows.map((r) => r.pdu)).size === rows.length ? 'PDU' : 'PDU inspection';
  const m =
    /^(\d+) (PDUs?|PDU inspections?) on (\d+) standards?(?:, (none rated|all rated|rated)\.|: (\d+) ratings? and (\d+) not rated \(NR\)\.)(?: (\d+) of (\d+) ratings? (was|were) Inadequate(?:; the lowest given was (Outstanding|Good|Requires improvement))?\.)?$/.exec(
      takeaway,
    );
  expect(m, takeaway).not.toBeNull();
  const [, nRows, noun, nStd, summary, nRated, nNot, nInad, nOf, verb, lowest] = must(m, 'the matrix takeaway’s match');
  expect(Number(nRows)).toBe(rows.length);
  expect(noun?.replace(/s$/, '')).toBe(unit);
  expect(Number(nStd)).toBe(ids.length);
  if (!rated) {
    expect(summary).toBe('none rated');
    expect(nInad).toBeUndefined();
    return;
  }
  if (notRated) expect([Number(nRated), Number(nNot)]).toEqual([rated, notRated]);
  else expect(summary).toBe(places.length === 1 ? 'rated' : 'all rated');
  expect([Number(nInad), Number(nOf)]).toEqual([inadequate, rated]);
  expect(verb).toBe(inadequate === 1 ? 'was' : 'were');
  expect(lowest).toBe(inadequate ? undefined : label[must(worst, 'the lowest rating given')]);
}

/** What a standard's distribution takeaway must say. */
function expectDistribution(takeaway: string, standardLabel: string, places: Place[]) {
  const unit = new Set(places.map((p) => p.pdu)).size === places.length ? 'PDU' : 'PDU inspection';
  const rated = places.filter((p) => p.rating);
  const notRated = places.length - rated.length;
  if (!places.length) return expect(takeaway).toBe(`No PDU has been inspected on ${standardLabel} yet.`);
  if (!rated.length)
    return expect(takeaway).toBe(`${notRated} ${plural(notRated, unit, `${unit}s`)} inspected on ${standardLabel}, none rated on it.`);
  const byRating = best_first.map((r) => ({ r, n: rated.filter((p) => p.rating === r).length }));
  const top = Math.max(...byRating.map((x) => x.n));
  const m =
    /^(\d+) of (\d+) (PDUs?|PDU inspections?) rated on (.+?) (was|were) rated (.+?)(?:; (\d+) (PDUs?|PDU inspections?) (was|were) not rated on it)?\.$/.exec(
      takeaway,
    );
  expect(m, takeaway).not.toBeNull();
  const [, nTop, nRated, noun, on, verb, list, nNot, nounNot, verbNot] = must(m, 'the distribution takeaway’s match');
  expect(on).toBe(standardLabel);
  expect([Number(nTop), Number(nRated)]).toEqual([top, rated.length]);
  expect(noun?.replace(/s$/, '')).toBe(unit);
  expect(verb).toBe(top === 1 ? 'was' : 'were');
  // "Good", "Good and 2 Requires improvement", "Outstanding, 1 Good and 1 Inadequate": the ratings given most, best first.
  const items = must(list, 'the ratings given most').split(/, | and /);
  const firstMost = must(
    byRating.find((x) => x.n === top),
    'the best rating given most',
  );
  expect(items[0]).toBe(label[firstMost.r]);
  expect(items).toEqual(byRating.filter((x) => x.n === top).map((x, i) => (i === 0 ? label[x.r] : `${top} ${label[x.r]}`)));
  if (notRated) {
    expect(Number(nNot)).toBe(notRated);
    expect(nounNot?.replace(/s$/, '')).toBe(unit);
    expect(verbNot).toBe(notRated === 1 ? 'was' : 'were');
  } else expect(nNot).toBeUndefined();
}

/** What a scores chart's takeaway must say: highest and lowest as shares of each PDU's own maximum. */
function expectScores(takeaway: string, rows: { name: string; points: number; max: number }[]) {
  const share = (r: { points: number; max: number }) => (r.points / r.max) * 100;
  const pct = (x: number) => `${x.toFixed(0)}%`;
  const shares = rows.map(share);
  const hi = Math.max(...shares);
  const lo = Math.min(...shares);
  const [only] = rows;
  if (rows.length === 1 && only) return expect(takeaway).toBe(`${only.name} scored ${only.points}/${only.max} (${pct(hi)}).`);
  if (hi === lo) return expect(takeaway).toBe(`All ${rows.length} PDUs scored ${pct(hi)} of their maximum.`);
  const [high, low] = takeaway.replace(/\.$/, '').split('; ');
  const check = (part: string | undefined, verb: string, value: number) => {
    const tied = rows.filter((r) => share(r) === value);
    const first = must(tied[0], `a PDU at ${pct(value)}`);
    const same = tied.every((r) => r.points === first.points && r.max === first.max);
    const names = [...tied].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
    expect(part).toBe(
      same
        ? `${joinNames(names.map((r) => r.name))} ${verb}, ${first.points}/${first.max} (${pct(value)})`
        : `${joinNames(names.map((r) => `${r.name} (${r.points}/${r.max})`))} ${verb}, ${pct(value)}`,
    );
  };
  check(high, 'scored highest', hi);
  check(low, 'lowest', lo);
}

// ---- The property. ----

function checkSite(letters: Letter[]) {
  for (const l of letters) expect(checkLetter(l, reference)).toEqual([]);
  const model = buildSiteModel(letters, reference);
  const charts = siteCharts(model);
  const chart = (id: string): Chart => {
    const found = charts.all.filter((c) => c.id === id);
    expect(found, id).toHaveLength(1);
    return must(found[0], `the chart ${id}`);
  };
  const newestFirst = [...letters].sort((a, b) => b.date.localeCompare(a.date));
  const inspections = newestFirst.flatMap((letter) => letter.pdus.map((p) => ({ letter, p })));
  const pduIds = [...new Set(inspections.map((i) => i.p.id))];
  const latestOf = (pdu: string, within = newestFirst) =>
    must(
      inspections.find((i) => i.p.id === pdu && within.includes(i.letter)),
      `${pdu}'s latest inspection`,
    );
  const latest = pduIds.map((id) => latestOf(id));
  const sentences: string[] = [];
  const say = (s: string) => (sentences.push(s), s);

  // Ratings matrices: the latest of every PDU, each region's, each domain's.
  expectMatrix(
    say(chart(chartIds.latestRatings).takeaway),
    latest.map((i) => ({ pdu: i.p.id, ratings: i.p.ratings })),
    standards.map((s) => s.id),
  );
  for (const d of framework.domains) {
    const slug = must(
      reference.domains.find((x) => x.kind === 'domain' && x.number === d.number),
      `the domain ${d.number}`,
    ).slug;
    expectMatrix(
      say(chart(chartIds.domainRatings(slug)).takeaway),
      latest.map((i) => ({ pdu: i.p.id, ratings: i.p.ratings })),
      d.standards.map((s) => s.id),
    );
  }
  for (const region of regions) {
    const own = newestFirst.filter((l) => l.region === region.id);
    const [newest] = own;
    if (!newest) continue;
    const rows = own.length > 1 ? inspections.filter((i) => own.includes(i.letter)) : newest.pdus.map((p) => ({ letter: newest, p }));
    expectMatrix(
      say(chart(chartIds.regionRatings(region.id)).takeaway),
      rows.map((i) => ({ pdu: i.p.id, ratings: i.p.ratings })),
      standards.map((s) => s.id),
    );
    const latestHere = [...new Set(rows.map((i) => i.p.id))].map((id) => latestOf(id, own));
    expectScores(
      say(chart(chartIds.regionScores(region.id)).takeaway),
      latestHere.map((i) => ({ name: i.p.name, ...i.p.score })),
    );
  }
  expectScores(
    say(chart(chartIds.latestScores).takeaway),
    latest.map((i) => ({ name: i.p.name, ...i.p.score })),
  );

  // Each standard's distribution, over every inspection.
  for (const s of standards) {
    const slug = must(
      reference.domains.find((x) => x.kind === 'standard' && x.number === s.id),
      `the standard ${s.id}`,
    ).slug;
    const c = chart(chartIds.standardDistribution(slug));
    expectDistribution(
      say(c.takeaway),
      `${s.id} ${s.name}`,
      inspections.map((i) => ({ pdu: i.p.id, rating: i.p.ratings[s.id] })),
    );
    say(c.description);
    expect(c.description.includes('not rated')).toBe(inspections.some((i) => !(s.id in i.p.ratings)));
  }

  // A PDU's history, from its first inspection to its latest.
  for (const id of pduIds) {
    const mine = inspections.filter((i) => i.p.id === id);
    if (mine.length < 2) continue;
    const [last, first] = [must(mine[0], `${id}'s latest inspection`).p, must(mine.at(-1), `${id}'s first inspection`).p];
    const c = chart(chartIds.pduHistory(id));
    expect(say(c.takeaway)).toBe(
      `From ${first.score.points}/${first.score.max} (${label[first.overall]}) in ${monthYear(first.fieldworkStarted)} to ${last.score.points}/${last.score.max} (${label[last.overall]}) in ${monthYear(last.fieldworkStarted)}.`,
    );
    expect(say(c.description)).toContain(`A line through ${mine.length} points,`);
  }

  // Letter descriptions and Annexe two.
  for (const letter of letters) {
    const region = must(
      reference.regions.find((r) => r.id === letter.region),
      `the region ${letter.region}`,
    );
    const text = say(letterDescription(letter, region.name));
    const m =
      /^The letter of (.+?) from (.+?) to the (.+) region\. (PDUs?) rated: (.+)\. (\d+) (findings?)(?: \((\d+) key strengths? and (\d+) areas? for improvement\))? and (\d+) recommendations?\.$/.exec(
        text,
      );
    expect(m, text).not.toBeNull();
    const [, date, , regionName, pduNoun, pduNames, nFindings, , nStrengths, nImprovements, nRecs] = must(
      m,
      'the letter description’s match',
    );
    const strengths = letter.findings.filter((f) => f.kind === 'strength').length;
    expect(date).toBe(longDate(letter.date));
    expect(regionName).toBe(region.name);
    expect(pduNoun).toBe(letter.pdus.length === 1 ? 'PDU' : 'PDUs');
    expect(pduNames).toBe(joinNames(letter.pdus.map((p) => p.name)));
    expect(Number(nFindings)).toBe(letter.findings.length);
    if (letter.findings.length)
      expect([Number(nStrengths), Number(nImprovements)]).toEqual([strengths, letter.findings.length - strengths]);
    else expect(nStrengths).toBeUndefined();
    expect(Number(nRecs)).toBe(letter.recommendations.length);

    for (const p of letter.pdus) {
      const table = ratingsTable(p, framework);
      expect(table.summary).toEqual(['score', 'overall']);
      const rows = table.rows.filter((r) => r.type === 'standard');
      expect(rows.map((r) => r.id).sort()).toEqual(standards.map((s) => s.id).sort());
      const missing = standards.filter((s) => !(s.id in p.ratings));
      for (const row of rows) {
        expect(row.rating).toBe(p.ratings[row.id]);
        expect(row.notRated).toBe(!(row.id in p.ratings));
      }
      if (!missing.length) expect(table.note).toBeUndefined();
      else {
        expect(say(must(table.note, `the note under ${p.name}'s ratings table`))).toBe(
          `Added by this site: the letter gives no rating for ${joinNames(missing.map((s) => `${s.id} ${s.name}`))}, so this table shows ${missing.length === 1 ? 'it' : 'them'} as not rated.`,
        );
      }
    }
  }

  // PDU pages.
  for (const id of pduIds) {
    const record = must(
      model.pdus.find((p) => p.id === id),
      `the PDU record ${id}`,
    );
    const { letter, p } = latestOf(id);
    const mine = inspections.filter((i) => i.p.id === id);
    const recs = letters.flatMap((l) => l.recommendations).filter((r) => r.pdu === id).length;
    const region = must(
      reference.regions.find((r) => r.id === letter.region),
      `the region ${letter.region}`,
    );
    const rated = Object.keys(p.ratings).length;
    expect(say(pduDescription(record))).toBe(
      `${p.name} probation delivery unit, ${region.name} region: rated ${label[p.overall]} overall (${p.score.points}/${p.score.max} on ${rated} ${plural(rated, 'standard', 'standards')} rated) in the letter of ${longDate(letter.date)}${mine.length > 1 ? `, the latest of ${mine.length} inspections` : ''}; ${recs} ${plural(recs, 'recommendation', 'recommendations')} made under it.`,
    );
  }

  // Domain pages: standards and domains count ratings of PDUs inspected; regional areas are never rated.
  for (const info of reference.domains) {
    const record = must(
      model.domains.find((d) => d.info.slug === info.slug),
      `the domain record ${info.slug}`,
    );
    const covers = new Set([info.slug, ...info.children]);
    const findings = letters.flatMap((l) => l.findings).filter((f) => f.domains.some((d) => covers.has(d))).length;
    const recs = letters.flatMap((l) => l.recommendations).filter((r) => r.domains.some((d) => covers.has(d))).length;
    const about = `${findings} ${plural(findings, 'finding', 'findings')} and ${recs} ${plural(recs, 'recommendation', 'recommendations')} about it`;
    const text = say(domainDescription(record));
    if (info.kind === 'area') {
      expect(text).toBe(
        `${info.label}, a regional area: reported on in regional letters and not rated. ${about.charAt(0).toUpperCase()}${about.slice(1)}.`,
      );
      continue;
    }
    const ids =
      info.kind === 'standard'
        ? [must(info.number, `the number of ${info.slug}`)]
        : must(
            framework.domains.find((d) => d.number === info.number),
            `the framework's domain ${info.number}`,
          ).standards.map((s) => s.id);
    const places = inspections.flatMap((i) => ids.map((s) => i.p.ratings[s]));
    const rated = places.filter(Boolean).length;
    const n = inspections.length;
    const who =
      new Set(inspections.map((i) => i.p.id)).size === n
        ? `${n} ${plural(n, 'PDU', 'PDUs')} inspected`
        : `${n} ${plural(n, 'PDU inspection', 'PDU inspections')}`;
    if (info.kind === 'standard') expect(text).toBe(`Standard ${info.label}: rated for ${rated} of ${who}; ${about}.`);
    else {
      const notRated = places.length - rated;
      expect(text).toBe(
        `Domain ${info.label}: ${rated} ${plural(rated, 'rating', 'ratings')} on its ${ids.length} ${plural(ids.length, 'standard', 'standards')} for ${who}${notRated ? `, ${notRated} not rated` : ''}; ${about}.`,
      );
    }
  }

  // Region pages.
  for (const region of reference.regions) {
    const record = must(
      model.regions.find((r) => r.region.id === region.id),
      `the region record ${region.id}`,
    );
    const own = newestFirst.filter((l) => l.region === region.id);
    const text = say(regionDescription(record));
    if (!own.length) {
      expect(text).toBe(`No inspection letter about the ${region.name} probation region has been published on this site yet.`);
      continue;
    }
    const pdus = new Set(own.flatMap((l) => l.pdus.map((p) => p.id))).size;
    const findings = own.flatMap((l) => l.findings).length;
    const toRegion = own.flatMap((l) => l.recommendations).filter((r) => r.addressee === 'region').length;
    const m =
      /^(.+) probation region: (\d+) inspection letters?, (?:of|the latest of) (.+?), covering (\d+) PDUs?, with (\d+) findings? and (\d+) recommendations? to the region\.$/.exec(
        text,
      );
    expect(m, text).not.toBeNull();
    const [, name, nLetters, newestDate, nPdus, nFindings, nToRegion] = must(m, 'the region description’s match');
    expect([name, Number(nLetters), newestDate, Number(nPdus), Number(nFindings), Number(nToRegion)]).toEqual([
      region.name,
      own.length,
      longDate(must(own[0], `${region.id}'s newest letter`).date),
      pdus,
      findings,
      toRegion,
    ]);
    expect(text.includes('the latest of')).toBe(own.length > 1);
    expect(say(regionLead(record))).toBe(
      `${own.length} ${plural(own.length, 'letter', 'letters')}, ${pdus} ${plural(pdus, 'PDU', 'PDUs')} inspected, ${findings} ${plural(findings, 'finding', 'findings')} and ${toRegion} ${plural(toRegion, 'recommendation', 'recommendations')} to the region.`,
    );
  }

  // List pages.
  const allFindings = letters.flatMap((l) => l.findings);
  const strengths = allFindings.filter((f) => f.kind === 'strength').length;
  const lead = say(findingsLead(allFindings));
  const fm = /^(\d+) findings?(?: \((\d+) key strengths? and (\d+) areas? for improvement\))?\./.exec(lead);
  expect(fm, lead).not.toBeNull();
  const [, nFindings, nStrengths, nImprovements] = must(fm, 'the findings lead’s match');
  expect(Number(nFindings)).toBe(allFindings.length);
  if (allFindings.length) expect([Number(nStrengths), Number(nImprovements)]).toEqual([strengths, allFindings.length - strengths]);
  const total = letters.flatMap((l) => l.recommendations).length;
  expect(say(recommendationsLead(total))).toMatch(new RegExp(`^${total} recommendations?\\.`));
  say(explorerStatus(total, total));

  expect(sentences.flatMap(formProblems)).toEqual([]);
}

describe('every generated sentence is true', () => {
  it('for random valid letters: counts leave out standards not rated, plurals agree, areas are never rated', () => {
    fc.assert(
      fc.property(lettersArb, (letters) => checkSite(letters)),
      { numRuns: 300 },
    );
    // 300 whole site models take a few seconds, longer while the e2e builds run beside the unit tests.
  }, 60_000);

  it('for the seed', () => {
    checkSite([seed]);
  });
});
