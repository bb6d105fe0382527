import type { Letter } from '../../schemas/letter';
import type { Framework } from '../../schemas/framework';
import type { Region } from '../../schemas/region';
import { formatDate, formatMonth } from '../language/format';
import { slugify } from '../model/ids';

type Add = (path: PropertyKey[], message: string) => void;

/**
 * A letter under a framework cannot predate it: its date and each PDU's fieldwork fall on or after the framework's
 * `from` day (content/reference/frameworks.json). A letter dated 1900 with fieldwork in 1900 is otherwise consistent.
 * Call it only when the letter's date has no other problem (a date before its own fieldwork is wrong already).
 */
export function checkFrameworkDates(letter: Letter, framework: Framework, add: Add): void {
  const why = `the ${framework.name} (${framework.id}) applies from ${formatDate(framework.from)} (content/reference/frameworks.json)`;
  // A letter before the framework: its fieldwork, which comes before the letter, follows from it; one problem, not several.
  if (letter.date < framework.from) return add(['date'], `the letter is dated ${formatDate(letter.date)}, but ${why}`);
  letter.pdus.forEach((pdu, i) => {
    if (pdu.fieldworkStarted < framework.from.slice(0, 7))
      add(['pdus', i, 'fieldworkStarted'], `${pdu.name}'s fieldwork started in ${formatMonth(pdu.fieldworkStarted)}, but ${why}`);
  });
}

/** A PDU's name as the project identifies PDUs: by the slug its id is made from (src/lib/model/ids.ts). */
const nameKey = (name: string) => slugify(name);

/**
 * Each PDU a letter names belongs to the letter's region as far as the reference data knows: a name that the regions
 * file places in other regions only (e.g. a North West letter naming Tameside, a Greater Manchester PDU) is refused at
 * the PDU's name. A name the reference data does not know is the letter's own word and is accepted; two regions may
 * each list a PDU of the same name.
 */
export function checkPduRegions(letter: Letter, regions: readonly Region[], add: Add): void {
  const own = regions.find((r) => r.id === letter.region);
  const ownName = own?.name ?? letter.region;
  const ownNames = new Set((own?.pdus ?? []).map((p) => nameKey(p.name)));
  const conflicts = letter.pdus.flatMap((pdu, i) => {
    const key = nameKey(pdu.name);
    if (ownNames.has(key)) return [];
    const elsewhere = regions.filter((r) => r.id !== letter.region && r.pdus?.some((p) => nameKey(p.name) === key));
    return elsewhere.length ? [{ pdu, i, elsewhere: elsewhere.map((r) => r.name).join(' and of ') }] : [];
  });
  const advice = `if ${ownName} has a PDU of this name too, list it under "${letter.region}" with its source`;
  // Every PDU another region's: the region the letter is filed under is the one fact at odds, so one problem, there.
  if (conflicts.length && conflicts.length === letter.pdus.length)
    return add(
      ['region'],
      `the letter is filed under ${ownName}, but its PDUs ${conflicts.map((c) => `"${c.pdu.name}" (${c.elsewhere})`).join(', ')} are another region's in content/reference/regions.json: check the region the letter names; ${advice}`,
    );
  for (const { pdu, i, elsewhere } of conflicts)
    add(
      ['pdus', i, 'name'],
      `"${pdu.name}" is a PDU of ${elsewhere} in content/reference/regions.json, not of ${ownName}, the letter's region: check the PDU's name; ${advice}`,
    );
}
