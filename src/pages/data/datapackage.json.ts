import type { APIRoute } from 'astro';
import { charts, siteModel } from '../../data/site';
import { dataPackage } from '../../lib/publishing/data-package';
import { siteConfig } from '../../site.config';

/** The Frictionless Data Package describing every download (src/lib/publishing/data-package.ts). */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(dataPackage(await siteModel(), (await charts()).all, siteConfig), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
