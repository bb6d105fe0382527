import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { siteCharts } from '../lib/charts/catalogue';
import { checkContentDir, formatProblem } from '../lib/checking/content-check';
import { datasets } from '../lib/publishing/open-data';
import { loadRegistry } from '../lib/model/registry';
import { expectedFiles } from '../lib/publishing/routes';
import { buildSiteModel } from '../lib/model/site-model';
import { recurringRecommendations } from '../lib/model/similar';
import { count } from '../lib/words/vocabulary';
import { writeImageJobs } from './image-jobs';
import type { Letter } from '../schemas/letter';

/** The letters the last content check passed, by absolute file path: the MDX build reads their PDUs from here. */
const checked = new Map<string, Letter>();

/** A letter the content check read and passed, by its absolute file path; undefined for any other file. */
export function checkedLetter(file: string): Letter | undefined {
  return checked.get(resolve(file));
}

/**
 * Runs the content check (src/lib/checking/content-check.ts) once, before Astro reads the content: every problem
 * on one line (file, line, field, what is wrong), then a build stops with no stack trace. When the build
 * script asks (PI_EXPECTED_FILES), it also writes the list of files a whole build must produce, which the
 * script checks after Astro exits and before anything is published, and the list of PNGs it draws after Astro
 * (share cards and chart images: src/integrations/image-jobs.ts).
 */
export function contentCheckIntegration(contentDir: string, site: string): AstroIntegration {
  return {
    name: 'probation-inspections:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const { problems, letters, reference } = checkContentDir(resolve(contentDir));
        if (problems.length) {
          console.error(`\nThe content has ${count(problems.length, 'problem')}${command === 'build' ? '; nothing was built' : ''}:`);
          for (const p of problems) console.error(formatProblem(p));
          if (command === 'build') process.exit(1);
          return;
        }
        logger.info(`Content check: ${count(letters.length, 'letter')} checked, no problems.`);
        checked.clear();
        for (const { file, letter } of letters) checked.set(resolve(file), letter);
        const list = process.env.PI_EXPECTED_FILES;
        if (command === 'build' && list && reference) {
          const model = buildSiteModel(
            letters.map((l) => l.letter),
            reference,
          );
          const files = expectedFiles(
            model,
            siteCharts(model).all,
            loadRegistry(resolve(contentDir)),
            datasets(model, site).map((d) => d.file),
            recurringRecommendations(model, reference.acronyms).length,
          );
          writeFileSync(list, `${JSON.stringify(files)}\n`);
          const images = process.env.PI_IMAGE_JOBS;
          if (images) writeImageJobs(images, model, siteCharts(model).all, site);
        }
      },
    },
  };
}
