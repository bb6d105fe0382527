/** Splitting a paragraph into sentences, for the narrative's quotations and the tagging rules' `together` groups. */

const segmenter = new Intl.Segmenter('en-GB', { granularity: 'sentence' });

/**
 * A paragraph's sentences (Intl.Segmenter's, from the ICU data Node ships). A piece of one word ("Mr.") is joined to the
 * next: a sentence of the letter never is one word ending in a full stop.
 */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let carried = '';
  for (const { segment } of segmenter.segment(text)) {
    const piece = `${carried}${segment}`;
    if (!/\s/.test(segment.trim())) carried = piece;
    else {
      sentences.push(piece.trim());
      carried = '';
    }
  }
  if (carried.trim()) sentences.push(carried.trim());
  return sentences.filter(Boolean);
}
