import type { DrawnCard } from './card';

/** What a page needs of its share card: the card's site path and its alternative text (not its SVG). */
export type CardSummary = Pick<DrawnCard, 'path' | 'alt'>;

/**
 * The hand-off of the share cards and chart SVGs from the build's image-jobs step to the pages, within one
 * `astro build`: the content check integration draws every card's SVG once for the PNG list
 * (src/integrations/image-jobs.ts) and leaves here each card's path and alternative text (its SVG is written to the
 * PNG list and let go, so 70,000 cards at 1,000 letters are never all held at once), so the pages read the
 * alternative text instead of drawing every card again. `npm run dev` has no hand-off; its pages draw their own.
 */
export interface DrawnImages {
  /** Every share card's path and alternative text, by its site path. */
  cards: ReadonlyMap<string, CardSummary>;
  /** Every chart's standalone SVG, by chart id. */
  chartSvgs: ReadonlyMap<string, string>;
}

const key = Symbol.for('probation-inspections:drawn-images');
const holder = globalThis as typeof globalThis & { [key]?: DrawnImages };

/** Leaves the images the build drew for the pages of this build to read. */
export function handOverDrawnImages(images: DrawnImages): void {
  holder[key] = images;
}

/** The images this build drew before rendering, or undefined outside `astro build`. */
export function drawnImages(): DrawnImages | undefined {
  return holder[key];
}
