import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { letterSchema } from './schemas/letter';
import { siteConfig } from './site.config';

/**
 * Letters: every fact in frontmatter, the narrative in the MDX body. The content check
 * (src/integrations/check-and-prepare.ts) has already read exactly these files, so the schema only types them.
 */
const letters = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: join(siteConfig.contentDir, 'letters') }),
  schema: letterSchema,
});

export const collections = { letters };
