import type { Place } from '../../schemas/place';
import { listNames } from '../language/vocabulary';

/**
 * The sentence a PDU page gives the places its letters name in its area, or undefined when they name none:
 * "Places its letters name: Atherton (an office of the PDU)."
 */
export function placesSentence(pduId: string, places: readonly Place[]): string | undefined {
  const named = places.filter((p) => p.pdu === pduId);
  if (!named.length) return undefined;
  return `Places its letters name: ${listNames(named.map((p) => `${p.name} (${p.what})`))}.`;
}
