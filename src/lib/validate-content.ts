import { createProcessor } from '@mdx-js/mdx';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Letter } from '../schemas/letter';
import { readLetterFile } from './letter-file';
import { loadReference } from './reference';
import { checkRegistry, idsOf, loadRegistry } from './registry';
import { checkCorpus } from './validate-letter';

const mdxParser = createProcessor();

/** Checks the components a letter body places against the letter (unknown sections or kinds, footnotes that do not exist). */
function checkBodyComponents(file: string, body: string, bodyLine: number, letter: Letter): string[] {
  const problems: string[] = [];
  const lineOf = (index: number) => bodyLine + body.slice(0, index).split('\n').length - 1;
  for (const m of body.matchAll(/<Findings\b([^>]*)\/>/g)) {
    const prop = (name: string) => new RegExp(`${name}=\\{?"([^"]*)"\\}?`).exec(m[1])?.[1];
    const section = prop('section');
    const kind = prop('kind');
    if (!section || !letter.sections.some((s) => s.id === section)) problems.push(`${file}:${lineOf(m.index)}: <Findings section>: unknown section "${section ?? ''}"; the letter's sections are ${letter.sections.map((s) => s.id).join(', ')}`);
    else if (kind !== 'strength' && kind !== 'improvement') problems.push(`${file}:${lineOf(m.index)}: <Findings kind>: must be "strength" or "improvement", found "${kind ?? ''}"`);
    else if (!letter.findings.some((f) => f.section === section && f.kind === kind)) problems.push(`${file}:${lineOf(m.index)}: <Findings section="${section}" kind="${kind}">: the frontmatter has no such findings`);
  }
  for (const m of body.matchAll(/<FootnoteRef\s+n=\{(\d+)\}\s*\/>/g)) {
    if (!letter.footnotes.some((f) => f.number === Number(m[1]))) problems.push(`${file}:${lineOf(m.index)}: <FootnoteRef n={${m[1]}}>: the letter has no footnote ${m[1]}`);
  }
  return problems;
}

/**
 * Checks a content folder the way the build does, before the build: reference data, every letter's
 * frontmatter and MDX body, ids across the site and the published-id registry. One line per problem,
 * each naming the file, the field (or line) and what is wrong; empty when all is well.
 */
export async function validateContentDir(contentDir: string, root = process.cwd()): Promise<string[]> {
  let reference;
  try {
    reference = loadReference(join(contentDir, 'reference'));
  } catch (error) {
    return (error as Error).message.split('\n');
  }
  const lettersDir = join(contentDir, 'letters');
  if (!existsSync(lettersDir)) return [`${relative(root, lettersDir)}: no letters folder`];
  const problems: string[] = [];
  const letters: { file: string; letter: Letter }[] = [];
  for (const name of readdirSync(lettersDir).filter((f) => f.endsWith('.mdx')).sort()) {
    const file = relative(root, join(lettersDir, name));
    const text = readFileSync(join(lettersDir, name), 'utf8');
    const result = readLetterFile(file, text, reference);
    if (!result.ok) {
      problems.push(...result.errors);
      continue;
    }
    if (name !== `${result.letter.id}.mdx`) problems.push(`${file}: id: "${result.letter.id}" does not match the file name; the file must be named ${result.letter.id}.mdx`);
    const end = text.indexOf('\n---', 3) + 4;
    const body = text.slice(end);
    const bodyLine = text.slice(0, end).split('\n').length;
    try {
      // Parsing finds every syntax error; compiling as well would cost far more for nothing more.
      mdxParser.parse(body);
    } catch (error) {
      const e = error as { line?: number; reason?: string; message: string };
      problems.push(`${file}:${e.line ? bodyLine + e.line - 1 : bodyLine}: the MDX body cannot be read: ${e.reason ?? e.message.split('\n')[0]}`);
      continue;
    }
    problems.push(...checkBodyComponents(file, body, bodyLine, result.letter));
    letters.push({ file, letter: result.letter });
  }
  problems.push(...checkCorpus(letters));
  try {
    problems.push(...checkRegistry(loadRegistry(contentDir), idsOf(letters.map((l) => l.letter)), relative(root, join(contentDir, 'published-ids.json'))));
  } catch (error) {
    problems.push((error as Error).message);
  }
  return problems;
}
