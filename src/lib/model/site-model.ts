import type { Finding } from '../../schemas/finding';
import type { Framework } from '../../schemas/framework';
import type { Letter, LetterSection } from '../../schemas/letter';
import type { PduInspection } from '../../schemas/pdu-inspection';
import type { Rating } from '../../schemas/rating';
import type { Recommendation } from '../../schemas/recommendation';
import type { Region } from '../../schemas/region';
import type { LetterCorrections } from './correction-types';
import type { DomainInfo } from './domains';
import { letterOnDomain, type LetterOnDomain, type NarrativeParagraph } from './narrative';
import type { Reference } from './reference';

/** A letter with its region and framework resolved. */
export interface LetterRecord {
  letter: Letter;
  region: Region;
  framework: Framework;
  /** What the editors changed relative to the import record (src/lib/corrections/); absent where nothing is known to differ. */
  corrections?: LetterCorrections;
}

/** One inspection of a PDU, in one letter. */
export interface InspectionRecord {
  letter: LetterRecord;
  inspection: PduInspection;
}

/** A PDU across every letter that inspected it. */
export interface PduRecord {
  id: string;
  name: string;
  /** The region of its latest inspection. */
  region: Region;
  /** Newest first. */
  inspections: InspectionRecord[];
  latest: InspectionRecord;
  recommendations: RecommendationRecord[];
}

/** A finding with its context. */
export interface FindingRecord {
  finding: Finding;
  letter: LetterRecord;
  section: LetterSection;
  domains: DomainInfo[];
}

/** A recommendation with its context. */
export interface RecommendationRecord {
  recommendation: Recommendation;
  letter: LetterRecord;
  pdu: PduRecord;
  inspection: PduInspection;
  domains: DomainInfo[];
}

/** A PDU's rating on a standard in one inspection; absent rating means not rated. */
export interface StandardRating {
  pdu: PduRecord;
  letter: LetterRecord;
  standard: string;
  rating?: Rating;
}

/** A domain page's content. */
export interface DomainRecord {
  info: DomainInfo;
  parent?: DomainInfo;
  children: DomainInfo[];
  /** For a standard (or a domain, over its standards): every PDU inspection's rating, newest letter first. */
  ratings: StandardRating[];
  findings: FindingRecord[];
  recommendations: RecommendationRecord[];
  /**
   * What the narrative of each letter that lists no finding on the domain says about it (its section on it, or the
   * paragraphs naming it), newest letter first; only letters whose narrative says something, and only when the model
   * was given the letters' narratives.
   */
  narrative: LetterOnDomain[];
}

/** A region with everything published about it. */
export interface RegionRecord {
  region: Region;
  letters: LetterRecord[];
  /** PDUs inspected in any of the region's letters, A to Z. */
  pdus: PduRecord[];
  /** Each of those PDUs' latest inspection within this region, A to Z. */
  latestInspections: InspectionRecord[];
  findings: FindingRecord[];
  /** Recommendations addressed to the region. */
  recommendations: RecommendationRecord[];
}

/** The whole site's data, cross-linked: what every page reads. */
export interface SiteModel {
  letters: LetterRecord[];
  regions: RegionRecord[];
  pdus: PduRecord[];
  domains: DomainRecord[];
  findings: FindingRecord[];
  recommendations: RecommendationRecord[];
}

/** A letter record's corrections field: present only when the letter has corrections worked out. */
const correctionsField = (corrections: LetterCorrections | undefined) => (corrections ? { corrections } : {});

const byDateDesc = (a: LetterRecord, b: LetterRecord) =>
  b.letter.date.localeCompare(a.letter.date) || a.letter.id.localeCompare(b.letter.id);

/** What the site model may be given besides the letters and the reference data. */
export interface SiteModelExtras {
  /** Each letter's paragraphs, by letter id (src/lib/checking/body-narrative.ts): the domain pages then say what the narrative says of each domain. */
  narratives?: ReadonlyMap<string, readonly NarrativeParagraph[]>;
  /** What each letter's entry changed relative to its import record, by letter id (src/lib/corrections/). */
  corrections?: ReadonlyMap<string, LetterCorrections>;
}

