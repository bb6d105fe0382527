import type { RetiredId } from '../../schemas/registry';
import { href, paths, permalink } from '../urls';

/** The retired ids of one kind, as static paths whose page redirects to the replacement. */
export function retiredPaths(retired: readonly RetiredId[], kind: RetiredId['kind']) {
  return retired.filter((r) => r.kind === kind).map((r) => ({ params: { id: r.id }, props: { retired: r } }));
}

/** Everything the page left at a retired id shows and points to. */
export interface RetiredRedirect {
  /** Site path with base of the replacing page: the meta refresh target and the link. */
  to: string;
  /** Absolute, permanent URL of the replacing page: the canonical link. */
  canonical: string;
  /** Page title and heading, e.g. "This letter has moved". */
  title: string;
  /** One sentence for search engines and link previews. */
  description: string;
  /** Why the id was retired, as recorded in retired-ids.json. */
  reason: string;
  /** Text of the link to the replacing page. */
  linkText: string;
}

const nouns: Record<RetiredId['kind'], string> = { letters: 'letter', findings: 'finding', recommendations: 'recommendation' };
const pathOf: Record<RetiredId['kind'], (id: string) => string> = {
  letters: paths.letter,
  findings: paths.finding,
  recommendations: paths.recommendation,
};

/**
 * The redirect a retired letter, finding or recommendation id leaves behind: where its page sends
 * readers and crawlers (the replacing item's page, from `paths`), and what it says meanwhile.
 * `site` is the absolute site URL for the canonical link.
 */
export function retiredRedirect(retired: RetiredId, site: string): RetiredRedirect {
  const noun = nouns[retired.kind];
  const path = pathOf[retired.kind](retired.replacedBy);
  return {
    to: href(path),
    canonical: permalink(path, site),
    title: `This ${noun} has moved`,
    description: `The ${noun} ${retired.id} now lives at a new address: ${retired.replacedBy}.`,
    reason: retired.reason,
    linkText: `Go to the ${noun}’s new page`,
  };
}
