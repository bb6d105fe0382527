import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../../data/site';
import { toCsv } from '../../../lib/publishing/csv';

export const getStaticPaths: GetStaticPaths = async () => (await charts()).all.map((chart) => ({ params: { id: chart.id } }));

/** The data behind one chart: exactly its table, as CSV. */
export const GET: APIRoute = async ({ params }) => {
  const chart = (await charts()).all.find((c) => c.id === params.id);
  if (!chart) return new Response('not found', { status: 404 });
  return new Response(toCsv(chart.table.head, chart.table.rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
