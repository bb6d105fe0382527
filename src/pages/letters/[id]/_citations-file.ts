import type { APIRoute, GetStaticPaths } from 'astro';
import { siteModel } from '../../../data/site';
import { citationFormats, formatCitations, type CitationFormat } from '../../../lib/publishing/citation-formats';
import { letterCitations } from '../../../lib/publishing/citations';
import { siteConfig } from '../../../site.config';

const utf8 = new TextEncoder();

/**
 * The routes of one format of every letter's citations file (/letters/<id>/citations.bib, .ris, .json): the letter,
 * then each of its findings and recommendations. One file per letter and format, not per item, keeps the build small;
 * a finding's or recommendation's own page offers its entry alone.
 */
export function citationsFile(id: CitationFormat['id']): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  const format = citationFormats.find((f) => f.id === id);
  if (!format) throw new Error(`no citation format "${id}"`);
  return {
    getStaticPaths: async () => (await siteModel()).letters.map((l) => ({ params: { id: l.letter.id } })),
    GET: async ({ params }) => {
      const model = await siteModel();
      const letter = model.letters.find((l) => l.letter.id === params.id);
      if (!letter) return new Response('not found', { status: 404 });
      // Bytes, not text: a Response made from a string measures and encodes it again, a cost in every letter's files.
      const text = formatCitations(format.id, letterCitations(letter, model, siteConfig.site));
      return new Response(utf8.encode(text), {
        headers: { 'content-type': `${format.mediaType}; charset=utf-8` },
      });
    },
  };
}
