import { chooseYear, parseYear, yearLinks } from './years';

describe('the year of the transparency page', () => {
  it('reads a year from the address, within what the API reports on', () => {
    expect(parseYear('2026')).toBe(2026);
    expect(parseYear('1999')).toBeUndefined();
    expect(parseYear('20266')).toBeUndefined();
    expect(parseYear('år')).toBeUndefined();
    expect(parseYear(undefined)).toBeUndefined();
  });

  it('shows the current year when it has dialogues, else the latest earlier year, else the current year', () => {
    expect(chooseYear([2027, 2026, 2025], 2026)).toBe(2026);
    expect(chooseYear([2027, 2024, 2023], 2026)).toBe(2024);
    expect(chooseYear([2027], 2026)).toBe(2026);
    expect(chooseYear([], 2026)).toBe(2026);
  });

  it('lists the years newest first, with the year shown', () => {
    expect(yearLinks([2025, 2026], 2026)).toEqual([2026, 2025]);
    expect(yearLinks([2025], 2027)).toEqual([2027, 2025]);
  });
});
