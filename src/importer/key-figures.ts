import type { KeyFigure } from '../schemas/key-figure';
import { slugify } from '../lib/ids';
import { parseMonthYear } from './header';

/** Staff groups as letters name them, and the short name figures use. */
const groups: [RegExp, string][] = [
  [/^(senior probation officers?|SPOs?)( \((SPOs?)\))?$/i, 'SPO'],
  [/^(probation service officers?|PSOs?)( \(PSOs?\))?$/i, 'PSO'],
  [/^(probation officers?|POs?)( \(POs?\))?$/i, 'PO'],
  [/^unpaid work( staff)?$/i, 'Unpaid work'],
  [/^accredited programmes?( staff)?$/i, 'Accredited programmes'],
  [/^statutory victim work( staff)?$/i, 'Statutory victim work'],
];

/** The short name of a staff group ("probation officers (POs)" -> "PO"), or undefined. */
export function groupOf(label: string): string | undefined {
  const clean = label.trim().replace(/^(the|for)\s+/i, '').replace(/\s+(was|is|were)$/i, '');
  return groups.find(([pattern]) => pattern.test(clean))?.[1];
}

const number = '(\\d+(?:\\.\\d+)?)';
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Splits a paragraph into sentences, keeping each as printed. */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z“‘"'])/);
}

interface Context {
  pdus: readonly { id: string; name: string }[];
}

type Draft = Omit<KeyFigure, 'id' | 'sentence' | 'asOf'>;

/** The rules, each reading one way letters state a figure. A rule returns what it finds in one sentence. */
const rules: ((sentence: string, ctx: Context) => Draft[])[] = [
  // "The vacancy rate across the X region for probation officers (POs) was 24 per cent, PSOs 25 per cent, …"
  (s) => {
    const m = /vacancy rate (?:across|in|for) .+? for (.+)$/i.exec(s);
    if (!m || /overall vacancy/i.test(s)) return [];
    return m[1].split(/,\s*(?:and\s+)?|\s+and\s+/).flatMap((item) => {
      const part = new RegExp(`^(.+?)\\s+(?:was\\s+|is\\s+)?${number} per cent`).exec(item.trim());
      const group = part ? groupOf(part[1]) : undefined;
      return part && group ? [{ measure: 'vacancy-rate' as const, group, scope: 'region', value: Number(part[2]), unit: 'percent' as const }] : [];
    });
  },
  // "The vacancy rate was 24 per cent for probation officers and 25 per cent for probation service officers."
  (s) => {
    if (!/vacancy rate|shortfall of staff/i.test(s) || / in [A-Z]/.test(s)) return [];
    return [...s.matchAll(new RegExp(`${number} per cent for ([a-z ]+?)(?=[,.;]| and )`, 'g'))].flatMap((m) => {
      const group = groupOf(m[2]);
      return group ? [{ measure: 'vacancy-rate' as const, group, scope: 'region', value: Number(m[1]), unit: 'percent' as const }] : [];
    });
  },
  // "from a 26 per cent PO vacancy rate in Wigan to 27 per cent in Manchester North", "an SPO vacancy rate of 47 per cent in Tameside PDU"
  (s, ctx) => {
    const grade = /\b(senior probation officer|probation service officer|probation officer|SPO|PSO|PO)s?\s+vacancy rate/i.exec(s);
    const group = grade ? groupOf(grade[1]) : undefined;
    if (!group || !ctx.pdus.length) return [];
    const names = ctx.pdus.map((p) => escapeRegExp(p.name)).join('|');
    return [...s.matchAll(new RegExp(`${number} per cent(?: [A-Za-z]+){0,3} in (${names})\\b`, 'g'))].map((m) => ({
      measure: 'vacancy-rate' as const,
      group,
      scope: ctx.pdus.find((p) => p.name === m[2])!.id,
      value: Number(m[1]),
      unit: 'percent' as const,
    }));
  },
  // "The overall vacancy rate across Greater Manchester is 13 per cent"
  (s) => {
    const m = new RegExp(`overall vacancy rate (?:across|in) .+? (?:is|was) ${number} per cent`, 'i').exec(s);
    return m ? [{ measure: 'vacancy-rate', group: 'All staff', scope: 'region', value: Number(m[1]), unit: 'percent' }] : [];
  },
  // "The average PO caseload across the region was 38 cases and the average for PSOs was 45."
  (s) => {
    if (!/caseload/i.test(s)) return [];
    const found: Draft[] = [];
    const first = new RegExp(`average (\\w+) caseload (?:across the region |in the region )?(?:was|is) ${number}`, 'i').exec(s);
    if (first && groupOf(first[1])) found.push({ measure: 'average-caseload', group: groupOf(first[1])!, scope: 'region', value: Number(first[2]), unit: 'cases' });
    for (const m of s.matchAll(new RegExp(`the average for (\\w+) (?:was|is) ${number}`, 'gi'))) {
      if (groupOf(m[1])) found.push({ measure: 'average-caseload', group: groupOf(m[1])!, scope: 'region', value: Number(m[2]), unit: 'cases' });
    }
    return found;
  },
  // "POs were at an average of 137 per cent of target workloads", "probation officers … working on average at 137 per cent of their target workload"
  (s) => {
    const m = new RegExp(`\\b(POs|PSOs|probation officers|probation service officers)\\b[^.]*?average (?:of |at )?${number} per cent of (?:their )?target workload`, 'i').exec(s);
    return m && groupOf(m[1]) ? [{ measure: 'workload', group: groupOf(m[1])!, scope: 'region', value: Number(m[2]), unit: 'percent-of-target' }] : [];
  },
  // "a high rate of staff sickness (12.3 days lost on average per year)"
  (s) => {
    const m = new RegExp(`${number} days lost on average per year`, 'i').exec(s);
    return m && /sickness/i.test(s) ? [{ measure: 'sickness-absence', group: 'All staff', scope: 'region', value: Number(m[1]), unit: 'days-per-year' }] : [];
  },
];

/**
 * Proposes the staffing figures a letter states, each with the sentence it comes from: vacancy rates
 * by grade for the region and per PDU, average caseloads, workload against target and sickness absence.
 * A figure stated twice (in the narrative and again in a finding) is kept once, from its first statement.
 */
export function proposeKeyFigures(texts: readonly string[], ctx: Context): KeyFigure[] {
  const figures = new Map<string, KeyFigure>();
  for (const text of texts) {
    let asOf: string | undefined;
    for (const sentence of sentences(text)) {
      const month = /\b(?:As of|in|By) ([A-Z][a-z]+ \d{4})\b/.exec(sentence);
      if (month && parseMonthYear(month[1])) asOf = parseMonthYear(month[1]);
      for (const rule of rules) {
        for (const draft of rule(sentence, ctx)) {
          const id = `${draft.measure}-${slugify(draft.group)}-${draft.scope}`;
          if (!figures.has(id)) figures.set(id, { id, ...draft, ...(asOf ? { asOf } : {}), sentence });
        }
      }
    }
  }
  return [...figures.values()];
}
