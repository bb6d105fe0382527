/** The little of @citation-js/core (which ships no types) the tests use: parse any supported input into CSL-JSON. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    /** The entries read, as CSL-JSON items. */
    data: unknown[];
  }
}
