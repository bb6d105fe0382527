/**
 * Lets Node load the project's TypeScript modules as they are: Node 22.15 and later run TypeScript with its types
 * stripped, and src/cli/ts-resolve.mjs lets the modules import each other without extensions, as Vite and TypeScript
 * do (npm scripts use the project's Node 24, a devDependency). The commands load it first (`node --import
 * ./src/cli/ts-hooks.mjs src/importer/cli.ts`: package.json's import, check and record-versions), and so does the
 * build's worker thread (src/integrations/prep-worker.mjs). Without a compiler in between, a command starts in about
 * two thirds of the time tsx took; tsconfig.json's erasableSyntaxOnly keeps out the TypeScript that stripping cannot run.
 * It also turns on Node's compile cache (src/cli/compile-cache.mjs), which keeps the stripped and compiled modules: a
 * command then starts in about two thirds of the CPU again (`npm run check`: 0.24 s against 0.38).
 */
import './ts-resolve.mjs';
import { startCompileCache } from './compile-cache.mjs';

startCompileCache();
