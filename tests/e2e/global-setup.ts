import { existsSync, rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { startBackgroundJobs } from './support/background';
import { removeScratchFolders, stopBuilds } from './support/build';
import { chromiumArgs, findChromium } from './support/chromium';
import { serveStatic } from './support/server';
import { distDir } from './support/site';
import './support/browser';

/**
 * Browser tests need the built site and a Chromium; both are checked once, before any test. One Chromium and
 * one static server over dist/ serve the whole run: each test file connects to them instead of starting its own.
 * The run's test builds and HTML check start here too, in the background (support/background.ts).
 */
export default async function setup(project: TestProject) {
  if (!existsSync(`${distDir}/index.html`)) {
    throw new Error(`No built site in ${distDir}: run \`npm run build\` first (npm test does).`);
  }
  const executablePath = findChromium();
  process.env.CHROMIUM_PATH = executablePath;
  const jobs = startBackgroundJobs(project.vitest.state.getPaths());
  const [browser, server] = await Promise.all([
    // One renderer process for every tab: on two cores, more renderer processes only add work (the browser tests used
    // 92 CPU-s with one, 94-95 with two).
    chromium.launchServer({ executablePath, args: [...chromiumArgs, '--renderer-process-limit=1'], headless: true }),
    serveStatic(distDir),
  ]).catch((error: unknown) => {
    stopBuilds();
    throw error;
  });
  project.provide('chromiumEndpoint', browser.wsEndpoint());
  project.provide('siteUrl', server.url);
  project.provide('backgroundJobs', { dir: jobs.dir, started: jobs.started });
  return async () => {
    stopBuilds();
    await jobs.settled.catch(() => undefined);
    rmSync(jobs.dir, { recursive: true, force: true });
    removeScratchFolders();
    await browser.close();
    await server.close();
  };
}
