/**
 * Import-time benchmark: how long `importSeed` takes on synthetic big letters built from the seed by
 * repeating finding bullets (≈2 MB, ≈5 MB and ≈20 MB; 20 MB is ≈100,000 bullets), each imported into a
 * fresh scratch content folder. Targets: the time grows linearly (20 MB takes at most 15 × the time of
 * 2 MB, for 10 × the text) and 20 MB imports in under 30 s.
 *
 * Each size runs in its own child process with a time limit, so a slow importer is reported, not waited
 * for; the child times importSeed alone (not Node's start-up).
 *
 *   npx tsx tests/bench/import.ts            # prints the table and the two targets
 *   npx tsx tests/bench/import.ts 2 5 20     # sizes in MB (default 2 5 20)
 *
 * npm run bench (tests/bench/run.ts) calls benchImport too. Nothing is written into content/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ImportError } from '../../src/importer/errors';
import { importSeed } from '../../src/importer/import-seed';
import { must } from '../../src/lib/must';

const root = join(import.meta.dirname, '../..');
const seedFile = join(root, 'seeds/000_2024088064c08f13.txt');
const MB = 1024 * 1024;

/** One size measured. */
export interface ImportBenchRow {
  /** The synthetic letter's size, in MB. */
  sizeMB: number;
  /** Finding bullets in it (the seed's 39 and the copies). */
  bullets: number;
  /** Time importSeed took; for a timed-out run, the time limit. */
  seconds: number;
  outcome: 'imported' | 'refused' | 'timed out';
  secondsPerMB: number;
  /** Findings the imported entry holds: must equal `bullets`. */
  findings?: number;
  /** Peak resident memory of the child process, in MB. */
  peakMB?: number;
  /** The first line of a refusal, or why the run failed. */
  note?: string;
}

/** The rows, and whether the targets are met (undefined when a size the target needs was not run). */
export interface ImportBench {
  rows: ImportBenchRow[];
  /** Time at the largest size over time at the smallest; undefined when 2 MB and 20 MB were not both measured. */
  ratio?: number | undefined;
  /** 20 MB takes at most 15 × the time of 2 MB (both imported); undefined when not run. */
  linear?: boolean | undefined;
  /** 20 MB is imported in under 30 s; undefined when not run. */
  under30s?: boolean | undefined;
}

/**
 * The seed with copies of its finding bullets added until the text is about `targetBytes` long. Each copy
 * is the opening sentences of a seed bullet (about 200 bytes), numbered so no two findings are the same; copies go at the head of
 * every finding list in turn, so each section's lists grow alike.
 */
export function bigLetter(seed: string, targetBytes: number): { text: string; bullets: number } {
  const lines = seed.split('\n');
  const closing = lines.indexOf('Yours sincerely,');
  const leadIns = lines.flatMap((l, i) => (i < closing && /^Key (strengths|areas for improvement):$/.test(l) ? [i] : []));
  const sentences = lines
    .slice(0, closing)
    .filter((l) => l.startsWith('- '))
    .map((l) => {
      // Whole sentences, about 200 bytes a bullet: 20 MB is then about 100,000 bullets.
      const parts = l.slice(2).split(/(?<=\.) (?=[A-Z])/);
      let text = must(parts[0], 'a bullet’s first sentence');
      for (const part of parts.slice(1)) if (text.length < 100) text += ` ${part}`;
      return text;
    });
  const seedBullets = sentences.length;
  const added: string[][] = leadIns.map(() => []);
  let bytes = Buffer.byteLength(seed);
  let n = 0;
  while (bytes < targetBytes) {
    const sentence = must(sentences[n % sentences.length], 'a seed bullet to copy');
    const bullet = `- ${sentence.replace(/\.$/, '')} (synthetic copy ${n + 1}).`;
    must(added[n % leadIns.length], 'a lead-in to add copies under').push(bullet);
    bytes += Buffer.byteLength(bullet) + 1;
    n += 1;
  }
  // After each lead-in and its blank line, the copies, then the letter's own bullets.
  const out = lines.flatMap((line, i) => {
    const copies = added[leadIns.indexOf(i - 1)]; // none when the line before is not a lead-in (index -1)
    return copies?.length ? [...copies, line] : [line];
  });
  return { text: out.join('\n'), bullets: seedBullets + n };
}

