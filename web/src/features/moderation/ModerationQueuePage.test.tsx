import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onTestFinished } from 'vitest';
import type { ModerationLogPage, ModerationQueueItem, ModerationQueuePage } from '../../api/client';
import { renderAt } from '../../lib/testing';

const threat: ModerationQueueItem = {
  opinionId: '019a4b2c-7d3e-7f00-8a1b-2c3d4e5f6a7b',
  dialogueId: 'd1',
  dialogueTitle: 'Ny skatepark',
  dialogueSlug: 'skatepark',
  isYouthDialogue: false,
  visibility: 'public',
  channel: 'online',
  submittedAt: '2026-11-22T09:00:00Z',
  waitingSince: '2026-11-22T09:00:00Z',
  waitingHours: 25.4,
  overdue: true,
  status: 'held',
  reasons: ['threat', 'personalData', 'reported'],
  contentHits: [
    { category: 'threat', term: 'ska döda dig' },
    { category: 'personalData', term: 'telefonnummer' },
  ],
  reports: [{ reason: 'threatOrHate', count: 2 }],
  text: 'Jag vet var du bor och jag ska döda dig. Ring 070-123 45 67.',
  answers: [],
  markedForPoliceReport: false,
};

const queue: ModerationQueuePage = { items: [threat], total: 1, overdue: 1, responseTimeHours: 24, page: 1, pageSize: 20 };
const empty: ModerationQueuePage = { ...queue, items: [], total: 0, overdue: 0 };

const signedIn = (roles: string[]) => ({
  '/api/account/me': { body: { id: 'u1', email: 'm@example.se', displayName: 'Mira', roles } },
  '/api/account/antiforgery': { body: { token: 'x', headerName: 'X-XSRF-TOKEN' } },
});

