import { validateDraft, type DraftValues } from './validation';

const valid: DraftValues = {
  title: 'Ny skatepark',
  summary: 'Kommunen planerar en skatepark.',
  question: 'Hur ska den se ut?',
  committee: 'Kultur- och fritidsnämnden',
  caseNumber: '',
  plannedDecisionDate: '',
  forms: ['survey'],
  opensAt: '2026-12-01T08:00',
  closesAt: '2026-12-31T08:00',
};

describe('validateDraft', () => {
  it('accepts a complete draft', () => {
    expect(validateDraft(valid)).toEqual({});
  });

  it('names every missing required field and a missing form', () => {
    const errors = validateDraft({ ...valid, title: ' ', question: '', forms: [] });

    expect(Object.keys(errors).sort()).toEqual(['forms', 'question', 'title']);
  });

  it('refuses a closing time before the opening time', () => {
    expect(validateDraft({ ...valid, closesAt: '2026-11-30T08:00' }).closesAt).toEqual(['staff.form.closesAfterOpens']);
  });
});
