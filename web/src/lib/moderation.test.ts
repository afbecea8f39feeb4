import { translate } from '../i18n/I18nProvider';
import { reportReasonKey, reportReasons, waitInWords } from './moderation';
import { retryAfterSeconds } from '../api/http';

describe('moderation words shared by the public page and the queue', () => {
  it('names the four report reasons in Swedish and English', () => {
    expect(reportReasons.map((r) => translate('sv', reportReasonKey(r)))).toEqual([
      'Hot eller hat',
      'Personuppgifter',
      'Reklam eller spam',
      'Handlar inte om frågan',
    ]);
    expect(reportReasons.map((r) => translate('en', reportReasonKey(r)))).toEqual([
      'Threat or hate',
      'Personal data',
      'Advertising or spam',
      'Not about the question',
    ]);
  });

  it('says a wait in seconds, then in whole minutes', () => {
    const say = (seconds: number | undefined) => {
      const wait = waitInWords(seconds);
      return translate('sv', wait.key, { count: wait.count });
    };
    expect(say(1)).toBe('1 sekund');
    expect(say(45)).toBe('45 sekunder');
    expect(say(44.2)).toBe('45 sekunder');
    expect(say(119)).toBe('119 sekunder');
    expect(say(120)).toBe('2 minuter');
    expect(say(150)).toBe('3 minuter');
    expect(say(undefined)).toBe('60 sekunder');
  });

  it('reads Retry-After as seconds or as a date', () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    expect(retryAfterSeconds('30', now)).toBe(30);
    expect(retryAfterSeconds('Mon, 23 Nov 2026 10:01:00 GMT', now)).toBe(60);
    expect(retryAfterSeconds('Mon, 23 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterSeconds(null)).toBeUndefined();
    expect(retryAfterSeconds('soon')).toBeUndefined();
  });
});
