import { screen, waitFor, within } from '@testing-library/react';
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

describe('the receipt of a map answer', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists each mark in words: where, its category and its comment', async () => {
    const answers = [
      {
        question: 'Var känns det otryggt?',
        kind: 'map',
        answer: [],
        marks: [
          { kind: 'point', categoryId: 'c1', category: 'Farlig korsning', placeName: null, description: null, comment: 'Bilarna kör fort', geometry: { type: 'Point', coordinates: [14.52, 59.33] } },
          { kind: 'point', categoryId: null, category: null, placeName: 'Korsningen vid Bäckegårdsskolan', description: null, comment: null, geometry: { type: 'Point', coordinates: [14.521, 59.331] } },
          { kind: 'point', categoryId: null, category: null, placeName: null, description: 'Vid Coop', comment: null, geometry: null },
          { kind: 'line', categoryId: null, category: null, placeName: null, description: null, comment: null, geometry: { type: 'LineString', coordinates: [[14.6, 59.3], [14.61, 59.31]] } },
        ],
      },
    ];
    const ring = [[14.5, 59.32], [14.56, 59.32], [14.56, 59.35], [14.5, 59.35], [14.5, 59.32]];
    renderAt('/kvitto/abc', {
      '/api/receipts/abc': { body: { ...receipt, answers } },
      '/api/map': {
        body: {
          tiles: null,
          startView: { center: { type: 'Point', coordinates: [14.53, 59.33] }, zoom: 13 },
          municipality: { type: 'Polygon', coordinates: [ring] },
          districts: [{ code: 'b', name: 'Bäckegården', area: { type: 'Polygon', coordinates: [ring] } }],
        },
      },
    });

    const list = (await screen.findByText('Farlig korsning')).closest('ol')!;
    const items = within(list).getAllByRole('listitem');
    await waitFor(() => expect(items[0]).toHaveTextContent('Punkt i Bäckegården. Kategori: Farlig korsning. Kommentar: Bilarna kör fort'));
    expect(items[1]).toHaveTextContent('Vid Korsningen vid Bäckegårdsskolan');
    expect(items[2]).toHaveTextContent('Med ord: Vid Coop');
    expect(items[3]).toHaveTextContent(/^Sträcka$/);
  });
});
