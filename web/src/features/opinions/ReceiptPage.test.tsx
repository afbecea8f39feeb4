import { screen } from '@testing-library/react';
import type { ReceiptDto } from '../../api/client';
import { translate } from '../../i18n/I18nProvider';
import { renderAt } from '../../lib/testing';
import { publicStateText } from './ReceiptPage';

const receipt: ReceiptDto = {
  opinionId: 'o1',
  dialogueSlug: 'skatepark',
  dialogueTitle: 'Ny skatepark',
  dialogueStatus: 'open',
  text: 'Vid sjön!',
  submittedAt: '2026-11-20T10:00:00Z',
  feedbackEmailConfirmed: false,
  canWithdraw: true,
  answers: [],
  publicState: 'hidden',
  hiddenReason: 'Personuppgifter',
};

describe('the receipt says whether others can read the opinion', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows a hidden opinion’s public reason', async () => {
    renderAt('/kvitto/abc', { '/api/receipts/abc': { body: receipt } });

    expect(await screen.findByText('Din synpunkt har dolts av en moderator: Personuppgifter')).toBeInTheDocument();
  });

  it('has words for every state (and none for a withdrawn one, which the receipt already says)', () => {
    const say = (...args: Parameters<typeof publicStateText>) => {
      const text = publicStateText(...args);
      return text && translate('sv', text.key, text.params);
    };
    expect(say('shown')).toBe('Din synpunkt visas bland synpunkterna på dialogens sida.');
    expect(say('awaitingReview')).toBe('Din synpunkt väntar på granskning innan den visas.');
    expect(say('notPublic')).toBe('Din synpunkt används internt och visas inte offentligt.');
    expect(say('removed')).toBe('Din synpunkt har tagits bort som skräppost.');
    expect(say('hidden', null)).toBe('Din synpunkt har dolts av en moderator.');
    expect(say('withdrawn')).toBeUndefined();
  });
});
