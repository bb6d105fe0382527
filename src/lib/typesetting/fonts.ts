import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { must } from '../must';
import { readFontMetrics, type FontMetrics } from './font-metrics';

/** The two weights of the card font. */
export interface CardFonts {
  regular: FontMetrics;
  bold: FontMetrics;
}

/** The family name the card and chart SVGs give, which resvg finds in the shipped font files. */
export const imageFontFamily = 'Inspection Sans';

/**
 * The shipped font files, regular and bold: Inspection Sans, a Latin subset of Source Sans 3 (SIL Open Font Licence,
 * src/assets/fonts/OFL.txt; made by src/assets/fonts/subset.py, which says why).
 */
export const imageFontFiles: readonly string[] = ['InspectionSans-Regular.ttf', 'InspectionSans-Bold.ttf'].map((name) =>
  // From the project folder, where every command runs (the module's own URL is a bundle's once Astro builds it).
  resolve('src/assets/fonts', name),
);

let loaded: CardFonts | undefined;

/** The metrics of the shipped fonts, read once. */
export function imageFonts(): CardFonts {
  if (!loaded) {
    const [regular, bold] = imageFontFiles.map((file) => readFontMetrics(readFileSync(file), imageFontFamily));
    loaded = { regular: must(regular, 'the regular font'), bold: must(bold, 'the bold font') };
  }
  return loaded;
}