/** Runs in the child: imports one file into a scratch content folder and prints what happened as JSON. */
function measureOne(file: string, contentDir: string): void {
  const start = process.hrtime.bigint();
  let result: { outcome: 'imported' | 'refused'; findings?: number; note?: string };
  try {
    const imported = importSeed(file, { contentDir });
    result = { outcome: 'imported', findings: imported.letter.findings.length };
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    result = { outcome: 'refused', note: error.message.replace(/\n[\s\S]*$/, '') };
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  process.stdout.write(`${JSON.stringify({ ...result, seconds, peakMB: process.resourceUsage().maxRSS / 1024 })}\n`);
}

/** Measures import time at each size (in MB), each run in a child process cut off after `timeoutSeconds`. */
export function benchImport(
  options: { sizesMB?: readonly number[]; timeoutSeconds?: number; log?: (line: string) => void } = {},
): ImportBench {
  const { sizesMB = [2, 5, 20], timeoutSeconds = 120, log = () => {} } = options;
  const seed = readFileSync(seedFile, 'utf8');
  const work = join(root, '.tmp/bench/import');
  const rows: ImportBenchRow[] = [];
  for (const sizeMB of sizesMB) {
    rmSync(work, { recursive: true, force: true });
    const contentDir = join(work, 'content');
    mkdirSync(contentDir, { recursive: true });
    cpSync(join(root, 'content/reference'), join(contentDir, 'reference'), { recursive: true });
    cpSync(join(root, 'content/published-ids.json'), join(contentDir, 'published-ids.json'));
    const { text, bullets } = bigLetter(seed, sizeMB * MB);
    const file = join(work, `synthetic-${sizeMB}mb.txt`);
    writeFileSync(file, text);
    log(`Importing a synthetic ${sizeMB} MB letter (${bullets.toLocaleString('en-GB')} finding bullets)…`);
    const child = spawnSync(
      process.execPath,
      [join(root, 'node_modules/tsx/dist/cli.mjs'), fileURLToPath(import.meta.url), '--one', file, contentDir],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: timeoutSeconds * 1000,
        maxBuffer: 16 * MB,
      },
    );
    const realMB = Buffer.byteLength(text) / MB;
    if (child.error && (child.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
      rows.push({
        sizeMB: realMB,
        bullets,
        seconds: timeoutSeconds,
        outcome: 'timed out',
        secondsPerMB: timeoutSeconds / realMB,
        note: `stopped after ${timeoutSeconds} s`,
      });
      continue;
    }
    const json = child.stdout.trim().split('\n').at(-1) ?? '';
    if (child.status !== 0 || !json.startsWith('{')) {
      const why = (child.stderr || child.stdout || String(child.error ?? child.signal)).trim().split('\n').slice(-3).join(' ');
      rows.push({
        sizeMB: realMB,
        bullets,
        seconds: Number.NaN,
        outcome: 'refused',
        secondsPerMB: Number.NaN,
        note: `the import crashed: ${why}`,
      });
      continue;
    }
    const r = JSON.parse(json) as { outcome: 'imported' | 'refused'; seconds: number; findings?: number; peakMB: number; note?: string };
    const wrongCount =
      r.outcome === 'imported' && r.findings !== bullets ? `the entry holds ${r.findings} findings, not ${bullets}` : undefined;
    const note = wrongCount ?? r.note;
    rows.push({
      sizeMB: realMB,
      bullets,
      seconds: r.seconds,
      outcome: r.outcome,
      secondsPerMB: r.seconds / realMB,
      ...(r.findings !== undefined ? { findings: r.findings } : {}),
      peakMB: r.peakMB,
      ...(note !== undefined ? { note } : {}),
    });
  }
  rmSync(work, { recursive: true, force: true });

  const imported = (row: ImportBenchRow | undefined) => row?.outcome === 'imported' && row.findings === row.bullets;
  const near = (mb: number) => rows.find((r) => Math.abs(r.sizeMB - mb) < mb * 0.1);
  const [small, large] = [near(2), near(20)];
  const ratio =
    small && large && Number.isFinite(small.seconds) && Number.isFinite(large.seconds) ? large.seconds / small.seconds : undefined;
  return {
    rows,
    ratio,
    linear: small && large ? imported(small) && imported(large) && ratio !== undefined && ratio <= 15 : undefined,
    under30s: large ? imported(large) && large.seconds < 30 : undefined,
  };
}

/** The table of a run, one line per size. */
export function importBenchTable(bench: ImportBench): string[] {
  const cell = (v: number | undefined, digits: number) => (v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(digits));
  return [
    '  size      bullets    seconds   s per MB   peak memory   outcome',
    ...bench.rows.map(
      (r) =>
        `  ${`${cell(r.sizeMB, 1)} MB`.padEnd(9)} ${r.bullets.toLocaleString('en-GB').padStart(8)} ${`${r.outcome === 'timed out' ? '>' : ''}${cell(r.seconds, 2)}`.padStart(10)} ${cell(r.secondsPerMB, 3).padStart(10)} ${`${cell(r.peakMB, 0)} MB`.padStart(13)}   ${r.outcome}${r.note ? ` (${r.note.slice(0, 160)})` : ''}`,
    ),
  ];
}

/** The two targets, as [name, met (undefined: not run), detail], in the shape tests/bench/run.ts prints. */
export function importBenchTargets(bench: ImportBench): [string, boolean | undefined, string][] {
  const large = bench.rows.find((r) => Math.abs(r.sizeMB - 20) < 2);
  return [
    [
      'import time linear in letter size: 20 MB ≤ 15 × the time of 2 MB',
      bench.linear,
      bench.ratio === undefined
        ? 'not measured (2 MB and 20 MB both needed)'
        : `${bench.ratio.toFixed(1)}× for 10× the text${bench.rows.some((r) => r.outcome !== 'imported') ? ' (not every size imported)' : ''}`,
    ],
    [
      'a 20 MB letter (≈100,000 findings) imports in under 30 s',
      bench.under30s,
      large ? `${large.outcome === 'timed out' ? 'over ' : ''}${large.seconds.toFixed(1)} s, ${large.outcome}` : 'not run',
    ],
  ];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === '--one') {
    measureOne(must(process.argv[3], 'the letter file (after --one)'), must(process.argv[4], 'the content folder (after the file)'));
  } else {
    const sizes = process.argv
      .slice(2)
      .map(Number)
      .filter((n) => n > 0);
    const bench = benchImport({ ...(sizes.length ? { sizesMB: sizes } : {}), log: (line) => console.log(line) });
    console.log('\n=== Import time ===');
    for (const line of importBenchTable(bench)) console.log(line);
    console.log('\n=== Targets ===');
    for (const [name, met, detail] of importBenchTargets(bench))
      console.log(`${met === undefined ? 'NOT RUN' : met ? 'met    ' : 'MISSED '}  ${name}: ${detail}`);
  }
}
