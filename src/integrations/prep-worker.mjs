/**
 * The build's preparation thread (src/integrations/check-and-prepare.ts starts it). Plain JavaScript, so Node runs it as
 * it is: it lets the TypeScript modules load (ts-hooks.mjs), then loads the worker itself.
 */
import '../cli/ts-hooks.mjs';

await import('./prep-worker-main.ts');
