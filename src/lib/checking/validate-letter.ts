import type { Letter } from '../../schemas/letter';
import type { FieldProblem } from '../problems';
import { computeScore, maxPointsPerStandard, statedOverallRatings } from '../model/ratings';
import { duplicates, standardsOf, type Reference } from '../model/reference';
import { reservedRecommendationIds } from '../model/ids';
import { formatDate, formatMonth } from '../language/format';
import { ratingLabels } from '../language/vocabulary';
import { must } from '../must';
import { checkFrameworkDates, checkPduRegions } from './reference-facts';

const londonDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The day it is in England and Wales, where the letters are dated, as YYYY-MM-DD. */
export function todayInLondon(now: Date = new Date()): string {
  return londonDate.format(now);
}

/** What checkLetter needs besides the letter. */
export interface CheckOptions {
  /** Today, YYYY-MM-DD: no letter may be dated after it (default: today in London). */
  today?: string;
}

/** The letter's dates are possible: not after today, and each PDU's fieldwork started no later than the letter's month. */
function checkDates(letter: Letter, today: string, add: (path: PropertyKey[], message: string) => void) {
  if (letter.date > today)
    add(
      ['date'],
      `the letter is dated ${formatDate(letter.date)}, after today (${formatDate(today)}): a letter cannot be dated in the future`,
    );
  const month = letter.date.slice(0, 7);
  const late = letter.pdus.flatMap((p, i) => (p.fieldworkStarted > month ? [i] : []));
  const pdu = (i: number) => must(letter.pdus[i], `PDU ${i} of the letter`);
  // Every PDU's fieldwork after the letter: the letter's date is the one fact at odds with the rest.
  if (late.length && late.length === letter.pdus.length)
    add(
      ['date'],
      `the letter is dated ${formatDate(letter.date)}, before the fieldwork it reports started (${late.map((i) => `${pdu(i).name}: ${formatMonth(pdu(i).fieldworkStarted)}`).join('; ')}): fieldwork comes before the letter`,
    );
  else
    for (const i of late)
      add(
        ['pdus', i, 'fieldworkStarted'],
        `${pdu(i).name}'s fieldwork started in ${formatMonth(pdu(i).fieldworkStarted)}, after the letter's date (${formatDate(letter.date)}): fieldwork comes before the letter`,
      );
}

/**
 * Checks a letter beyond its types: references resolve, stated scores equal the ratings, dates are possible,
 * numbering runs 1..n and ids are unique. Returns every problem found, empty when sound.
 */
