/**
 * A stand-in for `astro build` that builds every page the route table lists and one more it does not (as a page
 * added under src/pages/ without a row in src/lib/publishing/routes.ts would be), then exits 0. The build script must
 * refuse to publish a page nothing lists.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = process.env.PI_OUT_DIR;
writeFileSync(process.env.PI_EXPECTED_FILES, JSON.stringify(['index.html']));
mkdirSync(join(out, 'stray'), { recursive: true });
writeFileSync(join(out, 'index.html'), '<!doctype html><title>the listed page</title>');
writeFileSync(join(out, 'stray/index.html'), '<!doctype html><title>a page nothing lists</title>');
process.exit(0);