/** Builds the cross-linked site model from validated letters and the reference data, with the letters' narratives and corrections when given. */
export function buildSiteModel(
  letters: readonly Letter[],
  reference: Reference,
  { narratives, corrections = new Map() }: SiteModelExtras = {},
): SiteModel {
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(what);
    return value;
  };
  const letterRecords = letters
    .map((letter) => ({
      letter,
      region: need(
        reference.regions.find((r) => r.id === letter.region),
        `${letter.id}: region: unknown region "${letter.region}"`,
      ),
      framework: need(
        reference.frameworks.find((f) => f.id === letter.framework),
        `${letter.id}: framework: unknown framework "${letter.framework}"`,
      ),
      ...correctionsField(corrections.get(letter.id)),
    }))
    .sort(byDateDesc);
  const domainInfo = new Map(reference.domains.map((d) => [d.slug, d]));
  const infos = (slugs: readonly string[]) => slugs.map((s) => need(domainInfo.get(s), `unknown domain "${s}"`));

  const pduMap = new Map<string, PduRecord>();
  for (const record of letterRecords) {
    for (const inspection of record.letter.pdus) {
      const existing = pduMap.get(inspection.id);
      if (existing) existing.inspections.push({ letter: record, inspection });
      else {
        const first = { letter: record, inspection };
        pduMap.set(inspection.id, {
          id: inspection.id,
          name: inspection.name,
          region: record.region,
          inspections: [first],
          latest: first,
          recommendations: [],
        });
      }
    }
  }
  const pdus = [...pduMap.values()].sort(
    (a, b) => a.name.localeCompare(b.name, 'en-GB') || a.region.name.localeCompare(b.region.name, 'en-GB'),
  );

  const findings: FindingRecord[] = letterRecords.flatMap((record) =>
    record.letter.findings.map((finding) => ({
      finding,
      letter: record,
      section: need(
        record.letter.sections.find((s) => s.id === finding.section),
        `${finding.id}: unknown section`,
      ),
      domains: infos(finding.domains),
    })),
  );
  const recommendations: RecommendationRecord[] = letterRecords.flatMap((record) =>
    record.letter.recommendations.map((recommendation) => {
      const pdu = need(pduMap.get(recommendation.pdu), `${recommendation.id}: unknown PDU`);
      const inspection = need(
        record.letter.pdus.find((p) => p.id === recommendation.pdu),
        `${recommendation.id}: unknown PDU`,
      );
      return { recommendation, letter: record, pdu, inspection, domains: infos(recommendation.domains) };
    }),
  );
  for (const r of recommendations) r.pdu.recommendations.push(r);

  const domains: DomainRecord[] = reference.domains.map((info) => {
    const children = infos(info.children);
    const standards = info.kind === 'standard' ? [info] : children;
    const covers = new Set([info.slug, ...info.children]);
    const domainFindings = findings.filter((f) => f.finding.domains.some((d) => covers.has(d)));
    const lettersWithFindings = new Set(domainFindings.map((f) => f.letter));
    return {
      info,
      ...(info.parent ? { parent: need(domainInfo.get(info.parent), `unknown domain "${info.parent}"`) } : {}),
      children,
      ratings: letterRecords.flatMap((record) =>
        record.letter.pdus.flatMap((inspection) => {
          const pdu = need(pduMap.get(inspection.id), `${record.letter.id}: PDU "${inspection.id}" missing from the PDU list`);
          return standards.flatMap((s) => {
            if (s.number === undefined || !s.frameworks.includes(record.framework.id)) return [];
            const rating = inspection.ratings[s.number];
            return [{ pdu, letter: record, standard: s.number, ...(rating ? { rating } : {}) }];
          });
        }),
      ),
      findings: domainFindings,
      recommendations: recommendations.filter((r) => r.recommendation.domains.some((d) => covers.has(d))),
      narrative: narratives
        ? letterRecords.flatMap((record) => {
            const paragraphs = narratives.get(record.letter.id);
            const inScope = info.kind === 'area' || info.frameworks.includes(record.framework.id);
            if (!paragraphs || !inScope || lettersWithFindings.has(record)) return [];
            return letterOnDomain(info, record, paragraphs, reference.sections) ?? [];
          })
        : [],
    };
  });

  const regions: RegionRecord[] = reference.regions.map((region) => {
    // Each PDU inspected in the region, with its latest inspection there (inspections are newest first).
    const inRegion = pdus.flatMap((pdu) => {
      const latest = pdu.inspections.find((i) => i.letter.region.id === region.id);
      return latest ? [{ pdu, latest }] : [];
    });
    return {
      region,
      letters: letterRecords.filter((l) => l.region.id === region.id),
      pdus: inRegion.map((p) => p.pdu),
      latestInspections: inRegion.map((p) => p.latest),
      findings: findings.filter((f) => f.letter.region.id === region.id),
      recommendations: recommendations.filter((r) => r.letter.region.id === region.id && r.recommendation.addressee === 'region'),
    };
  });

  return { letters: letterRecords, regions, pdus, domains, findings, recommendations };
}
