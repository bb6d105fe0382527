import { measureUnits, type KeyFigure, type Measure } from '../schemas/key-figure';
import { slugify } from '../lib/model/ids';
import { must } from '../lib/must';
import { parseMonthYear } from './header';
import { escapeRegExp } from '../lib/escape';

/*
 * How the proposer reads a letter. Every number in a sentence that talks about staffing is a candidate;
 * a few readings, each a short regex for one way letters word a figure, look at the words just after
 * the number ("11 per cent leaving rate", "12 per cent under their workload capacity") or just before
 * it ("the PSO vacancy rate in January 2023 was 22 per cent") to say what it measures and for which
 * staff group. A number no reading claims, standing in a list straight after a figure
 * ("… 27 per cent in Manchester North and 38 per cent in Tameside", "… compared to 75% in December
 * 2022"), continues that figure's measure. Every regex looks only at a bounded window around the
 * number, so reading is linear in the length of the letter.
 */

/** Staff groups as letters name them (regex sources, longer names first), and the short name figures use. */
const groupNames: [source: string, short: string][] = [
  ['senior probation officers?(?: \\(SPOs?\\))?|SPOs?', 'SPO'],
  ['probation service officers?(?: \\(PSOs?\\))?|PSOs?', 'PSO'],
  ['probation officers?(?: \\(POs?\\))?|POs?', 'PO'],
  ['unpaid work(?: staff)?', 'Unpaid work'],
  ['accredited programmes?(?: staff)?', 'Accredited programmes'],
  ['statutory victim work(?: staff)?', 'Statutory victim work'],
];
const groupExact = groupNames.map(([source, short]) => [new RegExp(`^(?:${source})$`, 'i'), short] as const);

/** The short name of a staff group ("probation officers (POs)" -> "PO"), or undefined. */
export function groupOf(label: string): string | undefined {
  const clean = label
    .trim()
    .replace(/^(the|for)\s+/i, '')
    .replace(/\s+(was|is|were)$/i, '');
  return groupExact.find(([pattern]) => pattern.test(clean))?.[1];
}

/** Any staff group's name, as a regex source to embed (no capture). */
const GROUP = `\\b(?:${groupNames.map(([source]) => source).join('|')})(?![A-Za-z])`;
/** A verb or preposition that comes just before a stated figure: "was", "stood at", "of". */
const IS = '(?:was|were|is|are|of|stood at|remained at|at)(?: an?| around| about| approximately)?';
const months = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** Splits a paragraph into sentences, keeping each as printed. */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z“‘"'])/);
}

interface Context {
  pdus: readonly { id: string; name: string }[];
}

/** A figure found in one sentence, before ids and months are settled. */
interface Found {
  measure: Measure;
  group: string;
  scope: string;
  value: number;
  statedAs: string;
  /** Where the figure's words end, with its area and month ("… in Tameside", "… in December 2022"). */
  end: number;
  /** The month stated right after the figure, if any. */
  month?: string;
  /** Where that month's words start in the sentence. */
  monthAt?: number;
}

/** A reading's verdict on one number: what it measures, for whom, and where its unit's wording ends. */
interface Reading {
  measure: Measure;
  group?: string;
  unitEnd: number;
}

// Words after the number.
const percentUnit = /^(?: ?%| per ?cent)/i;
const casesUnit = /^ cases\b/i;
const daysUnit =
  /^ (?:working )?days(?: lost)?(?: (?:to|of) sickness(?: absence)?)?(?: on average)?(?: (?:per|a|each) (?:person|employee|member of staff|staff member|FTE))?(?: on average)?(?: (?:per|a|each) year)\b/i;
