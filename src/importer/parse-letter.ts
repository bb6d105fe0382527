import { createHash } from 'node:crypto';
import { letterSchema, type Letter } from '../schemas/letter';
import type { Framework } from '../schemas/framework';
import { findingDomains, recommendationDomains } from '../lib/model/domains';
import { findingId, letterId, recommendationId } from '../lib/model/ids';
import { formatPath } from '../lib/problems';
import { standardsOf, type Reference } from '../lib/model/reference';
import { checkLetter, checkStatedRatings } from '../lib/checking/validate-letter';
import { cardGlyphProblems } from '../lib/checking/card-glyphs';
import { must } from '../lib/must';
import { parseRatingsAnnex, type DraftPdu } from './annex-ratings';
import { parseRecommendationsAnnex, type DraftRecommendation } from './annex-recommendations';
import { parseBody, type BodyBlock, type LetterBody } from './read-body';
import { ImportError, type SeedProblem } from './errors';
import { readFootnoteLines } from './footnotes';
import { parseHeader } from './header';
import { keepIds, previousFindings, previousRecommendations } from './keep-ids';
import { proposeKeyFigures } from './propose-key-figures';
import { Ledger } from './ledger';
import { mendPageBreaks, seedLines, type SeedLine } from './lines';
import { readRegion, type RegionReading } from './read-region';
import { parseSignature } from './signature';

/** A letter read from a seed: its facts, its narrative blocks, and the account of how each line was read. */
export interface ImportedLetter {
  letter: Letter;
  blocks: BodyBlock[];
  /** Which part of the letter each source line became. */
  ledger: Ledger;
  /** How the region was named. */
  region: RegionReading;
  /** Lines removed on purpose as page-break debris ("Page 3 of 12"). */
  debris: SeedLine[];
}

/** What parseLetter needs besides the text. */
export interface ParseOptions {
  /** The seed's path as it should be recorded, e.g. "seeds/000_….txt". */
  file: string;
  /** The seed as the letter records (and publishes) it, when it differs from `file`: never a path outside the project. */
  sourceFile?: string;
  reference: Reference;
  /** The entry a previous import generated, whose ids are kept. */
  previous?: Letter;
  /** Ids that may not be handed to a new item: every id ever published, and those in the editor's entry. */
  reservedIds?: ReadonlySet<string>;
  /** The licence the source is published under. */
  licence?: Letter['licence'];
  /** SHA-256 of the seed file's bytes (default: of the text). */
  sourceSha256?: string;
  /** The inspectorate's published document, as the editor gave it (`--source-url`); left out when not given. */
  sourceUrl?: string;
  /** The day of the import, YYYY-MM-DD: the letter may not be dated after it (default: today in London). */
  today?: string;
  /** The letter's id when it is not the plain "<region>-<yyyy>-<mm>" (another letter holds that: letter-identity.ts). */
  id?: string;
  /** The region of each PDU id other letters use: a PDU of this letter's region with such an id gets one of its own. */
  pduRegions?: ReadonlyMap<string, string>;
}

const openGovernmentLicence = {
  name: 'Open Government Licence v3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
};

/** Page furniture PDF-to-text tools leave between pages. */
const debrisPattern = /^Page \d+( of \d+)?$/i;

/**
 * Picks the framework whose standards the annex prints: every printed standard number must be one of its
 * standards, printed with its name. A name that differs is a problem naming the line, never a near match.
 */
