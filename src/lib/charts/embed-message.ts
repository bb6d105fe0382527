/**
 * The key of the message an embed page posts to the page framing it (src/layouts/Embed.astro), with its height in CSS
 * px as the value; the embed snippet's script (src/lib/charts/embed.ts) listens for it. Its own module, with nothing
 * else, so the embed page's script stays a few bytes.
 */
export const embedHeightMessage = 'probation-inspections-embed-height';
