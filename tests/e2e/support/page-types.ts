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
