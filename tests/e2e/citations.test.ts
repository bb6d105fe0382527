import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { siteConfig } from '../../src/site.config';
import { must } from '../support';
import { axeViolations } from './support/axe';
import { holdingClipboard } from './support/clipboard';
import { backgroundResult } from './support/background';
import { openSite } from './support/browser';
import { removeScratchFolders } from './support/build';
import { parseReferences, type ReferenceFormat } from './support/citations';
import { builtPage, distDir, elementsIn, is, pageText, parseHtml } from './support/site';

const findingPath = '/findings/greater-manchester-2023-05-staff-improvement-2/';
const findingUrl = `${siteConfig.site}${findingPath}`;
const findingTitle =
  'Staff, area for improvement 2: Some workloads were high and difficult to manage… – Regional inspection letter: Greater Manchester';
const letterPath = '/letters/greater-manchester-2023-05/';

/** The citation_* meta tags of a page, by name (each name once). */
function citationMeta(tree: Root): Record<string, string> {
  const metas = elementsIn(tree, (e) => e.tagName === 'meta' && String(e.properties.name ?? '').startsWith('citation_'));
  return Object.fromEntries(metas.map((m) => [String(m.properties.name), String(m.properties.content)]));
}

/** Every JSON-LD block of a page, parsed; a block that is not JSON fails the test. */
function jsonLd(tree: Root): { '@context': string; '@graph': Record<string, unknown>[] }[] {
  return elementsIn(tree, (e) => is('script')(e) && e.properties.type === 'application/ld+json').map((s) =>
    JSON.parse(pageTextOfScript(s)),
  );
}
const pageTextOfScript = (script: { children: unknown[] }) =>
  script.children.map((c) => (c as { type: string; value?: string }).value ?? '').join('');

/** Every node of a JSON-LD graph, nested ones included, with the given @type. */
function nodesOfType(graph: unknown, type: string): Record<string, unknown>[] {
  if (Array.isArray(graph)) return graph.flatMap((g) => nodesOfType(g, type));
  if (typeof graph !== 'object' || graph === null) return [];
  const node = graph as Record<string, unknown>;
  return [...(node['@type'] === type ? [node] : []), ...Object.values(node).flatMap((v) => nodesOfType(v, type))];
}

/** The text of the format shown on a page (the <pre> of the "Cite this" disclosure). */
function shownFormat(tree: Root, id: string): string {
  const pre = must(elementsIn(tree, (e) => e.tagName === 'pre' && e.properties.id === `cite-${id}`)[0], `the ${id} block`);
  return pageTextOfScript(pre);
}