function matchFramework(pdus: readonly DraftPdu[], frameworks: readonly Framework[], problems: SeedProblem[]) {
  const printed = pdus.flatMap((p) =>
    Object.entries(p.standardNames).map(([id, name]) => ({ id, name, line: p.lines[`standard ${id}`] ?? p.line })),
  );
  const domains = pdus.flatMap((p) =>
    Object.entries(p.domainNames).map(([number, name]) => ({ number, name, line: p.lines[`domain ${number}`] ?? p.line })),
  );
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const candidates = frameworks.filter((f) => printed.every((p) => standardsOf(f).some((s) => s.id === p.id)));
  const fits = (f: Framework) =>
    printed.every((p) => standardsOf(f).some((s) => s.id === p.id && same(s.name, p.name))) &&
    domains.every((d) => f.domains.some((x) => x.number === d.number && same(x.name, d.name)));
  const fitting = candidates.filter(fits);
  if (fitting.length === 1) return fitting[0];
  if (fitting.length > 1) {
    problems.push({
      line: pdus[0]?.line,
      message: `the standards Annexe two prints fit more than one framework (${fitting.map((f) => f.id).join(', ')}); content/reference/frameworks.json must tell them apart`,
    });
    return undefined;
  }
  const closest = candidates[0];
  if (!closest) {
    const unknown = printed.find((p) => !frameworks.some((f) => standardsOf(f).some((s) => s.id === p.id)));
    problems.push({
      line: unknown?.line ?? pdus[0]?.line,
      message: `no framework in content/reference/frameworks.json has the standard ${unknown ? `"${unknown.id} ${unknown.name}"` : 'numbers Annexe two prints'}`,
    });
    return undefined;
  }
  for (const p of printed) {
    // Every printed id is one of the closest framework's standards: that is what made it a candidate.
    const standard = must(
      standardsOf(closest).find((s) => s.id === p.id),
      `standard ${p.id} in framework ${closest.id}`,
    );
    if (!same(standard.name, p.name))
      problems.push({
        line: p.line,
        message: `standard ${p.id} is printed "${p.name}", but framework ${closest.id} names it "${standard.name}"`,
      });
  }
  for (const d of domains) {
    const domain = closest.domains.find((x) => x.number === d.number);
    if (!domain || !same(domain.name, d.name))
      problems.push({
        line: d.line,
        message: `domain ${d.number} is printed "${d.name}", but framework ${closest.id} ${domain ? `names it "${domain.name}"` : 'has no such domain'}`,
      });
  }
  return undefined;
}

/** The source line a field of the built letter came from, so a problem found after reading names it. */
function lineOfPath(
  path: readonly PropertyKey[],
  drafts: {
    pdus: DraftPdu[];
    body: LetterBody;
    recommendations: DraftRecommendation[];
    groups: { line: number }[];
    footnoteLines: number[];
    dateLine: number;
    regionLine: number;
    annexLinkLines: number[];
  },
): number | undefined {
  const [list, i, field, key] = path;
  if (list === 'date') return drafts.dateLine;
  if (list === 'region') return drafts.regionLine;
  if (list === 'ratingsAnnex' && i === 'links' && typeof field === 'number') return drafts.annexLinkLines[field];
  if (list === 'recommendationsAnnex' && i === 'groups' && typeof field === 'number') return drafts.groups[field]?.line;
  if (typeof i !== 'number') return undefined;
  if (list === 'pdus') {
    const pdu = drafts.pdus[i];
    if (field === 'score') return pdu?.lines.score ?? pdu?.line;
    if (field === 'ratings' && typeof key === 'string') return pdu?.lines[`standard ${key}`] ?? pdu?.line;
    if (field === 'overall') return pdu?.lines.overall ?? pdu?.line;
    if (field === 'fieldworkStarted') return pdu?.lines.fieldwork ?? pdu?.line;
    return pdu?.line;
  }
  if (list === 'findings') return drafts.body.findings[i]?.line;
  if (list === 'recommendations') return drafts.recommendations[i]?.line;
  if (list === 'sections') return drafts.body.sections[i]?.line;
  if (list === 'footnotes') return drafts.footnoteLines[i];
  return undefined;
}

/**
 * Reads a published regional letter as text and returns its content entry. Throws an ImportError
 * listing every line it could not place or read; nothing is dropped or filed under a default.
 */
