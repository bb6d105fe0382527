import type { DrawnCard } from './card';

/**
 * The hand-off of the share cards and chart SVGs from the build's image-jobs step to the pages, within one
 * `astro build`: the content check integration draws every card's SVG once for the PNG list
 * (src/integrations/image-jobs.ts) and leaves them here, so the pages read each card's alternative text instead of
 * drawing all 7,000 cards again (npm run bench). `npm run dev` has no hand-off; its pages draw their own.
 */
export interface DrawnImages {
  /** Every share card, by its site path. */
  cards: ReadonlyMap<string, DrawnCard>;
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
