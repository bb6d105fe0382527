import type { APIRoute, GetStaticPaths } from 'astro';
import { siteModel } from '../../data/site';
import { toCsv } from '../../lib/publishing/csv';
import { datasets, datasetTable } from '../../lib/publishing/open-data';
import { siteConfig } from '../../site.config';

// The route names the extension (`[file].csv`), not the parameter: with trailingSlash 'always', a route
// without an extension is a page, which the dev server answers only at `/data/ratings.csv/` (404 for the link).
export const getStaticPaths: GetStaticPaths = async () =>
  datasets(await siteModel(), siteConfig.site).map((set) => ({ params: { file: set.file.replace(/\.csv$/, '') } }));

/** ratings.csv, inspections.csv, findings.csv and recommendations.csv. */
export const GET: APIRoute = async ({ params }) => {
  const set = datasets(await siteModel(), siteConfig.site).find((s) => s.file === `${params.file}.csv`);
  if (!set) return new Response('not found', { status: 404 });
  const { header, rows } = datasetTable(set);
  return new Response(toCsv(header, rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
