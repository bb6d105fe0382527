import type { APIRoute } from 'astro';
import { letterVersions, siteModel } from '../data/site';
import { atomFeed, siteFeedScope } from '../lib/publishing/feed';
import { siteConfig } from '../site.config';

/** An Atom feed of letters, newest first. */
export const GET: APIRoute = async () =>
  new Response(atomFeed((await siteModel()).letters, siteConfig, await letterVersions(), siteFeedScope(siteConfig.title)), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
