import { citationsFile } from './_citations-file';

/** Every reference in one letter, as json (see _citations-file.ts). */
export const { getStaticPaths, GET } = citationsFile('csl');
