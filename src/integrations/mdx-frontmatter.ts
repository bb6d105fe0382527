import type { Plugin } from 'vite';
import type { Letter } from '../schemas/letter';

const frontmatter = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)(---)/;

/**
 * Build only: gives each letter's MDX compiler just the frontmatter its body's rendering reads (the PDUs' ids and
 * names, which rehype-link-pdus links in the narrative), not the whole frontmatter, which the content check has
 * already read and Astro's content store holds. Otherwise every letter's module carries its entire frontmatter as a
 * JavaScript object and the compiler reads it as blank text (npm run bench). The importedSha256 is kept too, for
 * remark-corrections (src/lib/publishing/remark-corrections.ts). The lines are kept, so an MDX error
 * still names the right line of the file. A letter the content check did not read is refused, not compiled as is.
 */
export function mdxFrontmatterPlugin(checkedLetter: (file: string) => Letter | undefined): Plugin {
  return {
    name: 'probation-inspections:mdx-frontmatter',
    enforce: 'pre',
    apply: 'build',
    transform: {
      filter: { id: /\.mdx$/ },
      handler(code, id) {
        const letter = checkedLetter(id);
        if (!letter) throw new Error(`${id}: the content check did not read this letter, so it is not compiled.`);
        const found = frontmatter.exec(code);
        if (!found) throw new Error(`${id}: no frontmatter between --- lines at the top of the file.`);
        const [whole, open = '', yaml = '', close = ''] = found;
        const pdus = `pdus: ${JSON.stringify(letter.pdus.map((p) => ({ id: p.id, name: p.name })))}\n`;
        // The import record's hash: remark-corrections marks the narrative against that record, so a compile kept
        // between builds (keyed by this text) is compiled afresh when the record changes.
        const hash = letter.importedSha256 ? `importedSha256: "${letter.importedSha256}"\n` : '';
        const lines = yaml.split('\n').length - 1;
        const kept = hash ? 2 : 1;
        return { code: `${open}${pdus}${hash}${'\n'.repeat(Math.max(0, lines - kept))}${close}${code.slice(whole.length)}`, map: null };
      },
    },
  };
}
