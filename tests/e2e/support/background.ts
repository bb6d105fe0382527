import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { inject } from 'vitest';
import { validLetter } from '../../fixtures/letters/catalogue';
import { correctedSeed, seedFile, seedImportRecord } from '../../fixtures/corrections/catalogue';
import {
  buildCorpus,
  buildSite,
  linkTree,
  recordScratchVersions,
  runProcess,
  scratchContent,
  scratchOutDir,
  type BuildResult,
} from './build';
import { findJava } from './java';
import { seedFile as seedPath } from '../../support';
import { distDir, root } from './site';
import { imageCacheDir } from '../../../src/cli/images.mjs';

/*
 * Work some e2e test files need that uses no browser: the test builds of build-errors.test.ts and
 * corpus.test.ts, and the Nu HTML Checker over dist/. Together it keeps a core busy for ten seconds or more,
 * so global-setup.ts starts the jobs of the test files in the run as the run begins, beside the unit tests,
 * and each test file awaits its job's result with backgroundResult(). Run on its own (no run started the
 * job), a test file runs the job itself.
 */

const fixture = (name: string) => join(root, 'tests/fixtures/letters', name);

/**
 * Copies the editor's image cache, which the run's `npm run build` of the seed filled, into a scratch content folder's
 * cache: the PNGs a build of that content shares with the seed are copied from it, not drawn again.
 */
function seedImageCache(content: string): void {
  const editorsImages = imageCacheDir({});
  if (existsSync(editorsImages)) cpSync(editorsImages, imageCacheDir({ PI_CACHE_DIR: join(content, '.cache') }), { recursive: true });
}

/** A build into a copy of another build's site, and that site's home page before it ran. */
export interface BuildOverPreviousSite extends BuildResult {
  previousIndex: string;
}

/** Rows on a page of the explorer in the corpus build. */
export const corpusExplorerPageSize = 10;
/** The base path the corpus is built under. */
export const corpusBase = '/inspections/';
/**
 * The site address the corpus is built for (PI_SITE): the corpus is the run's published build, dist/ its preview (built
 * without an address, as the README's first command builds it), so both kinds are tried without another build.
 */
export const corpusSite = 'https://inspections.example.gov.uk';

/** The corpus letter built as a Windows editor saves it (byte-order mark, CRLF), for build-errors.test.ts. */
export const windowsSavedLetter = 'north-east-2024-03';

/**
 * The synthetic corpus built once, published for an address (corpusSite) under a base path (so every link, script and
 * download is tried under one; the seed's dist/ is a preview at the root), with retired ids, 10 rows on a page of the recommendations explorer (so
 * its recommendations fill two pages), and one letter saved by a Windows editor. Shared by the jobs `corpus` and
 * `build-errors`, which run in one process.
 */
let corpusBuild: Promise<BuildResult> | undefined;
const buildTheCorpus = (): Promise<BuildResult> =>
  (corpusBuild ??= buildCorpus({
    base: corpusBase,
    env: { PI_EXPLORER_PAGE_SIZE: String(corpusExplorerPageSize), PI_SITE: corpusSite },
    windowsSaved: `${windowsSavedLetter}.mdx`,
    extraPublished: { letters: ['north-east-2022-05'], findings: ['north-east-2022-06-leadership-strength-9'] },
    retired: [
      {
        kind: 'findings',
        id: 'north-east-2022-06-leadership-strength-9',
        replacedBy: 'north-east-2022-06-leadership-strength-1',
        reason: 'This finding was merged into another when the letter was corrected.',
      },
      {
        kind: 'letters',
        id: 'north-east-2022-05',
        replacedBy: 'north-east-2022-06',
        reason: 'This letter was first published with the wrong month.',
      },
    ],
  }));

/**
 * The seed entry with the corrections of tests/fixtures/corrections/ (a finding's, a recommendation's and a paragraph's
 * words, a PDU's rating and score), beside the seed's import record, built once, cold, for the jobs `corrections` and
 * `warm-build`. Cold as an editor's first build after correcting a letter: Astro's, the MDX and the content check's
 * caches empty, and the image cache holding the seed's PNGs (seedImageCache), so that only the 13 PNGs the corrections
 * change are drawn (all 110 took 1.5 s of CPU).
 */