describe('the moderation queue', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows what waits, how long, why and what the check found, in words', async () => {
    renderAt('/personal/moderering', { ...signedIn(['Moderator']), '/api/moderation/queue': { body: queue } });

    await screen.findByRole('heading', { level: 1, name: 'Moderering' });
    expect(await screen.findByText('1 väntar, 1 över svarstiden på 24 timmar')).toBeInTheDocument();
    const item = screen.getByRole('article', { name: 'Ny skatepark' });
    expect(within(item).getByRole('link', { name: 'Ny skatepark' })).toHaveAttribute('href', '/dialoger/skatepark');
    expect(item).toHaveTextContent('Väntat i 25 timmar');
    expect(within(item).getByText('Över svarstiden')).toBeInTheDocument();
    expect(within(item).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Hot', 'Personuppgifter', 'Anmäld']);
    expect(within(item).getByText('”ska döda dig” (hot), telefonnummer (personuppgifter)')).toBeInTheDocument();
    expect(within(item).getByText('Hot eller hat (2)')).toBeInTheDocument();
    expect(within(item).getByText(threat.text)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Logg över moderering' })).toHaveAttribute('href', '/personal/moderering/logg');
    // The staff navigation links to moderation for those who may moderate.
    expect(within(screen.getByRole('navigation', { name: 'Huvudmeny' })).getByRole('link', { name: 'Moderering' })).toBeInTheDocument();
  });

  it('hides an opinion only with a public reason; the item leaves and a status message says what was done', async () => {
    const api: Record<string, { status?: number; body: unknown }> = {
      ...signedIn(['Administrator']),
      '/api/moderation/queue': { body: queue },
      [`/api/moderation/opinions/${threat.opinionId}/hide`]: {
        body: { opinionId: threat.opinionId, status: 'hidden', hiddenReason: 'Hot mot en person', markedForPoliceReport: false, moderatedAt: '2026-11-23T10:00:00Z' },
      },
    };
    const { fetch } = renderAt('/personal/moderering', api);
    const user = userEvent.setup();

    const item = await screen.findByRole('article', { name: 'Ny skatepark' });
    await user.click(within(item).getByRole('button', { name: 'Dölj' }));
    const reason = within(item).getByLabelText(/Skäl som visas offentligt/);
    expect(reason).toHaveFocus();
    await user.click(within(item).getByRole('button', { name: 'Dölj synpunkten' }));
    expect(within(item).getByText('Skriv skälet som visas offentligt.')).toBeInTheDocument();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(fetch.mock.calls.some(([url]) => String(url).endsWith('/hide'))).toBe(false);

    await user.type(reason, 'Hot mot en person');
    api['/api/moderation/queue'] = { body: empty };
    await user.click(within(item).getByRole('button', { name: 'Dölj synpunkten' }));

    const status = await screen.findByText('Synpunkten till ”Ny skatepark” är dold. Skälet visas på dialogens sida.');
    expect(status).toHaveAttribute('role', 'status');
    expect(await screen.findByText('Inga synpunkter väntar på granskning.')).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    const [, init] = fetch.mock.calls.find(([url]) => String(url).endsWith('/hide'))!;
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({ publicReason: 'Hot mot en person' });
  });

  it('marks a threat for a police report with a note, then offers the documentation as a download', async () => {
    // jsdom has no object URLs and does not download: the Blob's URL and the link's click are stand-ins.
    const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    const createObjectURL = vi.fn(() => 'blob:polisanmalan');
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = vi.fn();
    onTestFinished(() => {
      URL.createObjectURL = original.create;
      URL.revokeObjectURL = original.revoke;
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    onTestFinished(() => click.mockRestore());
    const id = threat.opinionId;
    const { fetch } = renderAt('/personal/moderering', {
      ...signedIn(['Moderator']),
      '/api/moderation/queue': { body: queue },
      [`/api/moderation/opinions/${id}/police-report`]: {
        body: { opinionId: id, status: 'held', hiddenReason: null, markedForPoliceReport: true, moderatedAt: null },
      },
    });
    const user = userEvent.setup();

    const item = await screen.findByRole('article', { name: 'Ny skatepark' });
    await user.click(within(item).getByRole('button', { name: 'Polisanmälan' }));
    await user.type(within(item).getByLabelText(/Anteckning: vem hotas och varför/), 'Hotet riktar sig mot ordföranden.');
    await user.click(within(item).getByRole('button', { name: 'Markera för polisanmälan' }));

    expect(await screen.findByText(/är markerad för polisanmälan/)).toHaveAttribute('role', 'status');
    const download = within(item).getByRole('button', { name: 'Ladda ner underlag för polisanmälan' });
    expect(download).toHaveFocus();
    await user.click(download);

    expect(await within(item).findByText(`Underlaget är nedladdat (polisanmalan-${id}.json).`)).toBeInTheDocument();
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
    const marked = fetch.mock.calls.find(([url, init]) => String(url).endsWith('/police-report') && init?.method === 'POST')!;
    expect(JSON.parse(String(marked[1]?.body))).toEqual({ note: 'Hotet riktar sig mot ordföranden.' });
  });

  it('is not for staff without the moderator role', async () => {
    const { fetch } = renderAt('/personal/moderering', signedIn(['Official']));

    expect(await screen.findByText('Du behöver rollen moderator eller administratör för att moderera synpunkter.')).toBeInTheDocument();
    expect(fetch.mock.calls.some(([url]) => String(url).includes('/api/moderation/'))).toBe(false);
    expect(within(screen.getByRole('navigation', { name: 'Huvudmeny' })).queryByRole('link', { name: 'Moderering' })).not.toBeInTheDocument();
  });

  it('asks to sign in first', async () => {
    renderAt('/personal/moderering', { '/api/account/me': { status: 401, body: { title: 'Unauthorized', status: 401 } } });

    expect(await screen.findByRole('link', { name: 'Logga in' })).toHaveAttribute('href', '/personal');
  });
});

describe('the moderation log', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is a table of who did what, when and why; the system acts without a name', async () => {
    const log: ModerationLogPage = {
      items: [
        {
          id: 'l2',
          at: '2026-11-23T10:00:00Z',
          action: 'hidden',
          reason: 'Hot mot en person',
          opinionId: threat.opinionId,
          dialogueId: 'd1',
          dialogueTitle: 'Ny skatepark',
          actor: 'Mira Moderator',
        },
        { id: 'l1', at: '2026-11-22T09:00:00Z', action: 'heldAutomatically', reason: 'Hot (ska döda dig)', opinionId: threat.opinionId, dialogueId: 'd1', dialogueTitle: 'Ny skatepark', actor: null },
      ],
      total: 2,
      page: 1,
      pageSize: 50,
    };
    renderAt('/personal/moderering/logg', { ...signedIn(['Moderator']), '/api/moderation/log': { body: log } });

    const table = await screen.findByRole('table', { name: 'Åtgärder 1–2 av 2, den senaste först' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Tid', 'Åtgärd', 'Skäl', 'Synpunkt', 'Dialog', 'Vem']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]).getAllByRole('cell').map((td) => td.textContent)).toEqual([
      'Dold',
      'Hot mot en person',
      '4e5f6a7b',
      'Ny skatepark',
      'Mira Moderator',
    ]);
    expect(within(rows[0]).getByRole('rowheader')).toHaveTextContent('23 november 2026');
    expect(within(rows[1]).getAllByRole('cell').map((td) => td.textContent)).toContain('Systemet');
    expect(within(rows[1]).getByText('Stoppad automatiskt')).toBeInTheDocument();
    expect(within(rows[0]).getByRole('link', { name: 'Visa loggen för synpunkt 4e5f6a7b' })).toHaveAttribute(
      'href',
      `/personal/moderering/logg?synpunkt=${threat.opinionId}`,
    );
  });
});