const targetWorkload = /^ (?:of|against) (?:their |the )?target workloads?\b/i;
const underCapacity = /^ (?:under|below) (?:their |the )?(?:workload )?capacity\b/i;
const againstTarget = /^ (?:of|against) (?:the |their )?target(?: staffing)?(?: (?:model|levels?))?(?![A-Za-z])/i;
const namedRate = new RegExp(`^ (?:(${GROUP}) )?(vacancy|leaving|attrition|turnover) rate\\b`, 'i');
const groupAfter = new RegExp(`^ (?:for|among|of) (?:the )?(${GROUP})`, 'i');
// Words before the number (each ends at the number).
const rateBefore = new RegExp(
  `\\b(?:(overall) )?(?:(${GROUP}) )?(vacancy|leaving|attrition|turnover) rates?\\b[^.;]{0,80}?(?: for (${GROUP}))? ${IS} $`,
  'i',
);
const shortfallBefore = /\bshortfalls? (?:of|in) staff\b[^.;]{0,60}? (?:included|including|of|was|were|is|are|at) $/i;
const caseloadBefore = new RegExp(
  `(?:\\baverage (?:(${GROUP}) )?caseloads?\\b[^.;]{0,60}?(?: (?:for|of|among) (${GROUP}))?|\\b(${GROUP}) caseloads? (?:averaged|was|were|stood at)(?: an average of)?|\\bthe average for (${GROUP})) ${IS} $|\\b(${GROUP}) caseloads? averaged $`,
  'i',
);
const staffingBefore = new RegExp(`\\b(?:(${GROUP}) )?staffing\\b[^.;]{0,100}$`, 'i');
const anyGroup = new RegExp(GROUP, 'gi');
const sickness = /sickness|absence/i;
// A list going on from the previous figure: ", PSOs ", " and ", " to ", ", compared to ", " and the average for PSOs was ".
const continuation = new RegExp(
  `^\\)?,?(?: (?:and|to|or|while|whereas|but|compared (?:to|with)|up from|down from|from|against))?(?: the average| an average)?(?: (?:for|of))?(?: (${GROUP}))?(?: ${IS})? ?$`,
  'i',
);
// A share of something else ("89 per cent of staff"), which never continues a list of figures.
const shareOf = /^ (?:of|were|was|is|are|had|have|said|felt|agreed|reported)\b/i;
const statedMonth = new RegExp(`^,? (?:in|by|as of|as at|at the end of|during) ((?:${months}) \\d{4})\\b`, 'i');
const frameMonths = new RegExp(`\\b(?:as of|as at|in|by|at the end of|during) ((?:${months}) \\d{4})\\b`, 'gi');
const candidates = /(?<![\d.]|\d,)\d+(?:\.\d+)?(?!\d|,\d)/g;
const aboutStaffing = /vacanc|caseload|workload|staffing|sickness|absence|leaving rate|attrition|turnover|shortfall|capacity/i;

const short = (label: string | undefined) => (label ? groupOf(label) : undefined);
const lastGroup = (text: string) => {
  let last: string | undefined;
  for (const m of text.matchAll(anyGroup)) last = m[0];
  return short(last);
};
const reach = 160;

/** The month a month-and-year phrase names, as YYYY-MM ("march 2023" reads as "2023-03"). */
const monthOf = (text: string) => parseMonthYear(text.replace(/^[a-z]/, (c) => c.toUpperCase()));

