import type { RetiredId } from '../schemas/registry';

/** The retired ids of one kind, as static paths whose page redirects to the replacement. */
export function retiredPaths(retired: readonly RetiredId[], kind: RetiredId['kind']) {
  return retired.filter((r) => r.kind === kind).map((r) => ({ params: { id: r.id }, props: { retired: r } }));
}
