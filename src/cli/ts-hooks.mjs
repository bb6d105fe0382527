/**
 * Lets Node load the project's TypeScript modules as they are: Node 22.15 and later run TypeScript with its types
 * stripped and take in-thread module hooks (npm scripts use the project's Node 24, a devDependency); the hook lets the
 * modules import each other without extensions, as Vite and TypeScript do. The commands load it first (`node --import
 * ./src/cli/ts-hooks.mjs src/importer/cli.ts`: package.json's import, check and record-versions), and so does the
 * build's worker thread (src/integrations/prep-worker.mjs). Without a compiler in between, a command starts in about
 * two thirds of the time tsx took; tsconfig.json's erasableSyntaxOnly keeps out the TypeScript that stripping cannot run.
 * It also turns on Node's compile cache (src/cli/compile-cache.mjs), which keeps the stripped and compiled modules: a
 * command then starts in about two thirds of the CPU again (`npm run check`: 0.24 s against 0.38).
 */
import * as nodeModule from 'node:module';
import { startCompileCache } from './compile-cache.mjs';

if (typeof nodeModule.registerHooks !== 'function') {
  throw new Error(
    `The project's commands need Node 22.15 or later; this is Node ${process.versions.node}. Run them as npm scripts (npm run build, npm run import…), which use the project's Node.`,
  );
}

startCompileCache();

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
