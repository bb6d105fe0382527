import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { ImportError } from './errors';
import { importSeed, type PreparedSeed } from './import-seed';
import { parseImportArgs } from './cli-args';
import { isPdf, pdfSeed, PdfRefusal } from './pdf/pdf-seed';
import { layoutHeadings } from './pdf/layout-headings';

/** A PDF's text, read before the import (PDF.js reads asynchronously); undefined for a text seed or an unreadable file. */
async function preparedFor(seed: string): Promise<PreparedSeed | undefined> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(seed);
  } catch {
    return undefined; // The import names a missing or unreadable file, as for a text seed.
  }
  if (!isPdf(bytes) && !/\.pdf$/i.test(seed)) return undefined;
  return pdfSeed(new Uint8Array(bytes), layoutHeadings(contentDir));
}

const parsed = parseImportArgs(process.argv.slice(2));
if ('problem' in parsed) {
  console.error(parsed.problem);
  process.exit(2);
}
const { seeds, overwrite, sourceUrl, replaces } = parsed;

const contentDir = resolve(process.env.PI_CONTENT_DIR ?? 'content');
let failed = false;
for (const seed of seeds) {
  try {
    const prepared = await preparedFor(seed);
    const result = importSeed(seed, {
      ...(prepared ? { prepared } : {}),
      contentDir,
      overwrite,
      ...(sourceUrl === undefined ? {} : { sourceUrl }),
      ...(replaces === undefined ? {} : { replaces }),
    });
    console.log(result.summary);
    console.log(`${seed} -> ${relative(process.cwd(), result.target)}`);
  } catch (error) {
    failed = true;
    // An ImportError's message is already one line per problem naming file and line; anything else is one line too.
    console.error(
      error instanceof ImportError
        ? error.message
        : `${seed}: ${error instanceof PdfRefusal ? error.message : (error as Error).message.split('\n')[0]}`,
    );
    const changed = error instanceof ImportError && error.changed;
    console.error(
      `${seed}: not imported; ${changed ? 'files were changed and not all put back: see above for each' : 'nothing was written'}`,
    );
  }
}
process.exit(failed ? 1 : 0);
