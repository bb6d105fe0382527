/** Documents, neighbours and their ranking, shared by the index and the search. */

/** A text to compare, as its terms. Texts of the same group (a PDU's recommendations in one letter) are never paired. */
export interface TermDocument {
  terms: readonly string[];
  group: string;
}

/** Another document and how similar it is: the cosine of the two weighted term vectors, 0 to 1. */
export interface Neighbour {
  index: number;
  score: number;
}

/** Whether a outranks b: a higher score, or an equal score and an earlier document. */
export const outranks = (a: Neighbour, b: Neighbour) => a.score > b.score || (a.score === b.score && a.index < b.index);

/** Puts a neighbour into a list kept in rank order and at most `size` long. */
export function keepBest(list: Neighbour[], n: Neighbour, size: number): void {
  const last = list.at(-1);
  if (list.length === size && last && !outranks(n, last)) return;
  let at = list.length;
  for (let previous = list[at - 1]; previous && outranks(n, previous); previous = list[at - 1]) at--;
  list.splice(at, 0, n);
  if (list.length > size) list.pop();
}
