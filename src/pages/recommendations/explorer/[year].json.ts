import type { APIRoute, GetStaticPaths } from 'astro';
import { explorerPages } from '../../../data/site';

/** One year's rows of the explorer index. */
export const getStaticPaths = (async () => {
  const { index } = await explorerPages();
  return index.years.map((file) => ({ params: { year: file.year }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
