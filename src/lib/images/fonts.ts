import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CardFonts } from './card';
import { must } from '../must';
import { readFontMetrics } from './font-metrics';

/** The family name the card and chart SVGs give, which resvg finds in the shipped font files. */
export const imageFontFamily = 'Source Sans 3';

/** The shipped font files (Source Sans 3, SIL Open Font Licence: src/assets/fonts/OFL.txt), regular and bold. */
export const imageFontFiles: readonly string[] = ['SourceSans3_400Regular.ttf', 'SourceSans3_700Bold.ttf'].map((name) =>
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
