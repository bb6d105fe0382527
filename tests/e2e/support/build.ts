import { spawn } from 'node:child_process';
import { cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setPriority, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ownCompileCache } from '../../../src/cli/compile-cache.mjs';
import { loadLetterVersions, recordLetterVersions, writeLetterVersions } from '../../../src/lib/model/letter-versions';
import { root } from './site';

/** The scratch folders made so far, which removeScratchFolders() removes. */
const scratchFolders: string[] = [];

/**
 * The environment a test gives an Astro it starts itself (`astro dev`, a bare `astro build`): Node's compile cache in
 * the project's own folder, which `npm run build` fills and prunes (src/cli/compile-cache.mjs). Astro otherwise turns
 * it on in the system's temporary folder, which the tests put in memory (/dev/shm: tests/vitest.config.ts) and
 * nothing prunes: it grew by some megabytes a run, to 900 MB of memory on a machine the tests ran on all day.
 */
export const astroProcessEnv = { NODE_COMPILE_CACHE: ownCompileCache };

/** Removes every scratch content and output folder made so far (a test file's afterAll calls it). */
export function removeScratchFolders(): void {
  for (const dir of scratchFolders.splice(0)) {
    rmSync(dir, { recursive: true, force: true });
    rmSync(`${dir}.building`, { recursive: true, force: true });
  }
}

/** Makes a scratch content folder holding the reference data and the given letter files. */
export function scratchContent(letters: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pi-content-'));
  scratchFolders.push(dir);
  cpSync(join(root, 'content/reference'), join(dir, 'reference'), { recursive: true });
  mkdirSync(join(dir, 'letters'));
  for (const [name, from] of Object.entries(letters)) cpSync(from, join(dir, 'letters', name));
  return dir;
}

/**
 * Copies a folder as a tree of hard links: new folders, the same files. Node's cpSync copies every byte and has no
 * option to link; a linked copy of a test site costs a system call a file.
 */
export function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) linkTree(join(from, entry.name), join(to, entry.name));
    else linkSync(join(from, entry.name), join(to, entry.name));
  }
}

/** Terminal colour codes, which the build's logger adds; the tests read plain text. */
// eslint-disable-next-line no-control-regex -- ESC is exactly what this matches
const ansiColour = /\u001b\[[0-9;]*m/g;

/** A new, empty output folder for a test build, in the project's .tmp/ (which git ignores). */
export function scratchOutDir(): string {
  mkdirSync(join(root, '.tmp/test-builds'), { recursive: true });
  const dir = mkdtempSync(join(root, '.tmp/test-builds/dist-'));
  scratchFolders.push(dir);
  return dir;
}

/** The process groups of the builds (and other commands) still running, which stopBuilds() ends. */
const running = new Set<number>();

let stopped = false;

/** Ends every build still running, with everything it started, and starts no more (the run is over). */
export function stopBuilds(): void {
  stopped = true;
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  running.clear();
}

/**
 * Astro keeps its content store in the project's one .astro/ folder whatever the content and output folders,
 * so two builds that reach it at once overwrite each other's store. Builds that reach it take turns.
 */
let astroTurn: Promise<unknown> = Promise.resolve();

/** The output of a build: its exit status, everything it printed (colours removed) and its output folder. */
export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * Runs `npm run build` (content check, then astro build, swapped in on success) over a content folder into an
 * output folder, as a child process. A build that never reaches Astro's content store (the content check
 * refuses its content, or PI_ASTRO_BIN stands in for Astro) may run beside another: `besideOthers: true`;
 * any other build waits for its turn.
 */
export async function buildSite(
  contentDir: string,
  env: Record<string, string> = {},
  outDir = scratchOutDir(),
  { besideOthers = false, recordVersions = true } = {},
): Promise<BuildResult> {
  if (recordVersions) recordScratchVersions(contentDir);
  if (besideOthers) return runBuild(contentDir, env, outDir);
  const turn = astroTurn.then(() => runBuild(contentDir, env, outDir));
  astroTurn = turn.catch(() => undefined);
  return turn;
}

