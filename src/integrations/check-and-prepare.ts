import type { AstroIntegration } from 'astro';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkContentDir, formatProblem } from '../lib/checking/content-check';
import { handOverPrepared, type Prepared } from '../lib/build/prepared';
import { handOverNarratives } from '../lib/checking/checked-narratives';
import { projectDigest } from '../lib/build/project-digest';
import { count } from '../lib/language/vocabulary';
import type { Letter } from '../schemas/letter';
import type { PrepReply, PrepRequest } from './prep-worker-main';
import type { SitemapPlan } from './sitemap';

/** The letters the last content check passed, by absolute file path: the MDX build reads their PDUs from here. */
const checked = new Map<string, Letter>();

/** A letter the content check read and passed, by its absolute file path; undefined for any other file. */
export function checkedLetter(file: string): Letter | undefined {
  return checked.get(resolve(file));
}

/** The pages this build's sitemap lists (the route table's), each with its `lastmod`, by site path; set once the preparation thread answers. */
let sitemapPages: SitemapPlan | undefined;

/**
 * The pages the sitemap of this build lists, with when each last changed (src/integrations/sitemap.ts reads it when
 * Astro has written the pages); undefined before the preparation thread has answered, or outside `npm run build`.
 */
export function sitemapOfBuild(): SitemapPlan | undefined {
  return sitemapPages;
}

/** What a bare `astro build` is told: the one command that builds the whole site. */
export const bareBuildRefusal =
  'Build the site with `npm run build` (node src/cli/build.mjs), not `astro build`: a bare Astro build writes no search index, share cards or chart images and skips the whole-build check, so it would publish a different, unchecked site. Nothing was built.';

/** What a failed step of the preparation thread stops the build with. */
const failedStep: Record<Extract<PrepReply, { type: 'failed' }>['step'], string> = {
  images: 'The share cards and chart images could not be drawn; nothing was built',
  prepare: 'The list of files the build must produce could not be worked out; nothing was built',
  search: 'The search index could not be made; nothing was built',
};

/**
 * Runs the content check (src/lib/checking/content-check.ts) once, before Astro reads the content: every problem
 * on one line (file, line, field, what is wrong), then a build stops with no stack trace. When the build
 * script asks (PI_EXPECTED_FILES), a worker thread (src/integrations/prep-worker-main.ts) then writes the list of
 * files a whole build must produce, which the script checks after Astro exits and before anything is published, and
 * the list of PNGs it draws after Astro (share cards and chart images), and works out what the pages share
 * (src/lib/build/prepared.ts), on the other core while Astro syncs the content and bundles. The build waits
 * for the thread before it ends; a problem the thread meets stops the build with what went wrong.
 */
export function contentCheckIntegration(contentDir: string, site: string): AstroIntegration {
  let preparing: Promise<Prepared> | undefined;
  let searching: Promise<Extract<PrepReply, { type: 'searched' }>> | undefined;
  return {
    name: 'probation-inspections:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger, config }) => {
        if (command !== 'build' && command !== 'dev') return;
        // A bare `astro build` (what hosts' Astro presets run) would publish another site: no search index, share cards
        // or chart PNGs, and no whole-build check. Only `npm run build` (src/cli/build.mjs) asks for those.
        if (command === 'build' && !process.env.PI_EXPECTED_FILES) {
          console.error(`\n${bareBuildRefusal}`);
          process.exit(1);
        }
        // A build keeps the letters that passed their own checks, keyed by their text, the reference data and the code.
        const cache =
          command === 'build'
            ? {
                dir: join(fileURLToPath(config.cacheDir), 'checked'),
                digest: projectDigest(fileURLToPath(config.root), 'content check', [resolve(contentDir, 'reference')]),
              }
            : undefined;
        const { problems, letters, reference } = checkContentDir(resolve(contentDir), cache ? { cache } : {});
        if (problems.length) {
          console.error(`\nThe content has ${count(problems.length, 'problem')}${command === 'build' ? '; nothing was built' : ''}:`);
          for (const p of problems) console.error(formatProblem(p));
          if (command === 'build') process.exit(1);
          return;
        }
        logger.info(`Content check: ${count(letters.length, 'letter')} checked, no problems.`);
        checked.clear();
        for (const { file, letter } of letters) checked.set(resolve(file), letter);
        // A build's pages quote the narratives as checked; the dev server's content can change while it runs.
        handOverNarratives(command === 'build' ? new Map(letters.map((l) => [l.letter.id, l.narrative])) : undefined);
        const list = process.env.PI_EXPECTED_FILES;
        if (command !== 'build' || !list || !reference) return;
        const request: PrepRequest = {
          letters: letters.map((l) => l.letter),
          contentDir: resolve(contentDir),
          site,
          expectedList: list,
          ...(process.env.PI_IMAGE_JOBS ? { imageJobs: process.env.PI_IMAGE_JOBS } : {}),
          ...(process.env.PI_SEARCH_INDEX
            ? { search: { dir: process.env.PI_SEARCH_INDEX, narratives: new Map(letters.map((l) => [l.letter.id, l.narrative])) } }
            : {}),
        };
        let searchDone: (reply: Extract<PrepReply, { type: 'searched' }>) => void = () => undefined;
        let stop: (reply: Extract<PrepReply, { type: 'failed' }>) => void = () => undefined;
        const stopped = new Promise<never>((_, failed) => (stop = failed));
        preparing = Promise.race([
          stopped,
          new Promise<Prepared>((done) => {
            const worker = new Worker(new URL('src/integrations/prep-worker.mjs', config.root), { workerData: request });
            // The thread's last answer: the search index's, or what the pages read when there is no index to make.
            let answered = false;
            worker.on('message', (reply: PrepReply) => {
              if (reply.type === 'done') {
                sitemapPages = new Map(reply.sitemap.map((p) => [p.path, p.lastmod]));
                done(reply.prepared);
              } else if (reply.type === 'searched') searchDone(reply);
              else stop(reply);
              answered ||= reply.type === 'failed' || reply.type === 'searched' || !request.search;
            });
            worker.once('error', (error) => stop({ type: 'failed', step: 'prepare', message: error.message }));
            worker.once('exit', (code) => {
              if (!answered) stop({ type: 'failed', step: 'prepare', message: `the preparation thread stopped (exit code ${code})` });
            });
          }),
        ]);
        // The index is written by the thread after its first answer; the build ends only once it is there.
        searching = request.search
          ? Promise.race([stopped, new Promise<Extract<PrepReply, { type: 'searched' }>>((done) => (searchDone = done))])
          : undefined;
        // Whenever it comes, a failure stops the build with what went wrong, as the check's own problems do.
        stopped.catch((reply: Extract<PrepReply, { type: 'failed' }>) => {
          console.error(`\n${failedStep[reply.step]}:\n${reply.message}`);
          process.exit(1);
        });
        handOverPrepared(preparing);
      },
      'astro:build:done': async ({ logger }) => {
        // The list of expected files and of PNGs, and the search index, must be whole before the build script reads them.
        if (preparing) await preparing;
        if (searching) {
          const { docs, seconds } = await searching;
          logger.info(`Search index: ${count(docs, 'document')} from the site model in ${seconds.toFixed(1)} s`);
        }
        handOverPrepared(undefined);
        handOverNarratives(undefined);
      },
    },
  };
}