let correctionsBuild: Promise<BuildResult & { contentDir: string }> | undefined;
const buildTheCorrections = () =>
  (correctionsBuild ??= (async () => {
    const content = scratchContent({});
    writeFileSync(join(content, 'letters', seedFile), correctedSeed());
    mkdirSync(join(content, 'imports'));
    writeFileSync(join(content, 'imports', seedFile), seedImportRecord);
    seedImageCache(content);
    const build = await buildSite(content);
    if (build.status !== 0) throw new Error(`The build of the corrected seed failed:\n${build.output}`);
    return { ...build, contentDir: content };
  })());

/** The letter files of refusedContent(), by the problem each has. */
export const refusedLetters = {
  /** A letter whose stated score is not the sum of its ratings' points (tests/fixtures/letters/). */
  invalid: 'invalid-score-mismatch.mdx',
  /** A valid letter, whose finding and recommendation ids the next one reuses. */
  first: 'synthetic-north-east-2024-02.mdx',
  /** The letter before it under another letter id: every finding and recommendation id is already used. */
  duplicateIds: 'synthetic-north-east-2024-03.mdx',
  /** A valid letter but for an expression {…} in its body, which would run when Astro renders it. */
  bodyExpression: 'synthetic-north-east-2024-04.mdx',
  /** A valid letter whose version was never recorded (npm run record-versions). */
  unrecorded: 'synthetic-north-east-2024-05.mdx',
} as const;

/** A content folder holding refusedLetters: each of them but `first` has one kind of problem the content check refuses. */
function refusedContent(): string {
  const valid = readFileSync(fixture(validLetter), 'utf8');
  const renamed = (file: string) => valid.replaceAll('synthetic-north-east-2024-01', basename(file, '.mdx'));
  const content = scratchContent({ [refusedLetters.invalid]: fixture(refusedLetters.invalid) });
  const write = (file: string, text: string) => writeFileSync(join(content, 'letters', file), text);
  write(refusedLetters.first, renamed(refusedLetters.first));
  write(
    refusedLetters.duplicateIds,
    renamed(refusedLetters.first).replace(
      `id: "${basename(refusedLetters.first, '.mdx')}"`,
      `id: "${basename(refusedLetters.duplicateIds, '.mdx')}"`,
    ),
  );
  write(
    refusedLetters.bodyExpression,
    renamed(refusedLetters.bodyExpression).replace('Invented staffing narrative.', 'Invented staffing narrative. {process.exit(0)}'),
  );
  recordScratchVersions(content);
  write(refusedLetters.unrecorded, renamed(refusedLetters.unrecorded));
  return content;
}

