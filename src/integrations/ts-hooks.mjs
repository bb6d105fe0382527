/**
 * Lets a worker thread of the build load the project's TypeScript modules as they are: Node 22.15 and later run
 * TypeScript with its types stripped and take in-thread module hooks (npm scripts use the project's Node 24, a
 * devDependency); the hook lets the modules import each other without extensions, as Vite and TypeScript do.
 * Imported first by each worker's plain-JavaScript entry (prep-worker.mjs).
 */
import * as nodeModule from 'node:module';

if (typeof nodeModule.registerHooks !== 'function') {
  throw new Error(
    `The build needs Node 22.15 or later to run its worker threads; this is Node ${process.versions.node}. Run the build with npm run build.`,
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
