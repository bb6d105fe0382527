/**
 * The search index's worker thread (src/integrations/search-index.ts starts it). Plain JavaScript, so Node runs it as
 * it is: it lets the TypeScript modules load (ts-hooks.mjs), then loads the worker itself.
 */
import './ts-hooks.mjs';

await import('./search-worker-main.ts');
