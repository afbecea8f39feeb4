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

// Numbers as the reader's language writes them (sv "100 000" and "2,5", en "100,000"): every number a person reads
// goes through these, whether a catalogue parameter (i18n.ts formats those) or a figure in a table. A year is not a
// quantity and is never grouped ("2026", not "2 026"): formatYear, which a catalogue's `{{year}}` gets.
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${locale}|${options.style ?? ''}|${options.minimumFractionDigits ?? ''}|${options.maximumFractionDigits ?? ''}|${String(options.useGrouping ?? '')}`;
  let format = numberFormats.get(id);
  if (!format) numberFormats.set(id, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** A count or a measure, grouped, with at most `maxDecimals` decimals ("100 000", "2,5"; Intl's own default is 3). */
export const formatNumber = (value: number, locale: string, maxDecimals = 3): string =>
  numberFormat(locale, { maximumFractionDigits: maxDecimals }).format(value);

/** A number with exactly `decimals` decimals (an average: "3,0"). */
export const formatDecimal = (value: number, locale: string, decimals: number): string =>
  numberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);

/** A year in the locale's digits, never grouped ("2026"). */
export const formatYear = (year: number, locale: string): string => numberFormat(locale, { useGrouping: false }).format(year);

/** A share (0–1) as whole per cent ("45 %" in Swedish, "45%" in English). */
export const formatPercent = (share: number, locale: string): string =>
  numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