/** Reads one number in a sentence with the readings that look at its own words, or returns undefined. */
function readNumber(s: string, at: number, digitsEnd: number, previous: Found | undefined): Reading | undefined {
  const after = s.slice(digitsEnd, digitsEnd + reach);
  const before = s.slice(Math.max(0, at - reach), at);
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('. ')) + 1);
  const percent = percentUnit.exec(after);
  if (percent) {
    const u = digitsEnd + percent[0].length;
    const rest = after.slice(percent[0].length);
    const tail = (m: RegExpExecArray) => u + m[0].length;
    let m: RegExpExecArray | null;
    if ((m = targetWorkload.exec(rest))) return { measure: 'workload', group: lastGroup(clause) ?? 'All staff', unitEnd: tail(m) };
    if ((m = underCapacity.exec(rest)))
      return { measure: 'workload-under-capacity', group: lastGroup(clause) ?? 'All staff', unitEnd: tail(m) };
    if ((m = againstTarget.exec(rest))) {
      const staffing = staffingBefore.exec(clause);
      if (/staffing/i.test(m[0]) || staffing)
        return { measure: 'staffing-level', group: short(staffing?.[1]) ?? lastGroup(clause) ?? 'All staff', unitEnd: tail(m) };
    }
    if ((m = namedRate.exec(rest))) {
      const measure = /vacancy/i.test(must(m[2], 'the rate namedRate matched')) ? 'vacancy-rate' : 'leaving-rate';
      return { measure, group: short(m[1]) ?? short(groupAfter.exec(rest.slice(m[0].length))?.[1]) ?? 'All staff', unitEnd: tail(m) };
    }
    if ((m = rateBefore.exec(before))) {
      const measure = /vacancy/i.test(must(m[3], 'the rate rateBefore matched')) ? 'vacancy-rate' : 'leaving-rate';
      const group = m[1] ? 'All staff' : (short(m[4]) ?? short(m[2]) ?? short(groupAfter.exec(rest)?.[1]));
      return { measure, group: group ?? 'All staff', unitEnd: u };
    }
    if (shortfallBefore.test(before)) {
      const group = short(groupAfter.exec(rest)?.[1]);
      return group ? { measure: 'vacancy-rate', group, unitEnd: u } : undefined;
    }
  }
  const cases = casesUnit.exec(after);
  if (cases || !percent) {
    const m = caseloadBefore.exec(before);
    if (m)
      return {
        measure: 'average-caseload',
        group: short(m[2] ?? m[1] ?? m[3] ?? m[4] ?? m[5]) ?? lastGroup(clause) ?? 'All staff',
        unitEnd: digitsEnd + (cases?.[0].length ?? 0),
      };
  }
  const days = daysUnit.exec(after);
  if (days && sickness.test(s))
    return {
      measure: 'sickness-absence',
      group: short(groupAfter.exec(after.slice(days[0].length))?.[1]) ?? 'All staff',
      unitEnd: digitsEnd + days[0].length,
    };
  // A list going on from the previous figure, in the same unit.
  if (previous && at - previous.end <= 80) {
    const gap = continuation.exec(s.slice(previous.end, at));
    const unit = measureUnits[previous.measure];
    const fits = unit === 'cases' ? !percent : unit === 'days-per-year' ? !!days : !!percent;
    const rest = after.slice(percent?.[0].length ?? 0);
    if (gap && fits && !shareOf.test(rest)) {
      const unitEnd = digitsEnd + (percent?.[0].length ?? cases?.[0].length ?? days?.[0].length ?? 0);
      return { measure: previous.measure, group: short(gap[1]) ?? short(groupAfter.exec(rest)?.[1]) ?? previous.group, unitEnd };
    }
  }
  return undefined;
}

