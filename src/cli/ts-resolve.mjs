/**
 * Lets Node's own loader resolve the project's TypeScript modules as Vite and TypeScript do, without extensions
 * (`import { x } from './y'` finds y.ts); Node 22.15 and later strip the types themselves and take in-thread module
 * hooks. Loaded by src/cli/ts-hooks.mjs for the commands and the build's worker thread, and on its own by the unit and
 * browser tests (tests/vitest.config.ts), which leave Node's compile cache off: Vitest loads each test file under a new
 * address every run, which would add an entry to the cache for every test file every run.
 */
import * as nodeModule from 'node:module';

if (typeof nodeModule.registerHooks !== 'function') {
  throw new Error(
    `The project's commands need Node 22.15 or later; this is Node ${process.versions.node}. Run them as npm scripts (npm run build, npm run import…), which use the project's Node.`,
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
