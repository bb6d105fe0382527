import type { CopyRecipient, Person, Publisher } from '../schemas/person';
import type { SeedProblem } from './errors';
import type { Ledger } from './ledger';
import type { SeedLine } from './lines';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Reads "25 May 2023" as "2023-05-25", or undefined (also for a day the month does not have). */
export function parseLongDate(text: string): string | undefined {
  const [, day, monthName, year] = /^(\d{1,2})\s+([A-Z][a-z]+)\s+(\d{4})$/.exec(text.trim()) ?? [];
  if (!day || !monthName || !year) return undefined;
  const month = months.indexOf(monthName) + 1;
  if (month === 0) return undefined;
  if (Number(day) < 1 || Number(day) > new Date(Date.UTC(Number(year), month, 0)).getUTCDate()) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

const monthWord = `(?:${months.map((m) => `${m}|${m.slice(0, 3)}`).join('|')})\\.?`;
const ordinal = '\\d{1,2}(?:st|nd|rd|th)';
/**
 * Lines written as a date in a form the importer does not read, each with what it lacks; the first that fits names
 * the problem. "25 Mya 2023" and "31 June 2023" have the form but are no date.
 */
const otherDateForms: readonly [RegExp, string][] = [
  [/^\d{4}-\d{1,2}-\d{1,2}$/, 'it is written in numbers'],
  [/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/, 'it is written in numbers'],
  [new RegExp(`^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+\\S.*\\d{4}$`, 'i'), 'it starts with the day of the week'],
  [new RegExp(`^${ordinal}\\s+(?:of\\s+)?${monthWord},?\\s+\\d{4}$`, 'i'), 'its day is written as an ordinal ("25th")'],
  [new RegExp(`^${ordinal}\\s+(?:of\\s+)?${monthWord}$`, 'i'), 'it has no year'],
  [new RegExp(`^\\d{1,2}\\s+${monthWord}$`, 'i'), 'it has no year'],
  [new RegExp(`^\\d{1,2}\\s+${monthWord},\\s+\\d{4}$`, 'i'), 'it has a comma before the year'],
  [new RegExp(`^${monthWord}\\s+(?:\\d{1,2}|${ordinal}),?\\s+\\d{4}$`, 'i'), 'its month comes before its day'],
  [new RegExp(`^${monthWord},?\\s+\\d{4}$`, 'i'), 'it has no day'],
];
/** The form parseLongDate reads, to say what is wrong with a line that has it but is no date. */
const longDateForm = /^(\d{1,2})\s+(\p{L}+)\s+(\d{4})$/u;

/** Why a line written as a date is not one the importer reads, or undefined for a line that reads (or is no date at all). */
export function unreadableDate(text: string): string | undefined {
  const t = text.trim();
  if (parseLongDate(t)) return undefined;
  const [, day, month, year] = longDateForm.exec(t) ?? [];
  if (day && month && year)
    return months.includes(month) ? `${month} ${year} has no day ${day}` : `"${month}" is not a month's name written in full`;
  return otherDateForms.find(([form]) => form.test(t))?.[1];
}

/** Reads "March 2023" as "2023-03", or undefined. */
export function parseMonthYear(text: string): string | undefined {
  const [, monthName, year] = /^([A-Z][a-z]+)\s+(\d{4})$/.exec(text.trim()) ?? [];
  const month = monthName ? months.indexOf(monthName) + 1 : 0;
  return year && month ? `${year}-${String(month).padStart(2, '0')}` : undefined;
}

const isEmail = (s: string) => /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/.test(s);

/** Splits "Name, Role" at its first comma. */
export function parsePerson(text: string): Person | undefined {
  const i = text.indexOf(', ');
  return i > 0 ? { name: text.slice(0, i), role: text.slice(i + 2) } : undefined;
}

/** Reads one copy-list line: "Name, Role", "Team, address@x", or a bare address. */
export function parseCopyRecipient(text: string): CopyRecipient {
  if (isEmail(text)) return { email: text };
  const last = text.lastIndexOf(', ');
  if (last > 0 && isEmail(text.slice(last + 2))) {
    const rest = parsePerson(text.slice(0, last));
    return rest ? { ...rest, email: text.slice(last + 2) } : { name: text.slice(0, last), email: text.slice(last + 2) };
  }
  return parsePerson(text) ?? { name: text };
}

/** What the letter's opening holds. */
export interface LetterHeader {
  publisher: Publisher;
  date: string;
  /** The source line of the date. */
  dateLine: number;
  recipient: Person;
  copyList: CopyRecipient[];
  salutation: string;
}

/**
 * Reads the opening of a letter (letterhead, date, To:, cc:, salutation) from the lines before the body.
 * Returns the header and the index of the first body line.
 */
export function parseHeader(
  lines: readonly SeedLine[],
  ledger: Ledger,
  problems: SeedProblem[],
): { header?: LetterHeader; bodyStart: number } {
  const dateAt = lines.findIndex((l) => parseLongDate(l.text));
  const toAt = lines.findIndex((l) => /^To:?$/i.test(l.text));
  const ccAt = lines.findIndex((l) => /^cc:?$/i.test(l.text));
  const dearAt = lines.findIndex((l) => /^Dear\s.+,$/.test(l.text));
  const badDate = lines.findIndex((l, i) => (toAt < 0 || i < toAt) && unreadableDate(l.text));
  const badDateLine = lines[badDate];
  if (badDateLine && (dateAt < 0 || dateAt > badDate)) {
    problems.push({
      line: badDateLine.n,
      message: `cannot read the date "${badDateLine.text}" (${unreadableDate(badDateLine.text)}): expected a day, a month and a year such as "25 May 2023"`,
    });
    return { bodyStart: lines.length };
  }
  const dateLine = lines[dateAt];
  const toLine = lines[toAt];
  const dearLine = lines[dearAt];
  const date = dateLine && parseLongDate(dateLine.text);
  if (!date || !toLine || !dearLine || !(dateAt < toAt && toAt < dearAt)) {
    problems.push({ message: 'not a letter: expected a date line (e.g. "25 May 2023"), then "To:", then a salutation ("Dear …,")' });
    return { bodyStart: lines.length };
  }

  // The letterhead is the block just above the date; anything above it must be the logo, which repeats the name.
  const letterhead = lines.slice(0, dateAt).filter((l) => l.block === lines[dateAt - 1]?.block);
  const logo = lines.slice(0, dateAt).filter((l) => l.block !== lines[dateAt - 1]?.block);
  const publisherName = letterhead[0]?.text ?? '';
  if (logo.length && logo.map((l) => l.text).join(' ') !== publisherName) {
    for (const l of logo) problems.push({ line: l.n, message: `cannot place "${l.text}" above the letterhead` });
  }
  for (const l of letterhead) ledger.place(l, 'letterhead');
  if (!logo.length || logo.map((l) => l.text).join(' ') === publisherName) for (const l of logo) ledger.place(l, 'letterhead');
  ledger.place(dateLine, 'date');
  ledger.place(toLine, 'addressee');
  const rest = letterhead.slice(1);
  const publisher: Publisher = {
    name: publisherName,
    address: rest.filter((l) => !isEmail(l.text) && !/^(www\.|https?:)/.test(l.text)).map((l) => l.text),
    email: rest.find((l) => isEmail(l.text))?.text,
    website: rest.find((l) => /^(www\.|https?:)/.test(l.text))?.text,
  };
  for (const l of lines.slice(dateAt + 1, toAt))
    problems.push({ line: l.n, message: `cannot place "${l.text}" between the date and "To:"` });

  const recipientLines = lines.slice(toAt + 1, ccAt > toAt ? ccAt : dearAt);
  const recipient = recipientLines.length === 1 && recipientLines[0] ? parsePerson(recipientLines[0].text) : undefined;
  if (!recipient) {
    problems.push({ line: toLine.n, message: 'expected one line "Name, Role" after "To:"' });
    return { bodyStart: dearAt + 1 };
  }
  for (const l of recipientLines) ledger.place(l, 'addressee');
  const copyLines = ccAt > toAt ? lines.slice(ccAt, dearAt) : [];
  for (const l of copyLines) ledger.place(l, 'copy list');
  ledger.place(dearLine, 'salutation');
  const copyList = copyLines.slice(1).map((l) => parseCopyRecipient(l.text));
  return {
    header: { publisher, date, dateLine: dateLine.n, recipient, copyList, salutation: dearLine.text },
    bodyStart: dearAt + 1,
  };
}
