import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DialoguePage } from '../../api/client';
import { renderAt } from '../../lib/testing';

const page: DialoguePage = {
  page: 1,
  pageSize: 10,
  totalCount: 1,
  items: [
    {
      id: '01a2',
      slug: 'ny-skatepark',
      title: 'Ny skatepark vid Skranta',
      summary: 'Kommunen planerar en skatepark.',
      committee: 'Kultur- och fritidsnämnden',
      forms: ['survey', 'dialogueWalk'],
      targetGroups: ['youngPeople'],
      opensAt: '2026-12-01T08:00:00Z',
      closesAt: '2026-12-31T08:00:00Z',
      status: 'open',
      publishedAt: '2026-11-20T08:00:00Z',
      translations: [],
    },
  ],
};

describe('DialogueListPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the published dialogues with what, when, who decides and how', async () => {
    renderAt('/', { '/api/dialogues': { body: page } });

    const list = await screen.findByRole('list', { name: 'Aktuella dialoger' });
    const item = within(list).getAllByRole('listitem')[0];
    expect(within(item).getByRole('link', { name: 'Ny skatepark vid Skranta' })).toHaveAttribute('href', '/dialoger/ny-skatepark');
    expect(item).toHaveTextContent('1 december 2026');
    expect(item).toHaveTextContent('Kultur- och fritidsnämnden');
    expect(item).toHaveTextContent('Dialogpromenad');
    expect(item).toHaveTextContent('Pågår – tyck till nu');
    expect(document.title).toContain('Medborgardialog i Karlskoga');
  });

  it('searches with the words typed, through the API', async () => {
    const { fetch } = renderAt('/', { '/api/dialogues': { body: page } });
    await screen.findByRole('list', { name: 'Aktuella dialoger' });

    await userEvent.type(screen.getByLabelText('Sök bland dialogerna'), 'skatepark');
    await userEvent.click(screen.getByRole('button', { name: 'Sök' }));

    await vi.waitFor(() => expect(fetch.mock.calls.some(([url]) => String(url).includes('q=skatepark'))).toBe(true));
  });

  it('says so when there are none', async () => {
    renderAt('/', { '/api/dialogues': { body: { ...page, items: [], totalCount: 0 } } });

    expect(await screen.findByText('Det finns inga publicerade dialoger just nu.')).toBeInTheDocument();
  });

  it('shows the problem the API reports in words for its code, never the API’s English', async () => {
    renderAt('/', {
      '/api/dialogues': { status: 503, body: { title: 'Service Unavailable', status: 503, code: 'service.unavailable', detail: 'The database is not answering.' } },
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Tjänsten är inte tillgänglig just nu. Försök igen om en stund.');
    expect(alert).not.toHaveTextContent('database');
  });
});
