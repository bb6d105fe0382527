import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';

const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Where `npm run dev` finds the search index of the last `npm run build`, if there is one. */
export const lastBuildSearchIndex = (outDir: string): string | undefined => {
  const dir = resolve(outDir, 'search-index');
  return existsSync(resolve(dir, 'manifest.json.gz')) ? dir : undefined;
};

/**
 * `npm run dev` only: serves `<base>search-index/` from the last build's output, so the search page works in
 * development (the index is made from built pages: the dev server has no index of its own). The search page says
 * where it comes from. The files are served as the bytes they are (gzip, which the search script unpacks).
 */
export function devServerIntegration(outDir: string, base: string): AstroIntegration {
  const prefix = `${base.replace(/\/+$/, '')}/search-index/`;
  return {
    name: 'probation-inspections:dev-server',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname);
          const dir = path.startsWith(prefix) ? lastBuildSearchIndex(outDir) : undefined;
          const file = dir && resolve(dir, path.slice(prefix.length));
          if (!dir || !file || !file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
            next();
            return;
          }
          res.setHeader('content-type', types[extname(file)] ?? 'application/octet-stream');
          res.setHeader('cache-control', 'no-cache');
          createReadStream(file).pipe(res);
        });
      },
    },
  };
}
