/** What `npm run import` was asked to do. */
export interface ImportArgs {
  seeds: string[];
  overwrite: boolean;
  /** The inspectorate's published document (`--source-url <https URL>`), for one seed. */
  sourceUrl?: string;
  /** The letter this seed is a corrected copy of (`--replaces <letter id>`), for one seed. */
  replaces?: string;
}

/** The usage line printed with every problem in the arguments. */
export const importUsage =
  'usage: npm run import -- [--overwrite] [--source-url <https URL>] [--replaces <letter id>] seeds/<file>.txt [more files]';

/**
 * Reads the importer's arguments: seed files, `--overwrite`, and `--source-url <https URL>` (or `--source-url=<URL>`).
 * An unknown option, a `--source-url` without its URL or given twice, or one source URL for several seeds (it names
 * one letter's document) is a problem with the usage line; the URL itself is checked by the import.
 */
export function parseImportArgs(args: readonly string[]): ImportArgs | { problem: string } {
  const seeds: string[] = [];
  const unknown: string[] = [];
  let overwrite = false;
  const urls: string[] = [];
  const replaces: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--overwrite') overwrite = true;
    else if (arg === '--source-url') {
      const url = args[i + 1];
      if (url === undefined || url.startsWith('-'))
        return { problem: `--source-url needs the https URL of the inspectorate’s document\n${importUsage}` };
      urls.push(url);
      i += 1;
    } else if (arg.startsWith('--source-url=')) urls.push(arg.slice('--source-url='.length));
    else if (arg === '--replaces') {
      const id = args[i + 1];
      if (id === undefined || id.startsWith('-'))
        return { problem: `--replaces needs the id of the letter this seed is a corrected copy of\n${importUsage}` };
      replaces.push(id);
      i += 1;
    } else if (arg.startsWith('--replaces=')) replaces.push(arg.slice('--replaces='.length));
    else if (arg.startsWith('-')) unknown.push(arg);
    else seeds.push(arg);
  }
  if (unknown.length) return { problem: `unknown option ${unknown.join(', ')}\n${importUsage}` };
  if (!seeds.length) return { problem: importUsage };
  if (urls.length > 1) return { problem: `--source-url given ${urls.length} times: give it once\n${importUsage}` };
  if (urls.length && seeds.length > 1)
    return { problem: `--source-url names one letter’s document: import one seed at a time with it\n${importUsage}` };
  if (replaces.length > 1) return { problem: `--replaces given ${replaces.length} times: give it once\n${importUsage}` };
  if (replaces.length && seeds.length > 1)
    return { problem: `--replaces names one letter: import one seed at a time with it\n${importUsage}` };
  const [sourceUrl] = urls;
  const [replaced] = replaces;
  return { seeds, overwrite, ...(sourceUrl === undefined ? {} : { sourceUrl }), ...(replaced === undefined ? {} : { replaces: replaced }) };
}
