/** The /data/ page's words about each download's columns and keys, from the same definitions that write the files. */
import { listNames } from '../language/vocabulary';
import type { Column, ColumnType, Dataset } from './open-data';

const typeWords: Readonly<Record<ColumnType, string>> = {
  string: 'text',
  integer: 'whole number',
  date: 'date, YYYY-MM-DD',
  yearmonth: 'month, YYYY-MM',
  boolean: 'true or false',
};

/** A column's type in words: "text", "whole number", "URL", "text, never empty". */
export function columnTypeText(column: Column<never>): string {
  const base = column.format === 'uri' ? 'URL' : typeWords[column.type];
  return column.required ? `${base}, never empty` : `${base}, may be empty`;
}

/** What names a row and what its keys point to: "Each row is named by its letter_id, pdu_id and standard. letter_id and pdu_id name a row of inspections.csv." */
export function keySentence(set: Dataset, all: readonly Dataset[]): string {
  const named = `Each row is named by its ${listNames(set.primaryKey)}.`;
  const refers = set.foreignKeys.map((k) => {
    const other = all.find((d) => d.name === k.resource);
    if (!other) throw new Error(`${set.file}: a key refers to "${k.resource}", which is not a download`);
    const same = k.fields.join() === k.referenceFields.join();
    return `${listNames(k.fields)} ${k.fields.length === 1 ? 'names' : 'name'} a row of ${other.file}${same ? '' : ` (its ${listNames(k.referenceFields)})`}.`;
  });
  return [named, ...refers].join(' ');
}
