import type { Reference } from '../lib/model/reference';
import { count, ratingLabels, scoreText } from '../lib/language/vocabulary';
import { standardsOf } from '../lib/model/reference';
import { formatDate } from '../lib/language/format';
import type { ImportedLetter } from './parse-letter';

/** What the summary needs besides the imported letter. */
export interface SummaryContext {
  file: string;
  target: string;
  outcome: string;
  /** Editor changes a merge kept. */
  kept: readonly string[];
  reference: Reference;
  /** The source URL the written entry records, if any. */
  sourceUrl?: string | undefined;
  /** Whether this import was given `--source-url`. */
  sourceUrlGiven: boolean;
  /** Why the letter has the id it has, when that is not the plain one or not the one its seed would give. */
  idNote?: string;
  /** What reading the file as a PDF found: its pages, producer and date, the furniture set aside (pdf/pdf-seed.ts). */
  pdf?: { read: string[]; review: string[] };
  /** Where a line of the text read stands, as the editor knows the file ("line 42"; for a PDF, its page and words). */
  where?: (line: number) => string;
}

/** Wraps a list of items into lines no wider than `width`, each continued line indented. */
function wrap(items: readonly string[], width = 100, indent = '    '): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    const next = line ? `${line}, ${item}` : item;
    if (next.length > width - indent.length && line) {
      lines.push(`${indent}${line},`);
      line = item;
    } else line = next;
  }
  if (line) lines.push(`${indent}${line}`);
  return lines;
}

/**
 * The one-screen account `npm run import` prints: what it read (sections with finding counts, recommendations
 * per PDU and addressee, ratings per PDU, footnotes, key figures, how every source line was placed), then the
 * values it proposed rather than read, for the editor to review, then the editor's changes a merge kept.
 */
export function summarise(imported: ImportedLetter, context: SummaryContext): string {
  const { letter, ledger, region } = imported;
  const out: string[] = [`${context.file} -> ${context.target} (${context.outcome})`];
  if (context.idNote) out.push(`  id              ${letter.id}: ${context.idNote}`);
  out.push('Read:');
  out.push(
    `  letter          ${formatDate(letter.date)}, ${letter.publisher.name} to ${letter.recipient.name}, ${letter.recipient.role}; ${count(letter.copyList.length, 'copy', 'copies')}`,
  );
  const where = context.where ?? ((line: number) => `line ${line}`);
  out.push(`  region          ${region.region.name}, from "${region.as}" (${where(region.line)})`);
  const inSection = (section: string, kind: string) => letter.findings.filter((f) => f.section === section && f.kind === kind).length;
  out.push(`  sections        ${letter.sections.length} (key strengths / areas for improvement):`);
  out.push(...wrap(letter.sections.map((s) => `${s.title} ${inSection(s.id, 'strength')}/${inSection(s.id, 'improvement')}`)));
  const strengths = letter.findings.filter((f) => f.kind === 'strength').length;
  out.push(
    `  findings        ${letter.findings.length}: ${strengths} key strengths, ${letter.findings.length - strengths} areas for improvement`,
  );
  out.push(`  recommendations ${letter.recommendations.length}:`);
  out.push(
    ...wrap(
      letter.pdus.map((p) => {
        const recs = letter.recommendations.filter((r) => r.pdu === p.id);
        const by = (['pdu', 'region', 'hmpps'] as const)
          .map((a) => [a, recs.filter((r) => r.addressee === a).length] as const)
          .filter(([, n]) => n);
        return `${p.name} ${recs.length} (${by.map(([a, n]) => `${a === 'pdu' ? 'PDU' : a === 'hmpps' ? 'HMPPS' : 'region'} ${n}`).join(', ')})`;
      }),
    ),
  );
  const framework = context.reference.frameworks.find((f) => f.id === letter.framework);
  const rated = letter.pdus.reduce((n, p) => n + Object.keys(p.ratings).length, 0);
  out.push(`  ratings         ${rated} under ${letter.framework}:`);
  for (const p of letter.pdus) {
    const notRated = framework
      ? standardsOf(framework)
          .filter((s) => !(s.id in p.ratings))
          .map((s) => s.id)
      : [];
    out.push(
      `    ${p.name}: ${Object.keys(p.ratings).length} standards${notRated.length ? ` (not rated: ${notRated.join(', ')})` : ''}, score ${scoreText(p.score)}, overall ${ratingLabels[p.overall]}, fieldwork ${p.fieldworkStarted}`,
    );
  }
  out.push(`  footnotes       ${letter.footnotes.length}`);
  if (context.sourceUrl)
    out.push(`  source URL      ${context.sourceUrl}${context.sourceUrlGiven ? ' (given with --source-url)' : ' (kept from the entry)'}`);
  const counts = ledger.counts();
  const placed = [...counts.values()].reduce((a, b) => a + b, 0);
  const debris = counts.get('page-break debris') ?? 0;
  out.push(
    `  source lines    ${placed} placed, every one accounted for${debris ? ` (${count(debris, 'line')} of page-break debris removed: ${imported.debris.map((l) => (context.where ? context.where(l.n) : l.n)).join(', ')})` : ''}`,
  );

  if (context.pdf) out.push(...context.pdf.read.map((line) => `  ${line}`));
  out.push('Review (proposed by the importer, not read from the letter; correct them in the entry):');
  if (context.pdf) out.push(...context.pdf.review.map((line) => `  ${line}`));
  if (!context.sourceUrl)
    out.push('  source URL      none recorded: pages will say so; give the inspectorate’s document with --source-url <https URL>');
  if (region.viaAlias) out.push(`  region          ${region.region.name}, from its alias "${region.as}" (${where(region.line)})`);
  const short = (id: string) => id.slice(letter.id.length + 1);
  const byDomain = new Map<string, { findings: number; recommendations: string[] }>();
  const tally = (domains: readonly string[]) =>
    (domains.length ? domains : ['(no tag)']).map((d) => {
      const entry = byDomain.get(d) ?? { findings: 0, recommendations: [] };
      byDomain.set(d, entry);
      return entry;
    });
  for (const f of letter.findings) for (const entry of tally(f.domains)) entry.findings += 1;
  for (const r of letter.recommendations) for (const entry of tally(r.domains)) entry.recommendations.push(short(r.id));
  out.push(
    `  domain tags     on ${letter.findings.length} findings and ${letter.recommendations.length} recommendations, from content/reference rules:`,
  );
  for (const [domain, { findings, recommendations }] of byDomain) {
    const line = `    ${domain}: ${count(findings, 'finding')}; recommendations: ${recommendations.join(' ') || 'none'}`;
    out.push(line.length > 110 ? `${line.slice(0, 109)}…` : line);
  }
  out.push(`  key figures     ${letter.keyFigures.length}:`);
  out.push(...wrap(letter.keyFigures.map((k) => `${k.id} ${k.value}`)));
  if (context.kept.length) {
    out.push(`Kept from your edits (${context.kept.length}):`);
    out.push(...wrap([...context.kept]));
  }
  return out.join('\n');
}
