import { translate } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { countsText, filterParams, readFilter, targetGroupOf, unexplainedGroups } from './labels';

const sv = (key: MessageKey, params?: Record<string, string | number>) => translate('sv', key, params);
const en = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);

describe('the compliance dashboard’s helpers', () => {
  it('counts what is not met and what is about to be missed, in words', () => {
    expect(countsText({ notMet: 2, aboutToBeMissed: 1 }, sv)).toBe('2 inte uppfyllda, 1 snart försenad');
    expect(countsText({ notMet: 1, aboutToBeMissed: 3 }, sv)).toBe('1 inte uppfyllt, 3 snart försenade');
    expect(countsText({ notMet: 0, aboutToBeMissed: 0 }, sv)).toBe('Inget löfte är missat eller snart försenat.');
    expect(countsText({ notMet: 2, aboutToBeMissed: 0 }, en)).toBe('2 not met, 0 about to be missed');
  });

  it('maps a target group’s name from the evidence to the API’s camelCase', () => {
    expect(targetGroupOf('YoungPeople')).toBe('youngPeople');
    expect(targetGroupOf('PeopleWithDisabilities')).toBe('peopleWithDisabilities');
    expect(targetGroupOf('Open')).toBeUndefined();
  });

  it('finds the target groups that are under-reached and not explained', () => {
    const evidence = [
      'YoungPeople: 10 % of 40 who answered, configured share 20 %: under-reached, not explained.',
      'OlderPeople: 30 % of 40 who answered, configured share 20 %: reached.',
      'BusinessOwners: 2 % of 40 who answered, configured share 10 %: under-reached, explained: We tried; it was not explained.',
      'PeopleBornAbroad: no answers of 0 who answered, configured share 15 %: under-reached, not explained.',
      'YoungPeople: 10 % of 40 who answered, configured share 20 %: under-reached, not explained.',
      'Open 2026-03-01–2026-03-31: 30 days (at least 14).',
    ];
    expect(unexplainedGroups(evidence)).toEqual(['youngPeople', 'peopleBornAbroad']);
    expect(unexplainedGroups(['No target groups named.'])).toEqual([]);
  });

  it('keeps the filters in the address and ignores what is not a filter', () => {
    const params = filterParams({ year: 2026, committee: 'Tekniska nämnden', status: 'closed' });
    expect(params.toString()).toBe('ar=2026&namnd=Tekniska+n%C3%A4mnden&status=closed');
    expect(readFilter(params)).toEqual({ year: 2026, committee: 'Tekniska nämnden', status: 'closed' });
    expect(readFilter(new URLSearchParams('ar=tjugo&namnd=+&status=stängd'))).toEqual({ year: undefined, committee: undefined, status: undefined });
    expect(filterParams({}).toString()).toBe('');
  });
});