/** The jobs, by name. Each resolves to plain data (it crosses from the main process to the test worker as JSON). */
export const backgroundJobs = {
  /** corpus.test.ts and others: the corpus build's output folder. */
  corpus: async () => ({ dir: (await buildTheCorpus()).outDir }),

  /**
   * build-errors.test.ts: the corpus build, which holds a letter saved by a Windows editor (byte-order mark, CRLF),
   * as the valid build, and, each into a copy of the corpus's site, three builds that must fail: one whose content has
   * a problem of each kind the content check refuses (refusedContent), and two whose Astro misbehaves (stops early with
   * exit 0; builds a page the route table does not list). One build for every content problem, as an editor meets them:
   * the check reports them all at once, and each failed build costs Astro's start-up (about 2 s of CPU). The copies are
   * hard links (linkTree): a build writes only into its own scratch folder and renames it in, so a file of the previous
   * site changed in place would be a failure these tests report (its home page is compared); three full copies of the
   * corpus's 460 files took a second of CPU.
   */
  'build-errors': async () => {
    const good = await buildTheCorpus().then(
      (built): BuildResult => built,
      (error: unknown): BuildResult => ({ status: 1, output: error instanceof Error ? error.message : String(error), outDir: '' }),
    );
    if (good.status !== 0) return { good, refused: undefined, stoppedEarly: undefined, unlistedPage: undefined };
    const previousIndex = readFileSync(join(good.outDir, 'index.html'), 'utf8');
    const overPreviousSite = async (
      content: string,
      env: Record<string, string> = {},
      recordVersions = true,
    ): Promise<BuildOverPreviousSite> => {
      const outDir = scratchOutDir();
      linkTree(good.outDir, outDir);
      return { ...(await buildSite(content, env, outDir, { besideOthers: true, recordVersions })), previousIndex };
    };
    const [refused, stoppedEarly, unlistedPage] = await Promise.all([
      overPreviousSite(refusedContent(), {}, false),
      overPreviousSite(scratchContent({ 'synthetic-north-east-2024-01.mdx': fixture(validLetter) }), {
        PI_ASTRO_BIN: join(root, 'tests/e2e/support/astro-stops-early.mjs'),
      }),
      overPreviousSite(scratchContent({ 'synthetic-north-east-2024-01.mdx': fixture(validLetter) }), {
        PI_ASTRO_BIN: join(root, 'tests/e2e/support/astro-builds-an-unlisted-page.mjs'),
      }),
    ]);
    return { good, refused, stoppedEarly, unlistedPage };
  },

  /**
   * corrections.test.ts: the seed entry with the corrections of tests/fixtures/corrections/ (a finding's, a
   * recommendation's and a paragraph's words, a PDU's rating and score), beside the seed's import record, built once
   * for every correction the tests look at.
   */
  corrections: async () => ({ dir: (await buildTheCorrections()).outDir }),

  /**
   * warm-build.test.ts: the corrections build (cold: its caches start empty but for the seed's PNGs) built again from
   * the same content and cache into another folder, warm, with the real @astrojs/mdx reading its compiles back from the
   * cache, and the image step the PNGs the cold build drew.
   */
  'warm-build': async () => {
    const cold = await buildTheCorrections();
    const warm = await buildSite(cold.contentDir, {}, undefined, { recordVersions: false });
    if (warm.status !== 0) throw new Error(`The warm build of the corrected seed failed:\n${warm.output}`);
    const imagesLine = (output: string) => output.split('\n').find((line) => line.startsWith('Images: ')) ?? '';
    return {
      cold: cold.outDir,
      warm: warm.outDir,
      cache: join(cold.contentDir, '.cache'),
      images: { cold: imagesLine(cold.output), warm: imagesLine(warm.output) },
    };
  },

  /**
   * two-letters.test.ts: the seed and another Greater Manchester letter of the same month (dated 3 May 2023), imported
   * one after the other as an editor would, then built with the image cache their build of the seed left.
   */
  'two-letters': async () => {
    const { importSeed } = await import('../../../src/importer/import-seed');
    const content = scratchContent({});
    const otherDir = mkdtempSync(join(tmpdir(), 'pi-seed-'));
    const other = join(otherDir, 'third-of-may.txt');
    writeFileSync(other, readFileSync(join(root, seedPath), 'utf8').replace('\n25 May 2023\n', '\n3 May 2023\n'));
    try {
      const first = importSeed(seedPath, { contentDir: content, root });
      const second = importSeed(other, { contentDir: content, root });
      // The cards the second letter leaves as they were are copied from the editor's image cache, not drawn again.
      seedImageCache(content);
      const build = await buildSite(content);
      if (build.status !== 0) throw new Error(`The build of two letters of one month failed:\n${build.output}`);
      return { dir: build.outDir, ids: [first.letter.id, second.letter.id], summary: second.summary };
    } finally {
      // The system's temporary folder is memory while the tests run (tests/vitest.config.ts): one left each run adds up.
      rmSync(otherDir, { recursive: true, force: true });
    }
  },

  /**
   * pdf-import.test.ts: the PDF catalogue (tests/fixtures/pdfs/catalogue.ts) written into a folder, as it is rebuilt on
   * every run: the letter as Chromium prints it and as pdfkit writes it, and the hostile PDFs.
   */
  'pdf-fixtures': async () => {
    const {
      chromiumLetter,
      encrypted,
      longReport,
      notALetter,
      pdfkitLetterPdf,
      scan,
      truncated,
      withScriptAndAttachment,
      withStamp,
      withWatermark,
    } = await import('../../fixtures/pdfs/catalogue');
    const dir = mkdtempSync(join(root, '.tmp/test-pdfs-'));
    const [letter, pdfkit] = await Promise.all([chromiumLetter(), pdfkitLetterPdf()]);
    const files: Record<string, Buffer | Promise<Buffer>> = {
      'letter.pdf': letter,
      'pdfkit.pdf': pdfkit,
      'with-script.pdf': withScriptAndAttachment(letter),
      'draft.pdf': withWatermark(letter),
      'stamped.pdf': withStamp(letter),
      'truncated.pdf': truncated(letter),
      'scan.pdf': scan(),
      'encrypted.pdf': encrypted(),
      'report.pdf': longReport(300),
      'leaflet.pdf': notALetter(),
      'not-a-pdf.pdf': Buffer.from('plain text, not a PDF'),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), await bytes);
    return { dir };
  },

  /** html-validity.test.ts: the Nu HTML Checker (vnu-jar, on Java) over every page of dist/, errors only. */
  'html-check': async () => {
    const jar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
    // A short run: the C1 compiler alone (TieredStopAtLevel=1) and one GC thread take a third of the CPU that Java's
    // defaults spend compiling for a long one. The checker's schema needs a deep stack (it asks for at least 512k).
    const java = ['-Xss4m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
    return runProcess(findJava(), [...java, '-jar', jar, '--errors-only', '--format', 'gnu', '--skip-non-html', distDir]);
  },
} satisfies Record<string, () => Promise<unknown>>;

