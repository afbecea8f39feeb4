// Which year the transparency page shows: the year is in the address (/insyn/2026); /insyn picks one.

/** A year from the address, within what the API reports on (2000–2100); undefined for anything else. */
export function parseYear(value: string | undefined): number | undefined {
  if (!value || !/^\d{4}$/.test(value)) return undefined;
  const year = Number(value);
  return year >= 2000 && year <= 2100 ? year : undefined;
}

/**
 * The year /insyn shows: the current year when it has dialogues; otherwise the latest earlier year that has; otherwise
 * (nothing yet, or only dialogues opening in later years) the current year.
 */
export function chooseYear(years: readonly number[], current: number): number {
  if (years.includes(current)) return current;
  const earlier = years.filter((y) => y < current);
  return earlier.length > 0 ? Math.max(...earlier) : current;
}

/** The years to switch between, newest first, always with the year shown. */
export function yearLinks(years: readonly number[], shown: number): number[] {
  return [...new Set([...years, shown])].sort((a, b) => b - a);
}
