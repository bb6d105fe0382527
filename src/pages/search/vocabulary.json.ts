import type { APIRoute } from 'astro';
import { letterEntries, reference, siteModel } from '../../data/site';
import { searchVocabulary } from '../../lib/search/search-vocabulary';

/** The words the search page suggests from when a query finds nothing, most frequent first. */
export const GET: APIRoute = async () =>
  new Response(
    `${JSON.stringify({
      words: searchVocabulary(await siteModel(), {
        bodies: (await letterEntries()).map((e) => e.body ?? ''),
        acronyms: (await reference()).acronyms,
      }),
    })}\n`,
    {
      headers: { 'content-type': 'application/json; charset=utf-8' },
    },
  );
