import type { APIRoute } from 'astro';
import { siteModel } from '../../data/site';
import { lettersJson } from '../../lib/publishing/letters-json';
import { siteConfig } from '../../site.config';

/** Everything: every letter's full data, a schema version and the content hash. */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(lettersJson(await siteModel(), siteConfig.site), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