describe('citations on the built site', () => {
  const finding = parseHtml(builtPage(findingPath));

  it('shows BibTeX, RIS and CSL-JSON on a finding’s page that independent parsers read as the same title, date and URL', () => {
    const formats: [ReferenceFormat, string][] = [
      ['bibtex', 'bibtex'],
      ['biblatex', 'bibtex'],
      ['ris', 'ris'],
      ['csl', 'csl'],
    ];
    for (const [format, id] of formats) {
      const parsed = parseReferences(format, shownFormat(finding, id));
      expect(parsed, format).toEqual([
        expect.objectContaining({ title: findingTitle, date: '2023-05-25', url: findingUrl, authors: ['HM Inspectorate of Probation'] }),
      ]);
    }
  });

  it('gives the page citation_* tags Zotero reads, agreeing with the formats, and no original’s address the letter does not record', () => {
    expect(citationMeta(finding)).toEqual({
      citation_title: findingTitle,
      citation_author: 'HM Inspectorate of Probation',
      citation_publication_date: '2023/05/25',
      citation_publisher: 'HM Inspectorate of Probation',
      citation_technical_report_institution: 'HM Inspectorate of Probation',
      citation_language: 'en',
    });
    for (const path of [
      letterPath,
      '/recommendations/greater-manchester-2023-05-tameside-8/',
      '/pdus/wigan/',
      '/regions/greater-manchester/',
    ]) {
      const meta = citationMeta(parseHtml(builtPage(path)));
      expect(meta, path).toMatchObject({ citation_author: 'HM Inspectorate of Probation', citation_publication_date: '2023/05/25' });
      expect(Object.keys(meta), path).not.toContain('citation_pdf_url');
      expect(Object.keys(meta), path).not.toContain('citation_public_url');
    }
    expect(citationMeta(parseHtml(builtPage('/pdus/wigan/'))).citation_publisher).toBe(siteConfig.title);
    // A region with no letter has nothing to cite.
    expect(citationMeta(parseHtml(builtPage('/regions/london/')))).toEqual({});
    expect(pageText(builtPage('/regions/london/'))).not.toContain('Link to and cite this');
  });

  it('says plainly on the letter’s pages that the original’s address is not recorded, and never links to one', () => {
    for (const path of [letterPath, findingPath, '/recommendations/greater-manchester-2023-05-tameside-8/']) {
      const text = pageText(builtPage(path));
      expect(text, path).toContain('The address of the original on the inspectorate’s website is not recorded here.');
      expect(text, path).not.toContain('Read the original');
    }
  });

  it('gives a letter’s page JSON-LD: the letter as a Report by the inspectorate (a GovernmentOrganization), and its breadcrumbs', () => {
    const blocks = jsonLd(parseHtml(builtPage(letterPath)));
    expect(blocks).toHaveLength(1);
    const [block] = blocks;
    expect(block?.['@context']).toBe('https://schema.org');
    const [report, ...others] = nodesOfType(block, 'Report');
    expect(others).toEqual([]);
    expect(report).toMatchObject({
      '@id': `${siteConfig.site}${letterPath}`,
      name: 'Regional inspection letter: Greater Manchester',
      datePublished: '2023-05-25',
      url: `${siteConfig.site}${letterPath}`,
      author: { '@type': 'GovernmentOrganization', name: 'HM Inspectorate of Probation' },
      publisher: { '@type': 'GovernmentOrganization', name: 'HM Inspectorate of Probation' },
    });
    expect(report).not.toHaveProperty('sameAs');
    const [crumbs] = nodesOfType(block, 'BreadcrumbList');
    expect(crumbs?.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${siteConfig.site}/` },
      { '@type': 'ListItem', position: 2, name: 'Greater Manchester', item: `${siteConfig.site}/regions/greater-manchester/` },
      { '@type': 'ListItem', position: 3, name: 'Letter of 25 May 2023', item: `${siteConfig.site}${letterPath}` },
    ]);
  });

  it('gives a finding’s page JSON-LD quoting it as part of its letter’s Report, with breadcrumbs to it', () => {
    const [block] = jsonLd(finding);
    const [work] = nodesOfType(block, 'CreativeWork');
    expect(work).toMatchObject({ '@id': findingUrl, name: findingTitle, text: expect.stringMatching(/^Some workloads were high/) });
    expect(work?.isPartOf).toMatchObject({ '@type': 'Report', '@id': `${siteConfig.site}${letterPath}` });
    const [crumbs] = nodesOfType(block, 'BreadcrumbList');
    const items = crumbs?.itemListElement as { name: string; item: string }[];
    expect(items.map((i) => i.name)).toEqual(['Home', 'Greater Manchester', 'Letter of 25 May 2023', 'Staff', 'Area for improvement 2']);
    expect(items.at(-1)?.item).toBe(findingUrl);
    // The PDU and region pages cite the letters they were compiled from.
    const [pdu] = jsonLd(parseHtml(builtPage('/pdus/wigan/')));
    expect(nodesOfType(pdu, 'WebPage')[0]).toMatchObject({ '@id': `${siteConfig.site}/pdus/wigan/` });
    expect(nodesOfType(pdu, 'Report').map((r) => r['@id'])).toEqual([`${siteConfig.site}${letterPath}`]);
  });

  it('writes each letter’s citations files (the letter, its findings and recommendations), linked from its pages', () => {
    for (const [format, extension] of [
      ['bibtex', 'bib'],
      ['ris', 'ris'],
      ['csl', 'json'],
    ] as const) {
      const href = `${letterPath}citations.${extension}`;
      const parsed = parseReferences(format, readFileSync(`${distDir}${href}`, 'utf8'));
      expect(parsed[0], format).toMatchObject({
        id: 'greater-manchester-2023-05',
        title: 'Regional inspection letter: Greater Manchester',
      });
      expect(
        parsed.find((p) => p.id === 'greater-manchester-2023-05-staff-improvement-2'),
        format,
      ).toMatchObject({
        title: findingTitle,
        url: findingUrl,
        date: '2023-05-25',
      });
      expect(parsed, format).toHaveLength(68);
      for (const path of [letterPath, findingPath, '/recommendations/greater-manchester-2023-05-wigan-1/']) {
        const links = elementsIn(parseHtml(builtPage(path)), (e) => is('a')(e) && e.properties.href === href);
        expect(links, `${path} links ${href}`).toHaveLength(1);
        expect(links[0]?.properties.download, `${path} links ${href} as a download`).toBe(true);
      }
    }
  });
});

describe('citations of letters that record their original (the synthetic corpus)', () => {
  let plain: string;
  beforeAll(async () => {
    ({ dir: plain } = await backgroundResult('corpus'));
  });
  afterAll(removeScratchFolders);
  const page = (path: string) => parseHtml(readFileSync(`${plain}${path}index.html`, 'utf8'));

  it('links “Read the original on the inspectorate’s website” on the letter, finding and recommendation pages', () => {
    for (const [path, href, text] of [
      [
        '/letters/north-east-2024-03/',
        'https://inspectorate.example.org/documents/synthetic-north-east-2024-03.pdf',
        'Read the original on the inspectorate’s website (PDF)',
      ],
      [
        '/findings/wales-2024-10-leadership-strength-2/',
        'https://inspectorate.example.org/inspections/synthetic-wales-2024-10/',
        'Read the original on the inspectorate’s website',
      ],
      [
        '/recommendations/wales-2024-10-southvale-3/',
        'https://inspectorate.example.org/inspections/synthetic-wales-2024-10/',
        'Read the original on the inspectorate’s website',
      ],
    ] as const) {
      const links = elementsIn(page(path), (e) => is('a')(e) && e.properties.href === href);
      expect(
        links.map((a) => pageText(a)),
        path,
      ).toEqual([text]);
    }
    expect(pageText(page('/letters/north-east-2022-06/'))).toContain('is not recorded here');
  });

  it('gives the original as citation_pdf_url for a PDF and citation_public_url otherwise, and as the Report’s sameAs', () => {
    expect(citationMeta(page('/letters/north-east-2024-03/'))).toMatchObject({
      citation_pdf_url: 'https://inspectorate.example.org/documents/synthetic-north-east-2024-03.pdf',
    });
    const wales = page('/findings/wales-2024-10-leadership-strength-2/');
    expect(citationMeta(wales)).toMatchObject({
      citation_public_url: 'https://inspectorate.example.org/inspections/synthetic-wales-2024-10/',
    });
    const [report] = nodesOfType(jsonLd(wales), 'Report');
    expect(report?.sameAs).toBe('https://inspectorate.example.org/inspections/synthetic-wales-2024-10/');
  });

  it('keeps markup in a letter’s text as text in the JSON-LD and in every format', () => {
    const tree = page('/findings/wales-2024-10-leadership-strength-2/');
    const text = 'Governance was strong; a <script>alert("x")</script> tag and {curly braces} stay as text.';
    expect(nodesOfType(jsonLd(tree), 'CreativeWork')[0]?.text).toBe(text);
    for (const [format, id] of [
      ['biblatex', 'bibtex'],
      ['ris', 'ris'],
      ['csl', 'csl'],
    ] as const) {
      expect(parseReferences(format, shownFormat(tree, id))[0]?.note, format).toContain(`“${text}”`);
    }
  });
});

describe.concurrent('Cite this in Chromium', () => {
  let site: Awaited<ReturnType<typeof openSite>>;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it('copies the reference with today’s date in place of the accessed-date placeholder', async ({ expect }) => {
    const context = await site.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(site.url(findingPath));
    const copied = await holdingClipboard(async () => {
      await page.click('button[data-copy-from="cite-reference"]');
      await page.waitForFunction(() => /Reference copied/.test(document.body.textContent ?? ''));
      return page.evaluate(() => navigator.clipboard.readText());
    });
    const today = await page.evaluate(() =>
      new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date()),
    );
    expect(copied).toContain(`Available at: ${findingUrl} (Accessed: ${today}).`);
    expect(copied).not.toContain('add the date you read it');
    expect(copied).toMatch(
      /^HM Inspectorate of Probation \(2023\) Regional inspection letter: Greater Manchester, 25 May 2023\. Staff, area for improvement 2: “Some workloads/,
    );
    await context.close();
  });

  it('downloads the finding’s BibTeX as a file that parses to the same title, date and URL, and has no accessibility violations with the formats open', async ({
    expect,
  }) => {
    const context = await site.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(site.url(findingPath));
    await page.click('.cite-formats summary');
    expect.soft(await axeViolations(page), 'axe-core violations').toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-download-from="cite-bibtex"]')]);
    expect(download.suggestedFilename()).toBe('greater-manchester-2023-05-staff-improvement-2.bib');
    // The browser is shared over a connection, so the file is read as a stream rather than from its path.
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    expect(parseReferences('bibtex', Buffer.concat(chunks).toString('utf8'))).toEqual([
      expect.objectContaining({ title: findingTitle, date: '2023-05-25', url: findingUrl }),
    ]);
    await context.close();
  });

  it('shows the reference with the accessed date left to the reader and every format without JavaScript, with no buttons', async ({
    expect,
  }) => {
    const page = await site.newPage({ javaScript: false });
    await page.goto(site.url('/pdus/wigan/'));
    expect(await page.locator('#cite-reference').innerText()).toContain('(Accessed: add the date you read it).');
    await page.click('.cite-formats summary');
    for (const id of ['bibtex', 'ris', 'csl']) expect(await page.locator(`#cite-${id}`).isVisible(), id).toBe(true);
    expect(await page.locator('.permalink button').evaluateAll((buttons) => buttons.filter((b) => !(b as HTMLElement).hidden).length)).toBe(
      0,
    );
    await page.close();
  });
});
