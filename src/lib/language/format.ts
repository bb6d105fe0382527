const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

// Pages format the same few dates thousands of times in a build, and Intl formatting is slow: keep each result.
const formattedDates = new Map<string, string>();

/** "2023-05-25" -> "25 May 2023". */
export function formatDate(iso: string): string {
  let text = formattedDates.get(iso);
  if (text === undefined) {
    text = longDate.format(new Date(`${iso}T00:00:00Z`));
    formattedDates.set(iso, text);
  }
  return text;
}

/** "2023-03" -> "March 2023". */
export function formatMonth(isoMonth: string): string {
  return monthYear.format(new Date(`${isoMonth}-01T00:00:00Z`));
}

/** Prefixes a site path with the base path: withBase("/inspections/", "/letters/x/") -> "/inspections/letters/x/". */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