export function parseLetter(text: string, options: ParseOptions): ImportedLetter {
  const problems: SeedProblem[] = [];
  const ledger = new Ledger();
  const fail = () => new ImportError(options.file, problems);
  if (text.includes('\u0000')) throw new ImportError(options.file, [{ message: 'not a text file (it contains NUL bytes)' }]);
  const all = seedLines(text);
  const last = all.at(-1)?.n;
  if (last === undefined) throw new ImportError(options.file, [{ message: 'the file is empty' }]);
  const debris = all.filter((l) => debrisPattern.test(l.text));
  for (const l of debris) ledger.place(l, 'page-break debris');
  const lines = debris.length ? all.filter((l) => !debrisPattern.test(l.text)) : all;

  const { header, bodyStart } = parseHeader(lines, ledger, problems);
  if (!header) throw fail();
  const closingAt = lines.findIndex(
    (l, i) => i >= bodyStart && /^(Yours (sincerely|faithfully)|Kind regards|Best wishes),?$/i.test(l.text),
  );
  const annexAt = (topic: RegExp) =>
    lines.findIndex((l, i) => i > closingAt && /^Annexe?\s+\S+\s*[–—:-]/i.test(l.text) && topic.test(l.text));
  const recsAt = closingAt < 0 ? -1 : annexAt(/recommendation/i);
  const ratingsAt = closingAt < 0 ? -1 : annexAt(/rating/i);
  if (closingAt < 0) {
    problems.push({
      line: last,
      message: `the letter ends at line ${last} without a closing ("Yours sincerely,"): is the file cut short?`,
    });
  } else if (ratingsAt < 0) {
    // Ratings that run on under Annexe one mean its heading is missing; otherwise the file stops before them.
    const stray = lines.findIndex(
      (l, i) => i > Math.max(closingAt, recsAt) && /^Set out below are the ratings|Fieldwork started/i.test(l.text),
    );
    const strayLine = lines[stray];
    if (strayLine)
      problems.push({
        line: strayLine.n,
        message: 'no ratings annex heading such as "Annexe two – PDU ratings" before the ratings that start here',
      });
    else
      problems.push({
        line: last,
        message: `no ratings annex: the file ends at line ${last} without a heading such as "Annexe two – PDU ratings"; is it cut short?`,
      });
  }
  if (closingAt >= 0 && recsAt < 0)
    problems.push({ line: last, message: 'no recommendations annex: expected a heading such as "Annexe one – Recommendations"' });
  if (problems.length) throw fail();
  // With no problems so far, the closing and both annex headings were found.
  const closingLine = must(lines[closingAt], 'the closing line');
  const recsHeading = must(lines[recsAt], 'the recommendations annex heading');
  const ratingsHeading = must(lines[ratingsAt], 'the ratings annex heading');
  ledger.place(closingLine, 'closing');
  ledger.place(recsHeading, 'annex heading');
  ledger.place(ratingsHeading, 'annex heading');
  const firstAnnex = Math.min(recsAt, ratingsAt);
  const slice = (from: number, to: number): SeedLine[] => lines.slice(from, to);

  const body = parseBody(
    mendPageBreaks(readFootnoteLines(slice(bodyStart, closingAt), problems)),
    options.reference.layout,
    ledger,
    problems,
  );
  for (const s of body.sections) {
    if (!options.reference.sections.some((m) => m.section === s.id))
      problems.push({ line: s.line, message: `the section "${s.title}" has no domain mapping in content/reference/sections.json` });
  }
  const signatory = parseSignature(slice(closingAt + 1, firstAnnex), ledger, problems);
  const ratings = parseRatingsAnnex(slice(ratingsAt + 1, ratingsAt < recsAt ? recsAt : lines.length), ledger, problems);
  const toAt = lines.findIndex((l) => /^To:?$/i.test(l.text));
  const opening = [...lines.slice(toAt + 1, bodyStart), ...body.opening];
  const region = readRegion(opening, options.reference.regions, problems, body.opening[0]?.n);
  // A PDU is its region's: one named like another region's PDU ("Tameside" in a North West letter) gets an id of its
  // own ("north-west-tameside"), never the other's page and history.
  if (region)
    for (const pdu of ratings.pdus) {
      const owner = options.pduRegions?.get(pdu.id);
      if (owner !== undefined && owner !== region.region.id) pdu.id = `${region.region.id}-${pdu.id}`;
    }
  const recs = parseRecommendationsAnnex(
    slice(recsAt + 1, recsAt < ratingsAt ? ratingsAt : lines.length),
    { pdus: ratings.pdus, region: region?.region },
    ledger,
    problems,
  );

  const framework = ratings.pdus.length ? matchFramework(ratings.pdus, options.reference.frameworks, problems) : undefined;
  if (!ratings.pdus.length) problems.push({ line: ratingsHeading.n, message: 'the ratings annex lists no PDU' });
  // A PDU's block of Annexe two runs to the next PDU (the last to the annex's end); a problem already reported in it
  // (a rating word it could not read) explains what is missing, so "gives no overall rating" would only repeat it.
  const ratingsEnd = ratingsAt < recsAt ? must(lines[recsAt], 'the recommendations annex heading').n : Infinity;
  ratings.pdus.forEach((pdu, i) => {
    const end = ratings.pdus[i + 1]?.line ?? ratingsEnd;
    if (problems.some((p) => p.line !== undefined && p.line >= pdu.line && p.line < end)) return;
    const missing = (
      [
        ['fieldworkStarted', 'fieldwork month'],
        ['score', 'score'],
        ['overall', 'overall rating'],
      ] as const
    ).filter(([k]) => pdu[k] === undefined);
    if (missing.length)
      problems.push({ line: pdu.line, message: `${pdu.name}: Annexe two gives no ${missing.map(([, label]) => label).join(', ')}` });
  });
  if (!problems.length) {
    // The ledger's own check: a line no part claims would be lost from the published letter.
    for (const l of ledger.unplaced(all))
      problems.push({ line: l.n, message: `"${l.text.slice(0, 60)}" was read but not placed in the letter` });
  }
  if (problems.length || !region || !framework || !signatory) {
    if (!problems.length) problems.push({ message: 'the letter could not be read' });
    throw fail();
  }

  const id = options.previous?.id ?? options.id ?? letterId(region.region.id, header.date);
  const reserved = options.reservedIds ?? new Set<string>();
  const placeNumbers = new Map<DraftFindingKey, number>();
  const numberedFindings = body.findings.map((f) => {
    const key = `${f.section}/${f.kind}` as DraftFindingKey;
    const n = (placeNumbers.get(key) ?? 0) + 1;
    placeNumbers.set(key, n);
    return { ...f, placeNumber: n };
  });
  const findingIds = keepIds(
    numberedFindings,
    previousFindings(options.previous?.findings ?? []),
    (f) => `${f.section}/${f.kind}`,
    (f, n) => findingId(id, f.section, f.kind, n),
    (f) => f.placeNumber,
    reserved,
  );
  const recommendationIds = keepIds(
    recs.recommendations,
    previousRecommendations(options.previous?.recommendations ?? []),
    (r) => r.pdu,
    (r, n) => recommendationId(id, r.pdu, n),
    (r) => r.number,
    reserved,
  );

  const candidate = {
    id,
    title: `Regional inspection letter: ${region.region.name}`,
    region: region.region.id,
    date: header.date,
    framework: framework.id,
    publisher: header.publisher,
    recipient: header.recipient,
    copyList: header.copyList,
    salutation: header.salutation,
    sections: body.sections.map(({ id: sectionId, title }) => ({ id: sectionId, title })),
    closing: closingLine.text,
    signatory,
    pdus: ratings.pdus.map((p) => ({
      id: p.id,
      name: p.name,
      fieldworkStarted: p.fieldworkStarted,
      score: p.score,
      overall: p.overall,
      ratings: p.ratings,
      annex: {
        first: (p.lines.overall ?? 0) < (p.lines.score ?? 0) ? 'overall' : 'score',
        listedUnrated: Object.keys(p.standardNames).filter((id) => !(id in p.ratings)),
      },
    })),
    findings: body.findings.map((f, i) => ({
      id: findingIds[i],
      section: f.section,
      kind: f.kind,
      text: f.text,
      domains: findingDomains(f.section, f.text, options.reference),
    })),
    recommendationsAnnex: {
      title: recsHeading.text,
      groups: recs.groups.map(({ pdu, addressee, leadIn }) => ({ pdu, addressee, leadIn })),
    },
    recommendations: recs.recommendations.map((r, i) => ({
      id: recommendationIds[i],
      pdu: r.pdu,
      number: r.number,
      addressee: r.addressee,
      text: r.text,
      domains: recommendationDomains(r.text, options.reference.recommendationRules),
    })),
    ratingsAnnex: { title: ratingsHeading.text, intro: ratings.intro, links: ratings.links },
    footnotes: body.footnotes,
    keyFigures: proposeKeyFigures(
      [...body.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : [])), ...body.findings.map((f) => f.text)],
      { pdus: ratings.pdus },
    ),
    source: { file: options.sourceFile ?? options.file, sha256: options.sourceSha256 ?? createHash('sha256').update(text).digest('hex') },
    ...(options.sourceUrl === undefined ? {} : { sourceUrl: options.sourceUrl }),
    licence: options.licence ?? openGovernmentLicence,
  };

  const drafts = {
    pdus: ratings.pdus,
    body,
    recommendations: recs.recommendations,
    groups: recs.groups,
    footnoteLines: body.footnoteLines,
    dateLine: header.dateLine,
    regionLine: region.line,
    annexLinkLines: ratings.linkLines,
  };
  const asProblems = (issues: readonly { path: readonly PropertyKey[]; message: string }[]) =>
    issues.map((i) => ({ line: lineOfPath(i.path, drafts), message: `${i.path.length ? `${formatPath(i.path)}: ` : ''}${i.message}` }));
  const parsed = letterSchema.safeParse(candidate);
  if (!parsed.success) throw new ImportError(options.file, asProblems(parsed.error.issues));
  const passages = body.blocks.flatMap((b) => (b.type === 'paragraph' ? [{ text: b.text, line: b.line }] : []));
  const issues = [
    ...checkLetter(parsed.data, options.reference, options.today === undefined ? {} : { today: options.today }),
    ...checkStatedRatings(parsed.data, passages),
    // What the share cards and chart images draw must be in their font (an emoji is not), refused at its line here.
    ...cardGlyphProblems(parsed.data),
  ];
  if (issues.length) throw new ImportError(options.file, asProblems(issues));
  return { letter: parsed.data, blocks: body.blocks, ledger, region, debris };
}

type DraftFindingKey = `${string}/${string}`;
