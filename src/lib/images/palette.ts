import type { Rating } from '../../schemas/rating';

/**
 * The colours of the site's rating tags and chart marks, for images drawn outside the browser (share cards, chart
 * SVG and PNG files), where the stylesheet does not reach. The same values as src/styles/global.css (a unit test
 * compares them), so a rating looks the same everywhere.
 */
export interface Swatch {
  /** The background (fill) colour. */
  fill: string;
  /** The border (stroke) colour. */
  stroke: string;
  /** The colour of text drawn on the fill. */
  text: string;
}

/** Each rating's swatch, and the dashed one for a standard not rated. */
export const ratingSwatches: Readonly<Record<Rating | 'not-rated', Swatch>> = {
  outstanding: { fill: '#cce2d8', stroke: '#005a30', text: '#005a30' },
  good: { fill: '#bfe3e0', stroke: '#10403c', text: '#10403c' },
  'requires-improvement': { fill: '#fff7bf', stroke: '#594d00', text: '#594d00' },
  inadequate: { fill: '#f4cdc6', stroke: '#942514', text: '#942514' },
  'not-rated': { fill: '#ffffff', stroke: '#505a5f', text: '#383f43' },
};

/** A bar that is not a rating (a key figure), as `.r-none` draws it. */
export const plainBar: Swatch = { fill: '#b1d0ec', stroke: '#0b4f8a', text: '#0b0c0c' };

/** The site's ink, muted text, brand, rule and gridline colours. */
export const inks = {
  ink: '#0b0c0c',
  muted: '#484949',
  brand: '#0b3d5c',
  rule: '#b1b4b6',
  gridline: '#d8d8d8',
  /** Key strengths and areas for improvement, as the `.kind--strength` and `.kind--improvement` labels. */
  strength: '#0b4f8a',
  improvement: '#7a4a00',
  recommendation: '#4c2c92',
} as const;
