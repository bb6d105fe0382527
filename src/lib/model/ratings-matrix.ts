import type { Framework, Standard } from '../../schemas/framework';
import type { Rating } from '../../schemas/rating';
import { standardSlug } from './domains';
import { standardsOf } from './reference';
import type { InspectionRecord } from './site-model';

/** A ratings matrix: inspections as rows, a framework's standards as columns. */
export interface RatingsMatrix {
  framework: Framework;
  columns: (Standard & { slug: string })[];
  rows: { record: InspectionRecord; cells: { standard: string; rating?: Rating }[] }[];
}

/**
 * Lays out inspections as a matrix, one per framework they were rated under (standards differ between
 * frameworks, so they never share columns). Standards not rated are cells without a rating.
 */
export function ratingsMatrices(records: readonly InspectionRecord[]): RatingsMatrix[] {
  const frameworks = [...new Map(records.map((r) => [r.letter.framework.id, r.letter.framework])).values()];
  return frameworks.map((framework) => {
    const columns = standardsOf(framework).map((s) => ({ ...s, slug: standardSlug(s) }));
    return {
      framework,
      columns,
      rows: records
        .filter((r) => r.letter.framework.id === framework.id)
        .map((record) => ({
          record,
          cells: columns.map((c) => {
            const rating = record.inspection.ratings[c.id];
            return { standard: c.id, ...(rating ? { rating } : {}) };
          }),
        })),
    };
  });
}
