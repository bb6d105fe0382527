import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Where every test server serves axe-core's script (at its origin's root, whatever the site's base path). */
export const axeCorePath = '/__tests__/axe-core/axe.min.js';
let axeCore: Buffer | undefined;
const axeCoreSource = () => (axeCore ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js')));

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};

/**
 * A static file server for a built site on 127.0.0.1, as any static host would serve it (directory index.html, 404.html).
 * `options.headers` adds response headers by request path (as a host reading `_headers` does); `options.host` serves on
 * another loopback name ("localhost"), which a browser treats as another origin; `options.compress` gzips text
 * (HTML, CSS, scripts, JSON, SVG, XML, CSV) for a browser that accepts it, as hosts do (the benchmark measures bytes as
 * sent). Other files (images, the search index's gzip files) are sent as they are. Every server also serves axe-core
 * at axeCorePath, for the accessibility checks (support/axe.ts); no built site has a file there.
 */
export async function serveStatic(
  dir: string,
  base = '/',
  options: { headers?: (path: string) => Record<string, string>; host?: string; compress?: boolean } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const prefix = base.replace(/\/+$/, '');
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === axeCorePath) {
      // Cached for the run: every page the tests check loads it again (support/axe.ts).
      res.writeHead(200, { 'content-type': types['.js'], 'cache-control': 'max-age=31536000, immutable' });
      res.end(axeCoreSource());
      return;
    }
    if (!path.startsWith(`${prefix}/`)) {
      res.writeHead(404).end('not under base');
      return;
    }
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(dir, '404.html');
      res.writeHead(404, { 'content-type': types['.html'] });
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'not found');
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    const gzip =
      options.compress &&
      /gzip/.test(String(req.headers['accept-encoding'] ?? '')) &&
      /^(text\/|application\/(json|xml)|image\/svg)/.test(type);
    res.writeHead(200, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip' } : {}), ...options.headers?.(path) });
    // Read whole (a built site's largest file is a few megabytes): a stream per request cost the run's main process
    // several system calls and a stream's machinery for each of the browser tests' two thousand requests.
    const bytes = readFileSync(file);
    res.end(gzip ? gzipSync(bytes) : bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = options.host ?? '127.0.0.1';
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://${host}:${port}${prefix}/`,
    // Every connection too, not only the idle ones: the browser's tabs outlive a test file (support/browser.ts), and a
    // keep-alive connection one of them holds would keep the server open.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
