/**
 * The hand-off from the build's preparation thread to the pages, within one `astro build`. While Astro syncs the
 * content and bundles, the thread (src/integrations/prep-worker-main.ts) works out what many pages read and the whole
 * site shares: every share card's alternative text (drawing each card, whose SVG goes to the PNG list and is let go,
 * so 70,000 cards at 1,000 letters are never all held at once), every chart's SVG file, and the similarities. The
 * pages read them here instead of working them out again on the main thread. `npm run dev` (a bare `astro build` is refused)
 * have no hand-off; their pages work out their own.
 */
import type { CardSummary } from '../images/drawn-images';
import type { SimilarityLinks } from '../similarity/similar';

/** What the preparation thread hands over. */
export interface Prepared {
  /** The images the build draws, when it draws them (PI_IMAGE_JOBS): */
  images?: {
    /** Every share card's path and alternative text, by its site path. */
    cards: ReadonlyMap<string, CardSummary>;
    /** Every chart's standalone SVG, by chart id. */
    chartSvgs: ReadonlyMap<string, string>;
  };
  /** The neighbours behind the similar items and recurring recommendations (used only if their digest matches). */
  similarity: SimilarityLinks;
}

const key = Symbol.for('probation-inspections:prepared');
const holder = globalThis as typeof globalThis & { [key]?: Promise<Prepared> };

/** Leaves what the preparation thread will work out for the pages of this build to read (or, with undefined, clears it). */
export function handOverPrepared(prepared: Promise<Prepared> | undefined): void {
  if (prepared) holder[key] = prepared;
  else delete holder[key];
}

/** What this build's preparation thread works out, or undefined outside `npm run build`. */
export function prepared(): Promise<Prepared> | undefined {
  return holder[key];
}
