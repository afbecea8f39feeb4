import { translate } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/catalogue';
import type { ModerationAction, QueueReason } from '../../api/client';
import { actionKey, hitText, policeReportFileName, queueReasonKey, queueSummary, shortId, waitedText } from './labels';

const sv = (key: MessageKey, params?: Record<string, string | number>) => translate('sv', key, params);
const en = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);

describe('the moderators’ words', () => {
  it('names why an opinion waits', () => {
    const reasons: QueueReason[] = ['preModeration', 'threat', 'hate', 'personalData', 'nearDuplicate', 'reported'];
    expect(reasons.map((r) => sv(queueReasonKey(r)))).toEqual([
      'Förhandsgranskning',
      'Hot',
      'Hat eller kränkande ord',
      'Personuppgifter',
      'Många likadana synpunkter',
      'Anmäld',
    ]);
    expect(reasons.map((r) => en(queueReasonKey(r))).every((text) => !text.startsWith('moderation.'))).toBe(true);
  });

  it('names every action of the audit log', () => {
    const actions: ModerationAction[] = ['heldAutomatically', 'heldAfterReports', 'approved', 'hidden', 'markedAsSpam', 'markedForPoliceReport'];
    expect(actions.map((a) => sv(actionKey(a)))).toEqual([
      'Stoppad automatiskt',
      'Stoppad efter anmälningar',
      'Godkänd',
      'Dold',
      'Markerad som skräppost',
      'Markerad för polisanmälan',
    ]);
    expect(actions.map((a) => en(actionKey(a)))).toContain('Marked for a police report');
  });

  it('quotes a lexicon phrase and names a kind of personal data', () => {
    expect(hitText({ category: 'threat', term: 'ska döda dig' }, sv)).toBe('”ska döda dig” (hot)');
    expect(hitText({ category: 'hate', term: 'pack' }, sv)).toBe('”pack” (hat eller kränkande ord)');
    expect(hitText({ category: 'personalData', term: 'telefonnummer' }, sv)).toBe('telefonnummer (personuppgifter)');
    expect(hitText({ category: 'personalData', term: 'telefonnummer' }, en)).toBe('phone number (personal data)');
    expect(hitText({ category: 'personalData', term: 'e-postadress' }, en)).toBe('e-mail address (personal data)');
  });

  it('says how long an item has waited', () => {
    expect(waitedText(0.4, sv)).toBe('Väntat i mindre än en timme');
    expect(waitedText(1.7, sv)).toBe('Väntat i 1 timme');
    expect(waitedText(25.4, sv)).toBe('Väntat i 25 timmar');
    expect(waitedText(75, sv)).toBe('Väntat i 3 dygn (75 timmar)');
  });

  it('sums up the queue', () => {
    expect(queueSummary({ total: 3, overdue: 1, responseTimeHours: 24 }, sv, 'sv-SE')).toBe('3 väntar, 1 över svarstiden på 24 timmar');
    expect(queueSummary({ total: 2, overdue: 0, responseTimeHours: 0.5 }, sv, 'sv-SE')).toBe('2 väntar, 0 över svarstiden på 0,5 timmar');
    expect(queueSummary({ total: 1, overdue: 1, responseTimeHours: 1 }, en, 'en-GB')).toBe('1 waiting, 1 past the response time of 1 hour');
    expect(queueSummary({ total: 0, overdue: 0, responseTimeHours: 24 }, sv, 'sv-SE')).toBe('Inga synpunkter väntar på granskning.');
  });

  it('refers to an opinion by the random end of its id, and names the police report file', () => {
    expect(shortId('019a4b2c-7d3e-7f00-8a1b-2c3d4e5f6a7b')).toBe('4e5f6a7b');
    expect(policeReportFileName('019a4b2c-7d3e-7f00-8a1b-2c3d4e5f6a7b')).toBe('polisanmalan-019a4b2c-7d3e-7f00-8a1b-2c3d4e5f6a7b.json');
  });
});
