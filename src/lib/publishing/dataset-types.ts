/** The shape of a CSV download's definition (open-data.ts): its columns with name, type, description and keys. */
/** A column's Table Schema type: text, a whole number, a date (YYYY-MM-DD), a month (YYYY-MM) or true/false. */
export type ColumnType = 'string' | 'integer' | 'date' | 'yearmonth' | 'boolean';

/** A column of a download: its name, type and what it holds (documented on the /data/ page and in the data package). */
export interface Column<T> {
  name: string;
  type: ColumnType;
  description: string;
  /** Never empty. */
  required?: boolean;
  /** The only values it takes (when not empty). */
  enum?: readonly string[];
  /** "uri" for a column of absolute URLs. */
  format?: 'uri';
  /** Text that can look like a number ("2.10"): always written in quotes, and declared a string, so no reader turns it into 2.1. */
  textId?: boolean;
  value: (row: T) => string | number | undefined;
}

/** A column (or columns) whose values name rows of another download. */
export interface ForeignKey {
  fields: string[];
  /** The other download's resource name. */
  resource: string;
  /** The other download's key columns. */
  referenceFields: string[];
}

/** A CSV download: file name, resource name, what one row is, its columns, keys and rows. */
export interface Dataset<T = unknown> {
  file: string;
  /** Its name in the data package: lower-case, hyphens. */
  name: string;
  title: string;
  row: string;
  columns: Column<T>[];
  /** The columns that together name one row. */
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  rows: T[];
}