export function checkLetter(letter: Letter, reference: Reference, options: CheckOptions = {}): FieldProblem[] {
  const issues: FieldProblem[] = [];
  const add = (path: PropertyKey[], message: string) => issues.push({ path, message });
  checkDates(letter, options.today ?? todayInLondon(), add);

  if (!reference.regions.some((r) => r.id === letter.region)) {
    add(['region'], `unknown region "${letter.region}"; expected one of ${reference.regions.map((r) => r.id).join(', ')}`);
  }
  const framework = reference.frameworks.find((f) => f.id === letter.framework);
  if (!framework) {
    add(['framework'], `unknown framework "${letter.framework}"; expected one of ${reference.frameworks.map((f) => f.id).join(', ')}`);
  } else if (!issues.some((i) => i.path[0] === 'date')) checkFrameworkDates(letter, framework, add);
  checkPduRegions(letter, reference.regions, add);
  const standardIds = new Set(framework ? standardsOf(framework).map((s) => s.id) : []);

  letter.pdus.forEach((pdu, i) => {
    if (framework) {
      for (const standard of Object.keys(pdu.ratings)) {
        if (!standardIds.has(standard)) {
          add(['pdus', i, 'ratings', standard], `unknown standard "${standard}" in framework ${framework.id}`);
        }
      }
    }
    const computed = computeScore(pdu.ratings);
    const rated = Object.keys(pdu.ratings).length;
    if (pdu.score.points !== computed.points) {
      add(
        ['pdus', i, 'score', 'points'],
        `stated score ${pdu.score.points} does not equal ${computed.points}, the sum of ${pdu.name}'s rating points`,
      );
    }
    if (pdu.score.max !== computed.max) {
      add(
        ['pdus', i, 'score', 'max'],
        `stated maximum ${pdu.score.max} does not equal ${computed.max} (${maxPointsPerStandard} × ${rated} standards rated)`,
      );
    }
  });
  for (const id of duplicates(letter.pdus.map((p) => p.id))) add(['pdus'], `PDU id "${id}" is used twice`);

  const pduIds = new Set(letter.pdus.map((p) => p.id));
  const sectionIds = new Set(letter.sections.map((s) => s.id));
  for (const id of duplicates(letter.sections.map((s) => s.id))) add(['sections'], `section id "${id}" is used twice`);

  const domainSlugs = new Set(reference.domains.map((d) => d.slug));
  const checkDomains = (list: 'findings' | 'recommendations', i: number, domains: readonly string[]) =>
    domains.forEach((d, j) => {
      if (!domainSlugs.has(d)) add([list, i, 'domains', j], `unknown domain "${d}"; see content/reference (frameworks.json, areas.json)`);
    });
  letter.findings.forEach((f, i) => {
    if (!sectionIds.has(f.section))
      add(['findings', i, 'section'], `unknown section "${f.section}"; the letter's sections are ${[...sectionIds].join(', ')}`);
    checkDomains('findings', i, f.domains);
  });
  letter.recommendations.forEach((r, i) => checkDomains('recommendations', i, r.domains));
  letter.recommendationsAnnex.groups.forEach((g, i) => {
    if (!pduIds.has(g.pdu))
      add(['recommendationsAnnex', 'groups', i, 'pdu'], `unknown PDU "${g.pdu}"; the letter's PDUs are ${[...pduIds].join(', ')}`);
  });

  const nextNumber = new Map<string, number>();
  letter.recommendations.forEach((r, i) => {
    if (!pduIds.has(r.pdu)) {
      add(['recommendations', i, 'pdu'], `unknown PDU "${r.pdu}"; the letter's PDUs are ${[...pduIds].join(', ')}`);
      return;
    }
    const expected = (nextNumber.get(r.pdu) ?? 0) + 1;
    if (r.number !== expected)
      add(
        ['recommendations', i, 'number'],
        `recommendation numbers under ${r.pdu} must run 1..n in order: expected ${expected}, found ${r.number}`,
      );
    nextNumber.set(r.pdu, r.number);
  });

  letter.footnotes.forEach((f, i) => {
    if (f.number !== i + 1)
      add(['footnotes', i, 'number'], `footnotes must be numbered 1..n in order: expected ${i + 1}, found ${f.number}`);
  });

  letter.keyFigures.forEach((k, i) => {
    if (k.scope !== 'region' && !pduIds.has(k.scope))
      add(
        ['keyFigures', i, 'scope'],
        `unknown scope "${k.scope}"; expected "region" or one of the letter's PDUs (${[...pduIds].join(', ')})`,
      );
    if (!k.sentence.includes(String(k.value))) add(['keyFigures', i, 'value'], `the value ${k.value} does not appear in its sentence`);
  });
  for (const id of duplicates(letter.keyFigures.map((k) => k.id))) add(['keyFigures'], `key figure id "${id}" is used twice`);

  letter.recommendations.forEach((r, i) => {
    if (reservedRecommendationIds.includes(r.id))
      add(
        ['recommendations', i, 'id'],
        `the id "${r.id}" is the address of another page (/recommendations/${r.id}/): give the recommendation another id`,
      );
  });
  const ids = [letter.id, ...letter.findings.map((f) => f.id), ...letter.recommendations.map((r) => r.id)];
  for (const id of duplicates(ids)) add(['id'], `id "${id}" is used more than once in this letter`);
  return issues;
}

/** A passage of the letter's own words, with its source line when known (the importer knows it; the content check does not). */
export interface LetterPassage {
  text: string;
  line?: number;
}

/**
 * Checks each PDU's overall rating against any overall rating the letter's own words state for it ("we rated
 * Tameside as 'Requires improvement'", statedOverallRatings): a contradiction is a problem at the PDU's `overall`.
 * The passages are the letter's narrative; its findings are read from the letter itself.
 */
