import type { APIRoute, GetStaticPaths } from 'astro';
import { letterVersions, siteModel } from '../../../data/site';
import { regionsWithLetters } from '../../../lib/model/groups';
import type { RegionRecord } from '../../../lib/model/site-model';
import { atomFeed, regionFeedScope } from '../../../lib/publishing/feed';
import { siteConfig } from '../../../site.config';

/** A feed for each region with letters (a feed with no entry could give no true `updated` date). */
export const getStaticPaths: GetStaticPaths = async () =>
  regionsWithLetters((await siteModel()).regions).map((record) => ({ params: { region: record.region.id }, props: { record } }));

/** An Atom feed of the region's letters, newest first. */
export const GET: APIRoute = async ({ props }) => {
  const { record } = props as { record: RegionRecord };
  return new Response(atomFeed(record.letters, siteConfig, await letterVersions(), regionFeedScope(record)), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
};
