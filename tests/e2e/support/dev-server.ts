import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { astroProcessEnv } from './build';
import { root } from './site';

/** A free TCP port on 127.0.0.1 (the OS picks one; it is released at once for the dev server to take). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || !address) throw new Error('Could not find a free port');
  return address.port;
}

const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
// eslint-disable-next-line no-control-regex -- ESC is exactly what this matches
const ansiColour = /\u001b\[[0-9;]*m/g;

/**
 * Starts `astro dev` (what `npm run dev` runs) on a free port of 127.0.0.1 over the real content, and resolves once
 * it has printed its address. `--ignore-lock` lets it run beside a developer's own `npm run dev` (Astro otherwise
 * refuses a second dev server in one project). stop() ends it and everything it started.
 */
export async function startDevServer(env: Record<string, string> = {}, timeoutMs = 60_000) {
  const port = await freePort();
  // Vitest puts Vite's variables (BASE_URL, MODE, …) in the environment; a real dev server must not inherit them.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(key)),
  );
  const child: ChildProcess = spawn(
    process.execPath,
    [astroBin, 'dev', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'],
    // Its own process group, so stop() reaches any process it starts.
    { cwd: root, env: { ...inherited, ...astroProcessEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stopGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const onExit = () => stopGroup('SIGKILL');
  process.once('exit', onExit);

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The dev server did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8').replace(ansiColour, '');
      // The first address it prints is where it listens (Vite moves to another port if this one was taken meanwhile).
      const address = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)?.[0];
      if (address) {
        clearTimeout(timer);
        resolve(address);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The dev server exited (${code}) before it started:\n${output}`));
    });
  }).catch(async (error: unknown) => {
    stopGroup('SIGKILL');
    process.off('exit', onExit);
    throw error;
  });

  return {
    url: (path: string) => new URL(path.replace(/^\//, ''), url).href,
    /** Everything the dev server has printed so far, colours removed. */
    output: () => output,
    stop: async () => {
      process.off('exit', onExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      stopGroup('SIGTERM');
      const killed = setTimeout(() => stopGroup('SIGKILL'), 5_000);
      await exited;
      clearTimeout(killed);
    },
  };
}
