/**
 * Similarity benchmark: how long the site's similarity computation (siteSimilarity: similar recommendations and
 * findings, and the recurring groups) takes on the synthetic corpus of N letters, in process. The letters are read
 * with the site's own reader (readLetterFile) and built into the model as the build does; only siteSimilarity is
 * timed, the median of three runs, in processor time (wall time beside it). Target: N = 1,000 takes at most 1.5 × linear from N = 100 (15 × the time, for
 * 10 × the letters).
 *
 * The synthetic letters are copies of the seed with names swapped (tests/bench/corpus.ts), so every item has
 * hundreds of near-identical copies: the worst case for how many documents each term's postings hold, which the
 * posting cap (src/lib/model/similar.ts) keeps linear.
 *
 *   npx tsx tests/bench/similarity.ts            # N = 100 and 1,000, then the target
 *   npx tsx tests/bench/similarity.ts 10 100     # other sizes
 *
 * npm run bench (tests/bench/run.ts) calls benchSimilarity too. Nothing is written into content/.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { readLetterFile } from '../../src/lib/checking/letter-file';
import { loadReference } from '../../src/lib/model/reference';
import { siteSimilarity } from '../../src/lib/similarity/similar';
import { buildSiteModel } from '../../src/lib/model/site-model';
import { writeSyntheticCorpus } from './corpus';
import { median } from './measure';

const root = join(import.meta.dirname, '../..');

/** One size measured. */
export interface SimilarityBenchRow {
  n: number;
  recommendations: number;
  findings: number;
  /** Median processor time (user and system) of siteSimilarity, in seconds: on a shared machine, wall time measures the neighbours. */
  seconds: number;
  /** Median wall time of siteSimilarity, in seconds. */
  wallSeconds: number;
  /** Recommendations with at least one similar recommendation listed. */
  linked: number;
  recurringGroups: number;
}

/** Times siteSimilarity on the synthetic corpus at each size. */
export function benchSimilarity(sizes: readonly number[]): SimilarityBenchRow[] {
  const reference = loadReference(join(root, 'content/reference'));
  return sizes.map((n) => {
    const dir = join(root, '.tmp/bench-similarity', `n${n}`);
    rmSync(dir, { recursive: true, force: true });
    writeSyntheticCorpus(n, dir);
    const letters = readdirSync(join(dir, 'letters')).map((file) => {
      const read = readLetterFile(file, readFileSync(join(dir, 'letters', file), 'utf8'), reference);
      if (!read.ok) throw new Error(read.errors.join('\n'));
      return read.letter;
    });
    rmSync(dir, { recursive: true, force: true });
    const model = buildSiteModel(letters, reference);
    const times: number[] = [];
    const walls: number[] = [];
    let result = siteSimilarity(model, reference.acronyms);
    for (let run = 0; run < 3; run++) {
      const wall = performance.now();
      const cpu = process.cpuUsage();
      result = siteSimilarity(model, reference.acronyms);
      const used = process.cpuUsage(cpu);
      times.push((used.user + used.system) / 1e6);
      walls.push((performance.now() - wall) / 1000);
    }
    return {
      n,
      recommendations: model.recommendations.length,
      findings: model.findings.length,
      seconds: median(times),
      wallSeconds: median(walls),
      linked: [...result.recommendations.values()].filter((l) => l.length > 0).length,
      recurringGroups: result.recurring.length,
    };
  });
}

/** The table's lines. */
export function similarityBenchTable(rows: readonly SimilarityBenchRow[]): string[] {
  return [
    'letters  recommendations  findings  similarity CPU (wall)   per item   with similar  recurring groups',
    ...rows.map(
      (r) =>
        `${String(r.n).padStart(7)}  ${String(r.recommendations).padStart(15)}  ${String(r.findings).padStart(8)}  ${`${r.seconds.toFixed(2)} s (${r.wallSeconds.toFixed(1)} s)`.padStart(21)}  ${`${((r.seconds / (r.recommendations + r.findings)) * 1e6).toFixed(1)} µs`.padStart(9)}  ${String(r.linked).padStart(12)}  ${String(r.recurringGroups).padStart(16)}`,
    ),
  ];
}

/** The target: similarity at N = 1,000 within 1.5 × linear from N = 100; undefined when either size was not run. */
export function similarityBenchTargets(rows: readonly SimilarityBenchRow[]): [string, boolean | undefined, string][] {
  const at = (n: number) => rows.find((r) => r.n === n);
  const small = at(100);
  const large = at(1000);
  const ratio = small && large ? large.seconds / small.seconds : undefined;
  return [
    [
      'similarity at N = 1,000 within 1.5 × linear from N = 100 (at most 15 × the time)',
      ratio === undefined ? undefined : ratio <= 15,
      ratio === undefined ? 'N = 100 and 1,000 not both run' : `${ratio.toFixed(1)} × the time for 10 × the letters`,
    ],
  ];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2).map(Number).filter(Boolean);
  const rows = benchSimilarity(args.length ? args : [100, 1000]);
  for (const line of similarityBenchTable(rows)) console.log(line);
  for (const [name, met, detail] of similarityBenchTargets(rows))
    console.log(`${met === undefined ? 'NOT RUN' : met ? 'met    ' : 'MISSED '}  ${name}: ${detail}`);
}
