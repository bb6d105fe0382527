import type { AstroIntegration } from 'astro';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkContentDir, formatProblem } from '../lib/checking/content-check';
import { handOverPrepared, type Prepared } from '../lib/publishing/prepared';
import { handOverNarratives } from '../lib/checking/checked-narratives';
import { projectDigest } from '../lib/publishing/project-digest';
import { count } from '../lib/words/vocabulary';
import type { Letter } from '../schemas/letter';
import type { PrepReply, PrepRequest } from './prep-worker-main';

/** The letters the last content check passed, by absolute file path: the MDX build reads their PDUs from here. */
const checked = new Map<string, Letter>();

/** A letter the content check read and passed, by its absolute file path; undefined for any other file. */
export function checkedLetter(file: string): Letter | undefined {
  return checked.get(resolve(file));
}

/** What a failed step of the preparation thread stops the build with. */
const failedStep: Record<Extract<PrepReply, { type: 'failed' }>['step'], string> = {
  images: 'The share cards and chart images could not be drawn; nothing was built',
  prepare: 'The list of files the build must produce could not be worked out; nothing was built',
};

/**
 * Runs the content check (src/lib/checking/content-check.ts) once, before Astro reads the content: every problem
 * on one line (file, line, field, what is wrong), then a build stops with no stack trace. When the build
 * script asks (PI_EXPECTED_FILES), a worker thread (src/integrations/prep-worker-main.ts) then writes the list of
 * files a whole build must produce, which the script checks after Astro exits and before anything is published, and
 * the list of PNGs it draws after Astro (share cards and chart images), and works out what the pages share
 * (src/lib/publishing/prepared.ts), on the other core while Astro syncs the content and bundles. The build waits
 * for the thread before it ends; a problem the thread meets stops the build with what went wrong.
 */
export function contentCheckIntegration(contentDir: string, site: string): AstroIntegration {
  let preparing: Promise<Prepared> | undefined;
  return {
    name: 'probation-inspections:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger, config }) => {
        if (command !== 'build' && command !== 'dev') return;
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
        };
        preparing = new Promise<Prepared>((done, failed) => {
          const worker = new Worker(new URL('src/integrations/prep-worker.mjs', config.root), { workerData: request });
          worker.once('message', (reply: PrepReply) => (reply.type === 'done' ? done(reply.prepared) : failed(reply)));
          worker.once('error', (error) => failed({ type: 'failed', step: 'prepare', message: error.message } satisfies PrepReply));
          worker.once('exit', (code) =>
            failed({ type: 'failed', step: 'prepare', message: `the preparation thread stopped (exit code ${code})` } satisfies PrepReply),
          );
        });
        // Whenever it comes, a failure stops the build with what went wrong, as the check's own problems do.
        preparing.catch((reply: Extract<PrepReply, { type: 'failed' }>) => {
          console.error(`\n${failedStep[reply.step]}:\n${reply.message}`);
          process.exit(1);
        });
        handOverPrepared(preparing);
      },
      'astro:build:done': async () => {
        // The list of expected files and of PNGs must be whole before the build script reads them.
        if (preparing) await preparing;
        handOverPrepared(undefined);
        handOverNarratives(undefined);
      },
    },
  };
}
