import type { Finding } from '../schemas/finding';
import type { Recommendation } from '../schemas/recommendation';

const words = (text: string) => new Set(text.toLowerCase().match(/[a-z0-9]+/g) ?? []);

/** Share of words two texts have in common (Jaccard), 0..1. */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / (wa.size + wb.size - shared || 1);
}

/** How close an edited text must stay to its earlier version to keep that version's id. */
const sameItemThreshold = 0.6;

/**
 * Gives each new item an id, keeping the ids of a previous import: an item whose text is unchanged,
 * or close enough to an earlier item of the same group (an edited typo), keeps that item's id.
 * Other items get the id made from their place, or the next free number if that id is taken or was
 * ever handed out (a removed item's id is never given to another).
 *
 * @param group items may only inherit ids from earlier items in the same group (e.g. same section and kind)
 * @param placeId the id made from an item's place, given a number
 * @param placeNumber the number of an item's place, e.g. its position in its group
 * @param reserved ids that may not be handed to a new item, e.g. every id ever published
 */
export function keepIds<T extends { text: string }>(
  items: readonly T[],
  previous: readonly { id: string; text: string; group: string }[],
  group: (item: T) => string,
  placeId: (item: T, n: number) => string,
  placeNumber: (item: T, index: number) => number,
  reserved: ReadonlySet<string> = new Set(),
): string[] {
  const ids: (string | undefined)[] = items.map(() => undefined);
  const taken = new Set<string>();
  const claim = (i: number, id: string) => {
    ids[i] = id;
    taken.add(id);
  };
  // Exact text first, then near matches, so an unchanged item is never robbed by an edited neighbour.
  const exact = new Map<string, string[]>();
  for (const p of previous) {
    const key = `${p.group}\u0000${p.text}`;
    exact.set(key, [...(exact.get(key) ?? []), p.id]);
  }
  items.forEach((item, i) => {
    const queue = exact.get(`${group(item)}\u0000${item.text}`);
    const id = queue?.find((candidate) => !taken.has(candidate));
    if (id) claim(i, id);
  });
  if (ids.some((id) => id === undefined)) {
    items.forEach((item, i) => {
      if (ids[i]) return;
      const best = previous
        .filter((p) => !taken.has(p.id) && p.group === group(item))
        .map((p) => ({ p, score: similarity(p.text, item.text) }))
        .sort((a, b) => b.score - a.score)[0];
      if (best && best.score >= sameItemThreshold) claim(i, best.p.id);
    });
  }
  const previousIds = new Set(previous.map((p) => p.id));
  items.forEach((item, i) => {
    if (ids[i]) return;
    let n = placeNumber(item, i);
    while (taken.has(placeId(item, n)) || reserved.has(placeId(item, n)) || previousIds.has(placeId(item, n))) n += 1;
    claim(i, placeId(item, n));
  });
  return ids as string[];
}

/** Previous findings as keepIds reads them. */
export const previousFindings = (findings: readonly Finding[]) =>
  findings.map((f) => ({ id: f.id, text: f.text, group: `${f.section}/${f.kind}` }));

/** Previous recommendations as keepIds reads them. */
export const previousRecommendations = (recommendations: readonly Recommendation[]) =>
  recommendations.map((r) => ({ id: r.id, text: r.text, group: r.pdu }));
