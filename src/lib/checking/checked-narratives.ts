/**
 * The hand-off of the letters' narratives from the content check to the pages, within one `astro build`. The check
 * (src/integrations/check-and-prepare.ts) reads each body's paragraphs from the syntax tree it checks, or takes them from
 * the letters it kept from an earlier build; the pages read them here instead of parsing every body again (src/data/
 * site.ts), which at 1,000 letters would cost the build's main thread some 18 s. `npm run dev` has no hand-off (the
 * content can change while it runs); there, and wherever a letter is missing from it, the pages read the body
 * themselves (bodyNarrative).
 */
import type { Letter } from '../../schemas/letter';
import { narrativeParagraphs, type NarrativeParagraph } from './body-narrative';
import { parseBody } from './check-body';

const key = Symbol.for('probation-inspections:checked-narratives');
const holder = globalThis as typeof globalThis & { [key]?: ReadonlyMap<string, NarrativeParagraph[]> };

/** Leaves each checked letter's narrative, by letter id, for this build's pages (or, with undefined, clears it). */
export function handOverNarratives(narratives: ReadonlyMap<string, NarrativeParagraph[]> | undefined): void {
  if (narratives) holder[key] = narratives;
  else delete holder[key];
}

/** The narrative the content check read for a letter in this build, or undefined (not a build, or not that letter). */
export function checkedNarrative(letterId: string): NarrativeParagraph[] | undefined {
  return holder[key]?.get(letterId);
}

/** A letter's narrative read from its MDX body, which the content check has passed. */
export function bodyNarrative(body: string, letter: Pick<Letter, 'sections'>): NarrativeParagraph[] {
  return narrativeParagraphs(parseBody(body), letter.sections);
}