/** When a test build's letters are recorded: a fixed date, so test builds are deterministic. */
export const testVersionDate = new Date('2026-01-01T00:00:00Z');

/**
 * Records the version of each letter in a scratch content folder that has none or has changed (as `npm run
 * record-versions` would, dated testVersionDate), so a build test about something else is not refused for it.
 */
export function recordScratchVersions(contentDir: string): void {
  const letters = join(contentDir, 'letters');
  if (!existsSync(letters)) return;
  const entries = readdirSync(letters)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ id: basename(f, '.mdx'), text: readFileSync(join(letters, f), 'utf8') }));
  const { versions, recorded } = recordLetterVersions(loadLetterVersions(contentDir), entries, testVersionDate);
  if (recorded.length) writeLetterVersions(contentDir, versions);
}

async function runBuild(contentDir: string, env: Record<string, string>, outDir: string): Promise<BuildResult> {
  // Vitest puts Vite's variables (BASE_URL, MODE, …) in the environment; a real build must not inherit them.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(key)),
  );
  const run = await runProcess(process.execPath, [join(root, 'src/cli/build.mjs')], {
    ...inherited,
    PI_CONTENT_DIR: contentDir,
    PI_OUT_DIR: outDir,
    PI_CACHE_DIR: join(contentDir, '.cache'),
    ...env,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`.replace(ansiColour, ''), outDir };
}

/** Runs a command in the project folder, in a process group of its own that stopBuilds() can end, and collects its output. */
/** The niceness of the processes the tests start (0 is normal, 19 the lowest). */
const backgroundPriority = 10;

export async function runProcess(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  if (stopped) return { status: null, stdout: '', stderr: `not started: the run is over (${command})` };
  const child = spawn(command, args, { cwd: root, env, detached: true });
  if (child.pid) {
    running.add(child.pid);
    // Test builds and the HTML check run beside the tests, whose results are needed first: they take the cores the
    // tests leave (their child processes, Astro and its search-index thread, inherit the lower priority).
    setPriority(child.pid, backgroundPriority);
  }
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const status = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (child.pid) running.delete(child.pid);
  return { status, stdout, stderr };
}

/** Builds the synthetic fixture corpus (tests/fixtures/corpus) into a scratch folder, optionally under a base path. */
export async function buildCorpus(
  options: {
    base?: string;
    retired?: object[];
    extraPublished?: Record<string, string[]>;
    env?: Record<string, string>;
    /** A letter (its file name) to build as a Windows editor saves it: a byte-order mark and CRLF line ends. */
    windowsSaved?: string;
  } = {},
): Promise<BuildResult> {
  const corpus = join(root, 'tests/fixtures/corpus');
  const letters = Object.fromEntries(readdirSync(join(corpus, 'letters')).map((f) => [f, join(corpus, 'letters', f)]));
  const content = scratchContent(letters);
  if (options.windowsSaved) {
    const file = join(content, 'letters', options.windowsSaved);
    writeFileSync(file, `\ufeff${readFileSync(file, 'utf8').replace(/\n/g, '\r\n')}`);
  }
  const published = JSON.parse(readFileSync(join(corpus, 'published-ids.json'), 'utf8')) as Record<string, string[]>;
  for (const [kind, ids] of Object.entries(options.extraPublished ?? {})) published[kind] = [...(published[kind] ?? []), ...ids];
  writeFileSync(join(content, 'published-ids.json'), JSON.stringify(published));
  if (options.retired) writeFileSync(join(content, 'retired-ids.json'), JSON.stringify(options.retired));
  // The corpus's versions are committed (tests/fixtures/corpus/letter-versions.json) and checked as they are.
  cpSync(join(corpus, 'letter-versions.json'), join(content, 'letter-versions.json'));
  const env = { ...options.env, ...(options.base ? { PI_BASE: options.base } : {}) };
  const build = await buildSite(content, env, undefined, { recordVersions: false });
  if (build.status !== 0) throw new Error(`The corpus build failed:\n${build.output}`);
  return build;
}
