import type { APIRoute, GetStaticPaths } from 'astro';
import { siteModel } from '../../data/site';
import { datasetCsv, datasets } from '../../lib/publishing/open-data';
import { siteConfig } from '../../site.config';

// The route names the extension (`[file].csv`), not the parameter: with trailingSlash 'always', a route
// without an extension is a page, which the dev server answers only at `/data/ratings.csv/` (404 for the link).
export const getStaticPaths: GetStaticPaths = async () =>
  datasets(await siteModel(), siteConfig.site).map((set) => ({ params: { file: set.file.replace(/\.csv$/, '') } }));

/** Every CSV download of the data page (src/lib/publishing/open-data.ts): ratings, inspections, findings, recommendations and the domain tables. */
export const GET: APIRoute = async ({ params }) => {
  const set = datasets(await siteModel(), siteConfig.site).find((s) => s.file === `${params.file}.csv`);
  if (!set) return new Response('not found', { status: 404 });
  return new Response(datasetCsv(set), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
