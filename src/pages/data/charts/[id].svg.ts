import type { APIRoute, GetStaticPaths } from 'astro';
import { charts, chartSvgFiles } from '../../../data/site';
import { must } from '../../../lib/must';

export const getStaticPaths: GetStaticPaths = async () => (await charts()).all.map((chart) => ({ params: { id: chart.id } }));

/** One chart as a standalone SVG file: its title, description, marks, key and source, with no stylesheet. */
export const GET: APIRoute = async ({ params }) => {
  const svg = must((await chartSvgFiles()).get(must(params.id, 'the chart id')), `the SVG of chart ${params.id}`);
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
