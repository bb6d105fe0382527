import { formatDate } from '../words/format';
import type { LetterRecord } from '../model/site-model';
import { paths, permalink } from '../urls';
import { count, scoreText } from '../words/vocabulary';

/** Escapes text for XML element content and attribute values. */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** An Atom feed of letters (newest first). Dates are the letters' dates, so the feed is the same on every build. */
export function atomFeed(letters: readonly LetterRecord[], site: { title: string; site: string; description: string }): string {
  const self = permalink(paths.feed(), site.site);
  const updated = letters[0] ? `${letters[0].letter.date}T00:00:00Z` : '1970-01-01T00:00:00Z';
  const entries = letters.map(({ letter, region }) => {
    const url = permalink(paths.letter(letter.id), site.site);
    const summary = `${letter.publisher.name} letter to the ${region.name} region of ${formatDate(letter.date)}. PDUs: ${letter.pdus.map((p) => `${p.name} (${scoreText(p.score)})`).join(', ')}. ${count(letter.findings.length, 'finding')}, ${count(letter.recommendations.length, 'recommendation')}.`;
    return `  <entry>
    <id>${xmlEscape(url)}</id>
    <title>${xmlEscape(`${letter.title}, ${formatDate(letter.date)}`)}</title>
    <link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>
    <published>${letter.date}T00:00:00Z</published>
    <updated>${letter.date}T00:00:00Z</updated>
    <author><name>${xmlEscape(letter.publisher.name)}</name></author>
    <summary>${xmlEscape(summary)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xmlEscape(self)}</id>
  <title>${xmlEscape(site.title)}: new letters</title>
  <subtitle>${xmlEscape(site.description)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${xmlEscape(self)}"/>
  <link rel="alternate" type="text/html" href="${xmlEscape(permalink(paths.home(), site.site))}"/>
  <updated>${updated}</updated>
${entries.join('\n')}
</feed>
`;
}

/** A sitemap of the given pages (the route table's, src/lib/publishing/routes.ts), each at its permanent URL. */
export function sitemap(pages: readonly string[], site: string): string {
  const urls = pages.map((p) => `  <url><loc>${xmlEscape(permalink(p, site))}</loc></url>`);
  return `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
