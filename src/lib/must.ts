/**
 * Returns a value the code's own logic guarantees is there (a regular expression's non-optional group,
 * an index found a moment ago), or throws an Error naming what is missing: never a default that could be
 * published as if it were read.
 */
export function must<T>(value: T, what: string): NonNullable<T> {
  if (value === undefined || value === null) throw new Error(`${what} is missing`);
  return value;
}
