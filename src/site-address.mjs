/**
 * The site's address, which decides whether a build publishes or is a preview. Given as `--site <url>` to
 * `npm run build` or as PI_SITE, it must be an absolute http(s) URL of a host alone: the base path has its own
 * setting (PI_BASE), and every permanent link is the address followed by a site path, so a path, query, fragment or
 * password in it would be lost or leak. Plain JavaScript: the build script (src/cli/build.mjs) reads it before
 * anything else starts, and the site-URL integration (src/integrations/site-url.ts) checks PI_SITE the same way for
 * a bare `astro build` or `astro dev`.
 */

/** The placeholder address links carry in a preview (a build without the site's address); example.org never resolves to a real site. */
export const placeholderSite = 'https://probation-inspections.example.org';

/** The environment variable that gives the site's address. */
export const siteVariable = 'PI_SITE';

/**
 * An address checked and written as the site uses it (the origin, without a trailing slash), or why it cannot be one.
 * @param {string} value the address as given
 * @param {string} from where it was given, for the message: "--site" or "PI_SITE"
 * @returns {{ ok: true, site: string } | { ok: false, message: string }}
 */
export function checkSiteAddress(value, from) {
  const example = (address) => (from === '--site' ? `--site ${address}` : `${siteVariable}=${address}`);
  /** @param {string} why @param {string} [advice] */
  const refuse = (why, advice = `give the address the site is served from, e.g. ${example('https://inspections.example.gov.uk')}`) => ({
    ok: /** @type {const} */ (false),
    message: `${from} ${JSON.stringify(value)} ${why}: ${advice}.`,
  });
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    return refuse('is not an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return refuse(`is not an http or https address (it starts ${url.protocol})`);
  if (!url.hostname) return refuse('has no host name');
  if (url.username || url.password) return refuse('holds a user name or password, which every link would show');
  if (url.search || url.hash) return refuse('has a query or fragment (?… or #…), which links cannot carry');
  if (url.pathname !== '/')
    return refuse(
      `has a path (${url.pathname})`,
      `give the host alone, ${example(url.origin)}, and the sub-path as PI_BASE=${url.pathname.replace(/\/?$/, '/')}`,
    );
  if (url.origin === placeholderSite) return refuse('is the placeholder address previews carry, not the site’s own');
  return { ok: /** @type {const} */ (true), site: url.origin };
}

/**
 * The site's address for a build, from the command line's `--site <url>` or `--site=<url>` (which wins over PI_SITE) or
 * else from PI_SITE (an empty PI_SITE counts as unset): `site` undefined means a preview. `args` are the other
 * arguments, to pass on to Astro, whose own `--site` would set its address but not the site's (src/site.config.ts).
 * @param {readonly string[]} argv the build script's arguments
 * @param {string | undefined} fromEnv PI_SITE
 * @returns {{ ok: true, site: string | undefined, args: string[] } | { ok: false, message: string }}
 */
export function siteOption(argv, fromEnv) {
  const args = [];
  let given;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--site') {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--'))
        return { ok: false, message: '--site needs an address, e.g. --site https://inspections.example.gov.uk.' };
      given = next;
      i++;
    } else if (arg.startsWith('--site=')) given = arg.slice('--site='.length);
    else args.push(arg);
  }
  if (given !== undefined) {
    const checked = checkSiteAddress(given, '--site');
    return checked.ok ? { ok: true, site: checked.site, args } : checked;
  }
  if (fromEnv === undefined || fromEnv.trim() === '') return { ok: true, site: undefined, args };
  const checked = checkSiteAddress(fromEnv, siteVariable);
  return checked.ok ? { ok: true, site: checked.site, args } : checked;
}
