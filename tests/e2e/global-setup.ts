import { existsSync } from 'node:fs';
import { findChromium } from './support/chromium';
import { distDir } from './support/site';

/** Browser tests need the built site and a Chromium; both are checked once, before any test. */
export default function setup() {
  if (!existsSync(`${distDir}/index.html`)) {
    throw new Error(`No built site in ${distDir}: run \`npm run build\` first (npm test does).`);
  }
  process.env.CHROMIUM_PATH = findChromium();
}
