/**
 * A stand-in for `astro build` that behaves as Astro did when a letter body ran `process.exit(0)`:
 * the content check writes its list of expected files, a few pages are written, and it exits 0.
 * The build script must refuse to publish what it left.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = process.env.PI_OUT_DIR;
writeFileSync(
  process.env.PI_EXPECTED_FILES,
  JSON.stringify(['index.html', 'letters/index.html', 'letters/x-2024-01/index.html', 'feed.xml']),
);
mkdirSync(join(out, 'letters'), { recursive: true });
writeFileSync(join(out, 'index.html'), '<!doctype html><title>half a site</title>');
writeFileSync(join(out, 'letters/index.html'), '<!doctype html><title>half a site</title>');
process.exit(0);
