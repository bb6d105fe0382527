/**
 * The search index's worker thread (src/integrations/search-index.ts starts it). Plain JavaScript, so Node runs it as
 * it is: it lets the TypeScript modules it loads import each other without extensions (as Vite and TypeScript do),
 * then loads the worker itself, which Node runs with its types stripped.
 */
import * as nodeModule from 'node:module';

// Node 22.15 and later run TypeScript with its types stripped and take in-thread module hooks; npm scripts use the
// project's Node 24 (a devDependency).
if (typeof nodeModule.registerHooks !== 'function') {
  throw new Error(
    `The search index needs Node 22.15 or later to run its worker; this is Node ${process.versions.node}. Run the build with npm run build.`,
  );
}

nodeModule.registerHooks({
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