export function checkStatedRatings(letter: Letter, passages: readonly LetterPassage[]): FieldProblem[] {
  const names = letter.pdus.map((p) => p.name).sort((a, b) => b.length - a.length);
  const all: LetterPassage[] = [...passages, ...letter.findings.map((f) => ({ text: f.text }))];
  return letter.pdus.flatMap((pdu, i) =>
    all
      .flatMap((passage) =>
        statedOverallRatings(passage.text, names)
          .filter((s) => s.pdu === pdu.name && s.rating !== pdu.overall)
          .slice(0, 1)
          .map((s) => ({
            path: ['pdus', i, 'overall'],
            message: `${pdu.name}'s overall rating is ${ratingLabels[pdu.overall]}, but the letter's own words${passage.line === undefined ? '' : ` at line ${passage.line}`} rate it ${ratingLabels[s.rating]}: "${s.sentence.length > 160 ? `${s.sentence.slice(0, 159)}…` : s.sentence}"`,
          })),
      )
      .slice(0, 1),
  );
}

/** A letter with the file it came from. */
export interface LetterFile {
  file: string;
  letter: Letter;
}

/** A problem of the whole corpus: the file, the field (as a path, for its line) and what is wrong. */
export interface CorpusProblem {
  file: string;
  field: PropertyKey[];
  message: string;
}

/**
 * Problems only the whole corpus shows: an id used twice (reported at the second use's own field: the letter's id, or
 * the finding's or recommendation's), and a PDU id that two regions' letters use for their PDUs (a PDU is its region's:
 * another region's PDU of the same name needs an id of its own, or it would share the first one's page and history).
 */
export function checkCorpus(entries: readonly LetterFile[]): CorpusProblem[] {
  const problems: CorpusProblem[] = [];
  // The earlier letter keeps what two letters claim (by date, then id): the later one is where the problem is.
  const ordered = [...entries].sort((a, b) => a.letter.date.localeCompare(b.letter.date) || a.letter.id.localeCompare(b.letter.id));
  const owners = new Map<string, { file: string; field: PropertyKey[]; letter: string }>();
  const pduRegions = new Map<string, { region: string; file: string }>();
  for (const { file, letter } of ordered) {
    const fields: [string, PropertyKey[]][] = [
      [letter.id, ['id']],
      ...letter.findings.map((f, i): [string, PropertyKey[]] => [f.id, ['findings', i, 'id']]),
      ...letter.recommendations.map((r, i): [string, PropertyKey[]] => [r.id, ['recommendations', i, 'id']]),
    ];
    const own = new Set<string>();
    for (const [id, field] of fields) {
      const first = owners.get(id);
      if (first === undefined || own.has(id)) {
        owners.set(id, { file, field, letter: letter.id });
        own.add(id);
        continue;
      }
      // An item's id starts with its own letter's: where it does not, that copy is the stray one, whatever the order.
      const strayFirst = field.length > 1 && id.startsWith(`${letter.id}-`) && !id.startsWith(`${first.letter}-`);
      const at = strayFirst ? first : { file, field };
      const other = strayFirst ? file : first.file;
      problems.push({ file: at.file, field: at.field, message: `"${id}" is already used by ${other}; ids must be unique across the site` });
    }
    const taken = letter.pdus.flatMap((pdu, i) => {
      const known = pduRegions.get(pdu.id);
      if (!known) pduRegions.set(pdu.id, { region: letter.region, file });
      return known && known.region !== letter.region ? [{ pdu, i, known }] : [];
    });
    const [firstTaken] = taken;
    if (firstTaken)
      problems.push({
        file,
        field: ['pdus', firstTaken.i, 'id'],
        message: `${taken.map((t) => `"${t.pdu.id}"`).join(', ')} ${taken.length === 1 ? 'is a PDU' : 'are PDUs'} of ${firstTaken.known.region} (${firstTaken.known.file}); ${taken.map((t) => t.pdu.name).join(', ')} of ${letter.region} ${taken.length === 1 ? 'is another PDU and needs an id' : 'are other PDUs and need ids'} of ${taken.length === 1 ? 'its' : 'their'} own, such as "${letter.region}-${firstTaken.pdu.id}"`,
      });
  }
  return problems;
}
