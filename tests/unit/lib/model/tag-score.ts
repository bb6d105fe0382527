/** Scores proposed domain tags against hand-made ones: the one scorer of domain-tags.test.ts and held-out-tags.test.ts. */
import type { SeedTags } from '../../../fixtures/tags/seed-tags';

export interface Score {
  truePositives: number;
  falsePositives: string[];
  misses: string[];
  precision: number;
  recall: number;
}

/** Compares proposed tags with the hand-checked ones, item by item. */
export function score(items: readonly { id: string; proposed: readonly string[] }[], truth: readonly SeedTags[]): Score {
  const right = new Map(truth.map((t) => [t.id, t.tags]));
  let truePositives = 0;
  const falsePositives: string[] = [];
  const misses: string[] = [];
  for (const { id, proposed } of items) {
    const tags = right.get(id) ?? {};
    for (const domain of proposed) {
      if (domain in tags) truePositives++;
      else falsePositives.push(`${id}: proposed ${domain}, which is wrong`);
    }
    for (const [domain, why] of Object.entries(tags)) {
      if (!proposed.includes(domain)) misses.push(`${id}: missed ${domain} (${why})`);
    }
  }
  const proposedCount = truePositives + falsePositives.length;
  const rightCount = truePositives + misses.length;
  return {
    truePositives,
    falsePositives,
    misses,
    precision: proposedCount ? truePositives / proposedCount : 1,
    recall: rightCount ? truePositives / rightCount : 1,
  };
}

/** A score as lines: the figures, then each wrong and each missed tag. */
export const report = (name: string, s: Score): string =>
  [
    `${name}: precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}`,
    ...s.falsePositives.map((l) => `  wrong: ${l}`),
    ...s.misses.map((l) => `  missed: ${l}`),
  ].join('\n');
