import { readFileSync } from 'node:fs';
import { filesUnder } from './links';
import { distDir } from './site';

/** One page of every type the site builds. */
export const pageTypes: Record<string, string> = {
  home: '/',
  regions: '/regions/',
  region: '/regions/greater-manchester/',
  'region without letters': '/regions/london/',
  letters: '/letters/',
  letter: '/letters/greater-manchester-2023-05/',
  pdus: '/pdus/',
  pdu: '/pdus/tameside/',
  domains: '/domains/',
  domain: '/domains/2-court-work-and-case-supervision/',
  standard: '/domains/2-2-assessment/',
  area: '/domains/statutory-victim-work/',
  findings: '/findings/',
  finding: '/findings/greater-manchester-2023-05-staff-improvement-2/',
  recommendation: '/recommendations/greater-manchester-2023-05-tameside-8/',
  'recommendation with similar ones': '/recommendations/greater-manchester-2023-05-tameside-3/',
  'recurring recommendations': '/recommendations/recurring/',
  explorer: '/recommendations/',
  data: '/data/',
  'embedded chart': '/embed/region-greater-manchester-ratings/',
  'not found': '/no-such-page/',
};

/** Page types that need JavaScript to show their content, with the state that shows it. */
export const interactivePageTypes: Record<string, string> = {
  'search with results': '/search/?q=staff&kind=Key+strength',
  'compare with a selection': '/compare/?pdus=wigan,tameside',
};

/**
 * Every built page that shows a chart (by its path; the compare page with a selection, as it shows its charts once PDUs
 * are chosen), and an embed page of each kind of chart.
 */
export const chartPages: string[] = [
  ...filesUnder(distDir)
    .filter(
      (f) => f.endsWith('index.html') && !f.startsWith('embed/') && readFileSync(`${distDir}/${f}`, 'utf8').includes('class="chart__svg"'),
    )
    .map((f) => `/${f.replace(/index\.html$/, '')}`)
    .map((path) => (path === '/compare/' ? '/compare/?pdus=wigan,tameside' : path)),
  '/embed/region-greater-manchester-ratings/',
  '/embed/latest-scores/',
  '/embed/region-greater-manchester-figures-workload/',
];