/** Builds the sentence reader for a letter's PDUs: the regexes that name them are compiled once. */
function sentenceReader(ctx: Context) {
  const names = [...ctx.pdus].sort((a, b) => b.name.length - a.name.length).map((p) => escapeRegExp(p.name));
  // The patterns match only the names of ctx.pdus, so the match finds its PDU.
  const scopeOf = (match: RegExpExecArray) => {
    const name = must(match[1], 'the PDU name matched');
    return must(
      ctx.pdus.find((p) => p.name.toLowerCase() === name.toLowerCase()),
      `the PDU "${name}"`,
    ).id;
  };
  const pduAfter = names.length
    ? new RegExp(`^[^.;,()]{0,40}? (?:in|across|for|at) (?:the )?(${names.join('|')})(?: PDU)?(?![A-Za-z])`, 'i')
    : undefined;
  const pduLead = names.length ? new RegExp(`^(?:In|Across|For|Within) (?:the )?(${names.join('|')})(?: PDU)?(?![A-Za-z])`) : undefined;

  return (s: string): Found[] => {
    if (!aboutStaffing.test(s) || !/\d/.test(s)) return [];
    const lead = pduLead?.exec(s);
    const found: Found[] = [];
    for (const c of s.matchAll(candidates)) {
      const at = c.index;
      const previous = found.at(-1);
      if (previous && at < previous.end) continue;
      const reading = readNumber(s, at, at + c[0].length, previous);
      if (!reading?.group) continue;
      let end = reading.unitEnd;
      const named = groupAfter.exec(s.slice(end, end + reach));
      if (named) end += named[0].length;
      const area = pduAfter?.exec(s.slice(end, end + reach));
      if (area) end += area[0].length;
      const stated = statedMonth.exec(s.slice(end, end + 60));
      const monthWords = stated && must(stated[1], 'the month statedMonth matched');
      const monthAt = stated && monthWords ? end + stated[0].indexOf(monthWords) : undefined;
      const month = monthWords ? monthOf(monthWords) : undefined;
      if (stated) end += stated[0].length;
      found.push({
        measure: reading.measure,
        group: reading.group,
        scope: area ? scopeOf(area) : lead ? scopeOf(lead) : 'region',
        value: Number(c[0]),
        statedAs: s.slice(at, reading.unitEnd),
        end,
        ...(month ? { month } : {}),
        ...(monthAt !== undefined ? { monthAt } : {}),
      });
    }
    return found;
  };
}

/** The month a sentence is about: the first it names that is not stated for one figure ("By March 2023, …"). */
function frameMonth(s: string, found: readonly Found[]): string | undefined {
  if (!/\d{4}/.test(s)) return undefined;
  const taken = new Set(found.map((f) => f.monthAt));
  for (const m of s.matchAll(frameMonths)) {
    const words = must(m[1], 'the month frameMonths matched');
    if (!taken.has(m.index + m[0].indexOf(words))) return monthOf(words);
  }
  return undefined;
}

/**
 * Proposes every staffing figure a letter states — vacancy and leaving rates by grade for the region and
 * per PDU, average caseloads, workload against target or under capacity, staffing against target and
 * sickness absence — each with the sentence it comes from, its unit as the letter words it, and its month
 * when the letter says (stated with the figure, else the month its sentence or an earlier one in the
 * paragraph sets). A figure stated twice (in the narrative and again in a finding) is kept once, from its
 * first statement; the same thing stated for another month is a figure of its own, its id ending in that month.
 */
export function proposeKeyFigures(texts: readonly string[], ctx: Context): KeyFigure[] {
  const read = sentenceReader(ctx);
  const figures: KeyFigure[] = [];
  const byBase = new Map<string, KeyFigure[]>();
  const ids = new Set<string>();
  for (const text of texts) {
    let carried: string | undefined;
    for (const sentence of sentences(text)) {
      const found = read(sentence);
      const frame = frameMonth(sentence, found);
      for (const f of found) {
        const asOf = f.month ?? frame ?? carried;
        const base = `${f.measure}-${slugify(f.group)}-${f.scope}`;
        const same = byBase.get(base) ?? [];
        if (same.some((k) => k.value === f.value && (k.asOf === asOf || !k.asOf || !asOf))) continue;
        let id = same.length === 0 ? base : asOf ? `${base}-${asOf}` : `${base}-${same.length + 1}`;
        for (let n = same.length + 1; ids.has(id); n++) id = `${base}-${n}`;
        const figure: KeyFigure = {
          id,
          measure: f.measure,
          group: f.group,
          scope: f.scope,
          value: f.value,
          unit: measureUnits[f.measure],
          statedAs: f.statedAs,
          ...(asOf ? { asOf } : {}),
          sentence,
        };
        ids.add(id);
        byBase.set(base, [...same, figure]);
        figures.push(figure);
      }
      carried = frame ?? carried;
    }
  }
  return figures;
}
