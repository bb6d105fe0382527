import type { APIRoute } from 'astro';
import { explorerPages } from '../../../data/site';

/** The explorer index's manifest: lookup tables and the year files (src/lib/url-state/explorer-index.ts). */
export const GET: APIRoute = async () => {
  const { index } = await explorerPages();
  return new Response(JSON.stringify(index.manifest), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