export type JobName = keyof typeof backgroundJobs;
export type JobResult<N extends JobName> = Awaited<ReturnType<(typeof backgroundJobs)[N]>>;

/** The job each test file needs. */
const jobOfTestFile: Record<string, JobName> = {
  'two-letters.test.ts': 'two-letters',
  'corpus.test.ts': 'corpus',
  'citations.test.ts': 'corpus',
  'preview-and-publish.test.ts': 'corpus',
  'build-errors.test.ts': 'build-errors',
  'html-validity.test.ts': 'html-check',
  'corrections.test.ts': 'corrections',
  'warm-build.test.ts': 'warm-build',
  'pdf-import.test.ts': 'pdf-fixtures',
};
/** Jobs whose builds use Astro's one content store in .astro/, which `astro dev` uses too. */
const astroJobs: readonly JobName[] = ['corpus', 'build-errors', 'corrections', 'warm-build'];

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where global-setup.ts writes each background job's result, and the jobs it started. */
    backgroundJobs: { dir: string; started: JobName[] };
  }
}

/**
 * Starts, in this process, the jobs of the test files given (those of the run), each writing its result to
 * `<dir>/<job>.json` when it ends. Returns the folder and the jobs started, for the test workers.
 */
export function startBackgroundJobs(testFiles: readonly string[]): { dir: string; started: JobName[]; settled: Promise<unknown> } {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, '.tmp/test-jobs-'));
  const started = [...new Set(testFiles.flatMap((file) => jobOfTestFile[basename(file)] ?? []))];
  const settled = Promise.all(
    started.map(async (name) => {
      // After the global setup has returned: a job's first, synchronous steps (copying content, importing a letter) then
      // run while the test workers start, not before.
      await new Promise((resolve) => setImmediate(resolve));
      const outcome = await backgroundJobs[name]().then(
        (result) => ({ result }),
        (error: unknown) => ({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
      );
      writeFileSync(join(dir, `${name}.json.part`), JSON.stringify(outcome));
      renameSync(join(dir, `${name}.json.part`), join(dir, `${name}.json`));
    }),
  );
  return { dir, started, settled };
}

const ranHere = new Map<JobName, Promise<unknown>>();

/** The result of a background job: awaited from the job global-setup.ts started, or run here when it started none. */
export async function backgroundResult<N extends JobName>(name: N): Promise<JobResult<N>> {
  const { dir, started } = inject('backgroundJobs');
  if (!started.includes(name)) {
    if (!ranHere.has(name)) ranHere.set(name, backgroundJobs[name]());
    return ranHere.get(name) as Promise<JobResult<N>>;
  }
  const file = join(dir, `${name}.json`);
  while (!existsSync(file)) await new Promise((resolve) => setTimeout(resolve, 100));
  const outcome = JSON.parse(readFileSync(file, 'utf8')) as { result: JobResult<N> } | { error: string };
  if ('error' in outcome) throw new Error(`The background job ${name} failed:\n${outcome.error}`);
  return outcome.result;
}

/** Waits until no background job is building with Astro (`astro dev` shares its content store in .astro/). */
export async function astroBuildsDone(): Promise<void> {
  const { started } = inject('backgroundJobs');
  await Promise.all(started.filter((name) => astroJobs.includes(name)).map((name) => backgroundResult(name).catch(() => undefined)));
}
