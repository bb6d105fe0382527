import { createHash } from 'node:crypto';
import { letterSchema, type Letter } from '../schemas/letter';
import type { Framework } from '../schemas/framework';
import { recommendationDomains, sectionDomains } from '../lib/domains';
import { findingId, letterId, recommendationId } from '../lib/ids';
import { formatPath } from '../lib/issues';
import { standardsOf, type Reference } from '../lib/reference';
import { checkLetter } from '../lib/validate-letter';
import { parseRatingsAnnex, type DraftPdu } from './annex-ratings';
import { parseRecommendationsAnnex } from './annex-recommendations';
import { parseBody, type BodyBlock } from './body';
import { ImportError, type SeedProblem } from './errors';
import { parseHeader } from './header';
import { keepIds, previousFindings, previousRecommendations } from './keep-ids';
import { proposeKeyFigures } from './key-figures';
import { mendPageBreaks, seedLines, type SeedLine } from './lines';
import { detectRegion } from './region';
import { parseSignature } from './signature';

/** A letter read from a seed: its facts and its narrative blocks, ready to be written as MDX. */
export interface ImportedLetter {
  letter: Letter;
  blocks: BodyBlock[];
}

/** What parseLetter needs besides the text. */
export interface ParseOptions {
  /** The seed's path as it should be recorded, e.g. "seeds/000_….txt". */
  file: string;
  reference: Reference;
  /** The entry a previous import wrote, whose ids are kept. */
  previous?: Letter;
  /** The licence the source is published under. */
  licence?: Letter['licence'];
}

const openGovernmentLicence = {
  name: 'Open Government Licence v3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
};

/** Figures an editor already corrected (same id) win over the importer's new proposal. */
function keptKeyFigures(proposed: Letter['keyFigures'], previous: Letter['keyFigures'] | undefined): Letter['keyFigures'] {
  if (!previous) return proposed;
  const ids = new Set(previous.map((k) => k.id));
  return [...previous, ...proposed.filter((k) => !ids.has(k.id))];
}

/** Picks the framework whose standards are the ones the annex prints, by number and name. */
function matchFramework(pdus: readonly DraftPdu[], frameworks: readonly Framework[], problems: SeedProblem[]) {
  const printed = new Map(pdus.flatMap((p) => Object.entries(p.standardNames)));
  const fits = (f: Framework) =>
    [...printed].every(([id, name]) => standardsOf(f).some((s) => s.id === id && s.name.toLowerCase() === name.toLowerCase()));
  const framework = frameworks.find(fits);
  if (!framework) {
    const list = [...printed].map(([id, name]) => `${id} ${name}`).join(', ');
    problems.push({ line: pdus[0]?.line, message: `no framework in content/reference/frameworks.json has the standards Annexe two prints (${list})` });
  }
  return framework;
}

/**
 * Reads a published regional letter as text and returns its content entry. Throws an ImportError
 * listing every line it could not place or read; nothing is dropped silently.
 */
