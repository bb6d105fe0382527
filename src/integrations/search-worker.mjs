/**
 * The search index's worker thread (src/integrations/search-index.ts starts it). Plain JavaScript, so Node runs it as
 * it is: it lets the TypeScript modules it loads import each other without extensions (as Vite and TypeScript do),
 * then loads the worker itself, which Node runs with its types stripped.
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (specifier.startsWith('.') && !/\.[cm]?[jt]s$/.test(specifier)) return nextResolve(`${specifier}.ts`, context);
      throw error;
    }
  },
});

await import('./search-worker-main.ts');
