import { formatDate } from '../language/format';
import type { LetterRecord, PduRecord, RegionRecord } from '../model/site-model';
import { lastUpdated, versionOf } from '../model/letter-versions';
import type { LetterVersions } from '../../schemas/letter-versions';
import { paths, permalink } from '../urls';
import { count, scoreText } from '../language/vocabulary';
import { escapeMarkup } from '../escape';

/** Escapes text for XML element content and attribute values. */
export const xmlEscape = escapeMarkup;

/** What one feed is about: its own path, its title, and the page it is the feed of. */
export interface FeedScope {
  /** The feed's site path, e.g. "/pdus/wigan/feed.xml"; its permanent URL is the feed's id. */
  path: string;
  /** The feed's title. */
  title: string;
  /** The site path of the page the feed belongs to. */
  page: string;
}

/** The site's feed of every letter. */
export function siteFeedScope(siteTitle: string): FeedScope {
  return { path: paths.feed(), title: `${siteTitle}: new letters`, page: paths.home() };
}

/** The feed of a region's letters. */
export function regionFeedScope(record: RegionRecord): FeedScope {
  return {
    path: paths.regionFeed(record.region.id),
    title: `Letters about ${record.region.name} probation region`,
    page: paths.region(record.region.id),
  };
}

/** The feed of the letters that inspected a PDU. */
export function pduFeedScope(pdu: PduRecord): FeedScope {
  return { path: paths.pduFeed(pdu.id), title: `Letters about ${pdu.name} PDU`, page: paths.pdu(pdu.id) };
}

/** The letters of a PDU's inspections, newest first, each once. */
export function lettersOfPdu(pdu: PduRecord): LetterRecord[] {
  const letters = [...new Map(pdu.inspections.map((i) => [i.letter.letter.id, i.letter])).values()];
  return letters.sort((a, b) => b.letter.date.localeCompare(a.letter.date) || a.letter.id.localeCompare(b.letter.id));
}

/**
 * An Atom feed of letters (newest first). Each entry's `published` is the letter's date and its `updated` the date
 * its content was last recorded (content/letter-versions.json), so a correction reaches subscribers; the feed's
 * `updated` is the latest of those. No date comes from the build's clock, so the feed is the same on every build
 * of the same content. A feed needs at least one letter to be dated.
 */
export function atomFeed(
  letters: readonly LetterRecord[],
  site: { site: string; description: string },
  versions: LetterVersions,
  scope: FeedScope,
): string {
  const self = permalink(scope.path, site.site);
  const updated = lastUpdated(
    versions,
    letters.map((l) => l.letter.id),
  );
  if (updated === undefined) throw new Error(`${scope.path}: a feed needs at least one letter; none was given`);
  const entries = letters.map(({ letter, region }) => {
    const url = permalink(paths.letter(letter.id), site.site);
    const summary = `${letter.publisher.name} letter to the ${region.name} region of ${formatDate(letter.date)}. PDUs: ${letter.pdus.map((p) => `${p.name} (${scoreText(p.score)})`).join(', ')}. ${count(letter.findings.length, 'finding')}, ${count(letter.recommendations.length, 'recommendation')}.`;
    return `  <entry>
    <id>${xmlEscape(url)}</id>
    <title>${xmlEscape(`${letter.title}, ${formatDate(letter.date)}`)}</title>
    <link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>
    <published>${letter.date}T00:00:00Z</published>
    <updated>${versionOf(versions, letter.id).recorded}</updated>
    <author><name>${xmlEscape(letter.publisher.name)}</name></author>
    <summary>${xmlEscape(summary)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xmlEscape(self)}</id>
  <title>${xmlEscape(scope.title)}</title>
  <subtitle>${xmlEscape(site.description)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${xmlEscape(self)}"/>
  <link rel="alternate" type="text/html" href="${xmlEscape(permalink(scope.page, site.site))}"/>
  <updated>${updated}</updated>
${entries.join('\n')}
</feed>
`;
}

/**
 * robots.txt: every crawler may read everything, and the sitemap is at its permanent URL (with the base path). A
 * preview (no site address) disallows everything and names no sitemap: its sitemap lists the placeholder's URLs.
 */
export function robotsTxt(site: string, options: { preview?: boolean } = {}): string {
  if (options.preview) return 'User-agent: *\nDisallow: /\n';
  return `User-agent: *\nAllow: /\n\nSitemap: ${permalink(paths.sitemap(), site)}\n`;
}
