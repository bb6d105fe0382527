import { siteCharts } from '../../../../src/lib/charts/catalogue';
import { modelOf, root } from '../../../support';

const dir = `${root}content/letters`;

/** The site model of the committed content, and its charts, for the image tests. */
export const model = modelOf(dir);
export const charts = siteCharts(model);
