/**
 * Installs what the browser tests and the HTML check need where the machine lacks it (Chromium's headless shell,
 * Java), as `npm test` does when its first browser test starts: `.ci/run` runs this before the tests, so that the
 * suite's time is the time of its tests, not of apt-get. Prints what it found.
 */
import { findChromium } from './chromium';
import { findJava } from './java';

console.log(`Browser tests: ${findChromium()}. HTML check: ${findJava()}.`);
