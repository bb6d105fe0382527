import type { DrawnCard } from './card';

/** What a page needs of its share card: the card's site path and its alternative text (not its SVG). */
export type CardSummary = Pick<DrawnCard, 'path' | 'alt'>;
