import type { Region } from '../schemas/region';
import type { SeedProblem } from './errors';
import type { SeedLine } from './lines';
import { must } from '../lib/must';
import { lookalikeNote } from './lookalikes';
import { escapeRegExp } from '../lib/escape';

/** How the letter names its region, and where. */
export interface RegionReading {
  region: Region;
  /** The words that named it, e.g. "Probation Service – Greater Manchester region" or "GMPS". */
  as: string;
  /** True when only an alias named it: a value the editor should confirm. */
  viaAlias: boolean;
  line: number;
}

/** A name matched literally, any run of spaces in it matching any run. */
const namePattern = (s: string) => escapeRegExp(s).replace(/\s+/g, '\\s+');

/** The ways a letter names its own region: "Probation Service – X region", "the X region", or an alias as a whole word. */
function mentionPatterns(region: Region): { pattern: RegExp; alias: boolean }[] {
  const name = namePattern(region.name);
  return [
    { pattern: new RegExp(`Probation Service\\s*[–—-]\\s*${name}\\b`, 'i'), alias: false },
    { pattern: new RegExp(`\\b${name}\\s+(?:probation\\s+)?region\\b`, 'i'), alias: false },
    ...(region.aliases ?? []).map((a) => ({
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])${namePattern(a)}(?![\\p{L}\\p{N}])`, 'u'),
      alias: true,
    })),
  ];
}

const knownList = (regions: readonly Region[]) => regions.map((r) => r.name).join(', ');

/**
 * Reads the region from the letter's own opening lines (recipient, salutation and the paragraphs before
 * the first section), matched against the reference regions and their aliases. Exactly one region must be
 * named there; none, several, or an unknown one is a problem that lists the known regions. The rest of the
 * letter never decides it ("England and Wales" in a later paragraph names no region).
 */
export function readRegion(
  lines: readonly SeedLine[],
  regions: readonly Region[],
  problems: SeedProblem[],
  where = lines[0]?.n,
): RegionReading | undefined {
  const found: RegionReading[] = [];
  for (const line of lines) {
    for (const region of regions) {
      for (const { pattern, alias } of mentionPatterns(region)) {
        const m = pattern.exec(line.text);
        if (m) found.push({ region, as: m[0], viaAlias: alias, line: line.n });
      }
    }
    // A region the letter names in its own words that the reference data does not know.
    for (const m of line.text.matchAll(/Probation Service\s*[–—-]\s*(.+?)\s+region\b/gi)) {
      const name = must(m[1], 'the region name in "Probation Service – … region"');
      if (regions.some((r) => r.name.toLowerCase() === name.toLowerCase() || r.aliases?.includes(name))) continue;
      const note = lookalikeNote(name);
      problems.push({
        line: line.n,
        message: `the letter names the region "${name}"${note ? ` (${note})` : ''}, which is not in content/reference/regions.json; the known regions are ${knownList(regions)}`,
      });
      return undefined;
    }
  }
  // The first mention of each region named, in the order the letter names them.
  const firstMentions = new Map<string, RegionReading>();
  for (const f of found) if (!firstMentions.has(f.region.id)) firstMentions.set(f.region.id, f);
  const named = [...firstMentions.values()];
  const [first] = named;
  if (!first) {
    problems.push({
      line: where,
      message: `cannot read the region: the letter's opening (from "To:" to the first section) names none of the known regions (${knownList(regions)}), e.g. "Probation Service – Greater Manchester region"; add an alias to content/reference/regions.json if the letter uses another name`,
    });
    return undefined;
  }
  if (named.length === 1) return found.find((f) => !f.viaAlias) ?? first;
  problems.push({
    line: first.line,
    message: `cannot tell which region the letter is about: its opening names ${named.map((f) => `"${f.as}" (line ${f.line})`).join(' and ')}; the known regions are ${knownList(regions)}`,
  });
  return undefined;
}
