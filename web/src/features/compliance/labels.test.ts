import { translate } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/catalogue';
import { countsText, filterParams, readFilter } from './labels';

const sv = (key: MessageKey, params?: Record<string, string | number>) => translate('sv', key, params);
const en = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);

describe('the compliance dashboard’s helpers', () => {
  it('counts what is not met and what is about to be missed, in words', () => {
    expect(countsText({ notMet: 2, aboutToBeMissed: 1 }, sv)).toBe('2 inte uppfyllda, 1 snart försenad');
    expect(countsText({ notMet: 1, aboutToBeMissed: 3 }, sv)).toBe('1 inte uppfyllt, 3 snart försenade');
    expect(countsText({ notMet: 0, aboutToBeMissed: 0 }, sv)).toBe('Inget löfte är missat eller snart försenat.');
    expect(countsText({ notMet: 2, aboutToBeMissed: 0 }, en)).toBe('2 not met, 0 about to be missed');
  });

  it('keeps the filters in the address and ignores what is not a filter', () => {
    const params = filterParams({ year: 2026, committee: 'Tekniska nämnden', status: 'closed' });
    expect(params.toString()).toBe('ar=2026&namnd=Tekniska+n%C3%A4mnden&status=closed');
    expect(readFilter(params)).toEqual({ year: 2026, committee: 'Tekniska nämnden', status: 'closed' });
    expect(readFilter(new URLSearchParams('ar=tjugo&namnd=+&status=stängd'))).toEqual({ year: undefined, committee: undefined, status: undefined });
    expect(filterParams({}).toString()).toBe('');
  });
});
