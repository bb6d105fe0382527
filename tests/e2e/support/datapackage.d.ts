/** The few parts of the `datapackage` npm package (Frictionless Data's JavaScript library, v1 specs) the tests use; it ships no types. */
declare module 'datapackage' {
  export interface Resource {
    name: string;
    tabular: boolean;
    descriptor: { path?: string; schema?: { fields: { name: string }[] } };
    read(options?: { cast?: boolean; keyed?: boolean; relations?: boolean }): Promise<Record<string, unknown>[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
    descriptor: Record<string, unknown>;
  }
}
