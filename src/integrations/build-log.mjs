/**
 * Astro's log during `npm run build` (src/cli/build.mjs sets PI_BUILD_LOG=1; astro.config.mjs then names this module as
 * Astro's logger). Writes Astro's events as JSON lines ({"message","label","level"}) for the build script to read, as
 * Astro's own JSON logger does, except the two lines Astro logs for every page (the page's path, then its render
 * time): at 1,000 letters that is 137,000 lines, some 5 s of the build's main thread spent encoding and writing
 * lines the build script only threw away. The path of the page last started is kept instead, and written just
 * before any error, so a failed build can still name the page it stopped on; the first page line recognised is said
 * once (recognisedLabel), which the build and its tests check against the real Astro. Plain JavaScript: Astro imports it
 * as it is.
 */

/** A page's start line: "  ├─ /findings/x/index.html" (colours removed). */
const pageStart = /^\s*[├└]─ (\S+)/;
/** A page's end line, colours removed: " (+12ms)", " (+1.31s)" or " (cached)". */
const pageEnd = /^\s*\((?:\+[\d.]+m?s|cached|restored)\)/;
/** Astro's messages carry terminal colour codes, removed here. */
// eslint-disable-next-line no-control-regex -- the escape character is what is matched
const colours = /\u001b\[[0-9;]*m/g;
const order = { debug: 0, info: 1, warn: 2, error: 3, silent: 4 };
/**
 * The label of the one line saying page start lines were recognised: src/cli/build.mjs warns when Astro built pages
 * and this line never came (Astro's wording changed, so a failed build could not name its page).
 */
export const recognisedLabel = 'build-log:pages';

/**
 * @param {{ level?: 'debug' | 'info' | 'warn' | 'error' | 'silent' }} [options]
 * @returns {{ write(event: { label: string | null; level: 'debug' | 'info' | 'warn' | 'error'; message: string }): void }}
 */
export default function buildLog(options = {}) {
  const threshold = order[options.level ?? 'info'];
  /** The path of the last page Astro started rendering, written before an error. */
  let lastPage;
  /** Whether a page's start line was recognised yet: said once, so the build can tell Astro's wording has changed. */
  let recognised = false;
  const line = (level, label, message) => {
    const text = JSON.stringify({ message, label, level });
    if (order[level] >= order.error) console.error(text);
    else console.info(text);
  };
  return {
    write(event) {
      if (order[event.level] < threshold) return;
      const message = event.message.replace(colours, '');
      if (event.level === 'info') {
        const started = pageStart.exec(message);
        if (started) {
          lastPage = started[1];
          if (!recognised) line('info', recognisedLabel, 'page start lines recognised');
          recognised = true;
          return;
        }
        if (event.label === 'SKIP_FORMAT' && pageEnd.test(message)) return;
      }
      if (event.level === 'error' && lastPage) {
        line('info', null, `  ├─ ${lastPage}`);
        lastPage = undefined;
      }
      line(event.level, event.label, message);
    },
  };
}
