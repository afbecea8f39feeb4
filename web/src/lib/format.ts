/** Dates as people in Karlskoga read them: Swedish time zone, the UI's locale. */
const timeZone = 'Europe/Stockholm';

export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
}

export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** "10 december 2026 17:00–19:00", or with both dates when a session spans days. */
export function formatTimeRange(startIso: string, endIso: string, locale: string): string {
  const start = new Date(startIso);
  const end = new Date(endIso);
  const day = (d: Date) => new Intl.DateTimeFormat(locale, { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  const time = (d: Date) => new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(d);
  return day(start) === day(end)
    ? `${formatDate(startIso, locale)} ${time(start)}–${time(end)}`
    : `${formatDateTime(startIso, locale)} – ${formatDateTime(endIso, locale)}`;
}

/** A plain calendar date ("2027-02-06") shown in the locale, without time-zone shifts. */
export function formatPlainDate(date: string, locale: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/**
 * A deadline the API reckons in whole days of UTC (as its evidence lines and CSV do), shown as that day: the end of a
 * day (23:59:59.999Z) stays on that day instead of moving into the next one in Swedish time.
 */
export function formatUtcDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
}
