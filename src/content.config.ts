import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { letterSchema } from './schemas/letter';
import { loadReference } from './lib/reference';
import { checkLetter } from './lib/validate-letter';
import { siteConfig } from './site.config';

const reference = loadReference(join(siteConfig.contentDir, 'reference'));

/** Letters: every fact in frontmatter, checked against the reference data; the narrative in the MDX body. */
const letters = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: join(siteConfig.contentDir, 'letters') }),
  schema: letterSchema.superRefine((letter, ctx) => {
    for (const issue of checkLetter(letter, reference)) {
      ctx.addIssue({ code: 'custom', path: [...issue.path], message: issue.message });
    }
  }),
});

export const collections = { letters };
