import { readdirSync, readFileSync } from 'node:fs';
import { siteCharts } from '../../../../src/lib/charts/catalogue';
import { readLetterFile } from '../../../../src/lib/checking/letter-file';
import { buildSiteModel } from '../../../../src/lib/model/site-model';
import { reference, root } from '../../../support';

const dir = `${root}content/letters`;

/** The site model of the committed content, and its charts, for the image tests. */
export const model = buildSiteModel(
  readdirSync(dir).map((file) => {
    const r = readLetterFile(file, readFileSync(`${dir}/${file}`, 'utf8'), reference);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    return r.letter;
  }),
  reference,
);
export const charts = siteCharts(model);