export function parseLetter(text: string, options: ParseOptions): ImportedLetter {
  const problems: SeedProblem[] = [];
  const fail = () => new ImportError(options.file, problems);
  if (/\u0000/.test(text)) throw new ImportError(options.file, [{ message: 'not a text file (it contains NUL bytes)' }]);
  const lines = seedLines(text);
  if (!lines.length) throw new ImportError(options.file, [{ message: 'the file is empty' }]);

  const { header, bodyStart } = parseHeader(lines, problems);
  if (!header) throw fail();
  const closingAt = lines.findIndex((l, i) => i >= bodyStart && /^(Yours (sincerely|faithfully)|Kind regards|Best wishes),?$/i.test(l.text));
  const annexAt = (topic: RegExp) => lines.findIndex((l, i) => i > closingAt && /^Annexe?\s+\S+\s*[–—:-]/i.test(l.text) && topic.test(l.text));
  const recsAt = annexAt(/recommendation/i);
  const ratingsAt = annexAt(/rating/i);
  if (closingAt < 0) problems.push({ message: 'no closing ("Yours sincerely,") after the letter body' });
  if (ratingsAt < 0) problems.push({ message: 'no ratings annex: expected a heading such as "Annexe two – PDU ratings"' });
  if (recsAt < 0) problems.push({ message: 'no recommendations annex: expected a heading such as "Annexe one – Recommendations"' });
  if (problems.length) throw fail();
  const [firstAnnex, secondAnnex] = recsAt < ratingsAt ? [recsAt, ratingsAt] : [ratingsAt, recsAt];
  const slice = (from: number, to: number): SeedLine[] => lines.slice(from, to);

  const body = parseBody(mendPageBreaks(slice(bodyStart, closingAt)), problems);
  const signatory = parseSignature(slice(closingAt + 1, firstAnnex), problems);
  const recs = parseRecommendationsAnnex(slice(recsAt + 1, recsAt < ratingsAt ? ratingsAt : lines.length), problems);
  const ratings = parseRatingsAnnex(slice(ratingsAt + 1, ratingsAt < recsAt ? recsAt : lines.length), problems);
  void secondAnnex;

  const region = detectRegion(text, options.reference.regions);
  if (!region) problems.push({ message: 'cannot tell which region the letter is about: no region in content/reference/regions.json is named' });
  const framework = matchFramework(ratings.pdus, options.reference.frameworks, problems);
  if (!ratings.pdus.length) problems.push({ line: lines[ratingsAt].n, message: 'the ratings annex lists no PDU' });
  for (const pdu of ratings.pdus) {
    const missing = (['fieldworkStarted', 'score', 'overall'] as const).filter((k) => pdu[k] === undefined);
    if (missing.length) problems.push({ line: pdu.line, message: `${pdu.name}: Annexe two gives no ${missing.join(', ')}` });
  }
  const pduIds = new Set(ratings.pdus.map((p) => p.id));
  for (const r of recs.recommendations) {
    if (!pduIds.has(r.pdu)) problems.push({ line: r.line, message: `recommendation under "${r.pduName}", a PDU Annexe two does not rate` });
  }
  if (problems.length || !region || !framework || !signatory) throw fail();

  const id = options.previous?.id ?? letterId(region.id, header.date);
  const findingIds = keepIds(
    body.findings,
    previousFindings(options.previous?.findings ?? []),
    (f) => `${f.section}/${f.kind}`,
    (f, n) => findingId(id, f.section, f.kind, n),
    (f) => body.findings.filter((g) => g.section === f.section && g.kind === f.kind).indexOf(f) + 1,
  );
  const recommendationIds = keepIds(
    recs.recommendations,
    previousRecommendations(options.previous?.recommendations ?? []),
    (r) => r.pdu,
    (r, n) => recommendationId(id, r.pdu, n),
    (r) => r.number,
  );

  // Tags an editor has corrected survive a re-import: an item that keeps its id keeps its domains.
  const keptDomains = new Map<string, string[]>(
    [...(options.previous?.findings ?? []), ...(options.previous?.recommendations ?? [])].map((item) => [item.id, item.domains]),
  );
  const candidate = {
    id,
    title: `Regional inspection letter: ${region.name}`,
    region: region.id,
    date: header.date,
    framework: framework.id,
    publisher: header.publisher,
    recipient: header.recipient,
    copyList: header.copyList,
    salutation: header.salutation,
    sections: body.sections,
    closing: lines[closingAt].text,
    signatory,
    pdus: ratings.pdus.map((p) => ({
      id: p.id,
      name: p.name,
      fieldworkStarted: p.fieldworkStarted,
      score: p.score,
      overall: p.overall,
      ratings: p.ratings,
    })),
    findings: body.findings.map((f, i) => ({
      id: findingIds[i],
      section: f.section,
      kind: f.kind,
      text: f.text,
      domains: keptDomains.get(findingIds[i]) ?? sectionDomains(f.section, options.reference.sections),
    })),
    recommendationsAnnex: {
      title: lines[recsAt].text,
      groups: recs.groups.map(({ pdu, addressee, leadIn }) => ({ pdu, addressee, leadIn })),
    },
    recommendations: recs.recommendations.map((r, i) => ({
      id: recommendationIds[i],
      pdu: r.pdu,
      number: r.number,
      addressee: r.addressee,
      text: r.text,
      domains: keptDomains.get(recommendationIds[i]) ?? recommendationDomains(r.text, options.reference.recommendationRules),
    })),
    ratingsAnnex: { title: lines[ratingsAt].text, intro: ratings.intro, links: ratings.links },
    footnotes: body.footnotes,
    keyFigures: keptKeyFigures(
      proposeKeyFigures(
        [...body.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : [])), ...body.findings.map((f) => f.text)],
        { pdus: ratings.pdus },
      ),
      options.previous?.keyFigures,
    ),
    source: { file: options.file, sha256: createHash('sha256').update(text).digest('hex') },
    licence: options.licence ?? openGovernmentLicence,
  };

  const parsed = letterSchema.safeParse(candidate);
  if (!parsed.success) {
    throw new ImportError(options.file, parsed.error.issues.map((i) => ({ message: `${formatPath(i.path)}: ${i.message}` })));
  }
  const issues = checkLetter(parsed.data, options.reference);
  if (issues.length) throw new ImportError(options.file, issues.map((i) => ({ message: `${formatPath(i.path)}: ${i.message}` })));
  return { letter: parsed.data, blocks: body.blocks };
}
