import { parseFieldPath } from '../../lib/problems';
import {
  decisionRequest,
  feedbackLinks,
  fieldId,
  filledLinks,
  decisionFieldOf,
  feedbackFieldOf,
  initialDecision,
  isDelivering,
  validateDecision,
  validateFeedback,
} from './decision';

describe('the decision and feedback helpers', () => {
  const filled = { committee: 'Kultur- och fritidsnämnden', decidedOn: '2027-01-20', caseNumber: '', text: 'Skateparken byggs vid Skranta.', howResultWasUsed: 'Platsen valdes av de flesta.', decisionUrl: '' };

  it('starts the decision with the dialogue’s committee and case number', () => {
    expect(initialDecision({ committee: 'KFN', caseNumber: 'KFN 2026/12' })).toMatchObject({ committee: 'KFN', caseNumber: 'KFN 2026/12', decidedOn: '' });
    expect(initialDecision({ committee: 'KFN', caseNumber: null }).caseNumber).toBe('');
  });

  it('requires the committee, date, decision and how the result was used; checks the date and address', () => {
    expect(validateDecision(filled)).toEqual({});
    expect(validateDecision({ ...filled, committee: ' ', howResultWasUsed: '' })).toEqual({
      committee: ['decision.error.required'],
      howResultWasUsed: ['decision.error.howUsed'],
    });
    expect(validateDecision({ ...filled, decidedOn: '20/1 2027', decisionUrl: 'www.karlskoga.se' })).toEqual({
      decidedOn: ['decision.error.date'],
      decisionUrl: ['decision.error.url'],
    });
    expect(validateDecision({ ...filled, decisionUrl: 'https://www.karlskoga.se/protokoll.pdf' })).toEqual({});
  });

  it('sends empty optional fields as null and trims the rest', () => {
    expect(decisionRequest({ ...filled, text: '  Ja. ', caseNumber: ' ' })).toEqual({
      committee: 'Kultur- och fritidsnämnden',
      decidedOn: '2027-01-20',
      caseNumber: null,
      text: 'Ja.',
      howResultWasUsed: 'Platsen valdes av de flesta.',
      decisionUrl: null,
    });
  });

  it('names the API’s field errors as the form does', () => {
    expect(decisionFieldOf(parseFieldPath('howResultWasUsed'))).toBe('howResultWasUsed');
    expect(decisionFieldOf(parseFieldPath('decisionUrl'))).toBe('decisionUrl');
    expect(decisionFieldOf(parseFieldPath('dialogueId'))).toBeUndefined();
    expect(feedbackFieldOf(parseFieldPath('links[1].url'))).toBe('links[1].url');
    expect(feedbackFieldOf(parseFieldPath('text'))).toBe('text');
    expect(feedbackFieldOf(parseFieldPath('links'))).toBeUndefined();
    expect(fieldId('feedback', 'links[1].url')).toBe('feedback-link-1-url');
    expect(fieldId('feedback', 'text')).toBe('feedback-text');
    expect(fieldId('decision', 'howResultWasUsed')).toBe('decision-howResultWasUsed');
  });

  it('requires the feedback text; a link needs both its text and a full address; empty rows are dropped', () => {
    const links = [
      { title: 'Protokoll', url: 'https://www.karlskoga.se/protokoll' },
      { title: '', url: '' },
      { title: '', url: 'karlskoga.se' },
    ];
    expect(filledLinks(links)).toHaveLength(2);
    expect(validateFeedback('', [])).toEqual({ text: ['decision.error.required'] });
    expect(validateFeedback('Tack!', filledLinks(links))).toEqual({ 'links[1].title': ['feedback.error.linkTitle'], 'links[1].url': ['decision.error.url'] });
    expect(feedbackLinks([{ title: ' Protokoll ', url: ' https://www.karlskoga.se/p ' }, { title: '', url: '' }])).toEqual([
      { title: 'Protokoll', url: 'https://www.karlskoga.se/p' },
    ]);
  });

  it('keeps checking the delivery while e-mails wait for their first attempt', () => {
    expect(isDelivering({ queued: 3, sent: 1, failed: 0 })).toBe(true);
    expect(isDelivering({ queued: 0, sent: 4, failed: 1 })).toBe(false);
    expect(isDelivering(undefined)).toBe(false);
  });
});
