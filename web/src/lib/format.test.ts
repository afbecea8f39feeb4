import { formatDate, formatDecimal, formatNumber, formatPercent, formatPlainDate, formatTimeRange, formatUtcDate, formatYear } from './format';

describe('format', () => {
  it('shows dates in Swedish time, in Swedish', () => {
    // 23:30 UTC on 31 December is already 1 January in Karlskoga.
    expect(formatDate('2026-12-31T23:30:00Z', 'sv-SE')).toBe('1 januari 2027');
  });

  it('shows a session on one day with its start and end time', () => {
    expect(formatTimeRange('2026-12-10T17:00:00Z', '2026-12-10T19:00:00Z', 'sv-SE')).toBe('10 december 2026 18:00–20:00');
  });

  it('shows a plain date without shifting it across time zones', () => {
    expect(formatPlainDate('2027-02-06', 'en-GB')).toBe('6 February 2027');
  });

  it('shows a deadline reckoned in UTC days as that day, also at the very end of it', () => {
    expect(formatUtcDate('2027-02-09T23:59:59.9999999+00:00', 'sv-SE')).toBe('9 februari 2027');
    expect(formatUtcDate('2027-02-09T00:00:00Z', 'en-GB')).toBe('9 February 2027');
  });

  it('groups numbers and writes decimals as the reader’s language does', () => {
    expect(formatNumber(100000, 'sv-SE')).toBe('100\u00a0000');
    expect(formatNumber(100000, 'en-GB')).toBe('100,000');
    expect(formatNumber(2.5, 'sv-SE')).toBe('2,5');
    expect(formatNumber(2.25, 'sv-SE', 1)).toBe('2,3');
    expect(formatDecimal(3, 'sv-SE', 1)).toBe('3,0');
    expect(formatPercent(0.45, 'sv-SE')).toBe('45\u00a0%');
    expect(formatPercent(0.45, 'en-GB')).toBe('45%');
    expect(formatNumber(100000, 'fa-AF-u-ca-gregory')).toBe('۱۰۰٬۰۰۰');
  });

  it('never groups a year', () => {
    expect(formatYear(2026, 'sv-SE')).toBe('2026');
    expect(formatYear(2026, 'en-GB')).toBe('2026');
  });
});
