import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PublicOpinionPage } from '../../api/client';
import { dialogueDetails, renderAt } from '../../lib/testing';
import { reporterKeyStorage } from '../../lib/reporterKey';
import { uniqueOpinions } from './PublicOpinions';

const dialogue = dialogueDetails({
  opensAt: '2026-11-01T08:00:00Z',
  closesAt: '2026-12-01T08:00:00Z',
  status: 'open',
  opinionCount: 4,
  opinionVisibility: 'public',
  moderationIsDefault: false,
});

const opinions: PublicOpinionPage = {
  items: [
    { id: 'o1', submittedAt: '2026-11-23T13:05:00Z', text: 'Vid sjön, där det finns plats.', answers: [{ question: 'Hur ofta åker du?', answer: ['Varje vecka'] }], hidden: false },
    { id: 'o2', submittedAt: '2026-11-22T09:00:00Z', text: null, answers: [], hidden: true, hiddenReason: 'Hot mot en person' },
  ],
  total: 2,
  page: 1,
  pageSize: 10,
  awaitingReview: 1,
  moderation: 'postModeration',
};

const api = (report?: { status?: number; body: unknown; headers?: Record<string, string> }) => ({
  '/api/dialogue-slugs/skatepark': { body: dialogue },
  '/api/dialogues/d1/opinions': { body: opinions },
  ...(report ? { '/api/opinions/o1/reports': report } : {}),
});

describe('public opinions on the dialogue page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists what others said, anonymously, with a hidden one as a notice without its text', async () => {
    renderAt('/dialoger/skatepark', api());

    const section = await screen.findByRole('region', { name: 'Synpunkter från andra' });
    await within(section).findByText('Vid sjön, där det finns plats.');
    expect(within(section).getByText('Synpunkter visas direkt och granskas i efterhand.')).toBeInTheDocument();
    expect(within(section).getByText('1 synpunkt väntar på granskning.')).toBeInTheDocument();
    expect(within(section).getByRole('heading', { level: 3, name: /Synpunkt från 23 november 2026/ })).toBeInTheDocument();
    expect(within(section).getByText('Varje vecka')).toBeInTheDocument();
    expect(within(section).getByText('Dold av en moderator: Hot mot en person')).toBeInTheDocument();
    // Only shown opinions can be reported.
    expect(within(section).getAllByRole('button', { name: /^Anmäl synpunkt från/ })).toHaveLength(1);
    expect(within(section).getByText('Visar 2 av 2 synpunkter')).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Visa fler' })).not.toBeInTheDocument();
  });

  it('is not there when the dialogue keeps its opinions internal', async () => {
    const { fetch } = renderAt('/dialoger/skatepark', { '/api/dialogue-slugs/skatepark': { body: { ...dialogue, opinionVisibility: 'internal' } } });

    await screen.findByRole('heading', { level: 1, name: 'Ny skatepark' });
    expect(screen.queryByRole('heading', { name: 'Synpunkter från andra' })).not.toBeInTheDocument();
    expect(fetch.mock.calls.some(([url]) => String(url).includes('/opinions'))).toBe(false);
  });

  it('reports an opinion with a reason and this browser’s key, then thanks in a status message', async () => {
    const { fetch } = renderAt('/dialoger/skatepark', api({ body: { received: true } }));
    const user = userEvent.setup();

    const button = await screen.findByRole('button', { name: /^Anmäl synpunkt från 23 november 2026/ });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const reasons = screen.getByRole('group', { name: 'Varför anmäler du synpunkten?' });
    expect(within(reasons).getAllByRole('radio').map((r) => r.nextElementSibling?.textContent)).toEqual([
      'Hot eller hat',
      'Personuppgifter',
      'Reklam eller spam',
      'Handlar inte om frågan',
    ]);

    // No reason chosen: nothing is sent.
    await user.click(screen.getByRole('button', { name: 'Skicka anmälan' }));
    expect(screen.getByText('Välj varför du anmäler synpunkten.')).toBeInTheDocument();
    expect(fetch.mock.calls.some(([url]) => String(url).includes('/reports'))).toBe(false);

    await user.click(within(reasons).getByLabelText('Handlar inte om frågan'));
    await user.click(screen.getByRole('button', { name: 'Skicka anmälan' }));

    expect(await screen.findByText('Tack! En moderator tittar på synpunkten.')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('button', { name: /^Anmäl synpunkt från 23 november/ })).not.toBeInTheDocument();
    const [, init] = fetch.mock.calls.find(([url]) => String(url).endsWith('/api/opinions/o1/reports'))!;
    const body = JSON.parse(String(init?.body)) as { reason: string; reporterKey: string };
    expect(body.reason).toBe('offTopic');
    expect(body.reporterKey).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(body.reporterKey).toBe(localStorage.getItem(reporterKeyStorage));
  });

  it('says so when this browser has already reported the opinion', async () => {
    renderAt('/dialoger/skatepark', api({ status: 409, body: { title: 'Already reported.', status: 409 } }));
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: /^Anmäl synpunkt/ }));
    await user.click(screen.getByLabelText('Hot eller hat'));
    await user.click(screen.getByRole('button', { name: 'Skicka anmälan' }));

    expect(await screen.findByText('Du har redan anmält den här synpunkten.')).toHaveAttribute('role', 'status');
  });

  it('says how long to wait after too many reports, and keeps the form', async () => {
    renderAt(
      '/dialoger/skatepark',
      api({ status: 429, body: { title: 'Too many requests.', status: 429, detail: 'Wait 42 seconds and try again.' }, headers: { 'Retry-After': '42' } }),
    );
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: /^Anmäl synpunkt/ }));
    await user.click(screen.getByLabelText('Reklam eller spam'));
    await user.click(screen.getByRole('button', { name: 'Skicka anmälan' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Du har skickat många anmälningar på kort tid. Vänta 42 sekunder och försök igen.');
    expect(screen.getByRole('button', { name: 'Skicka anmälan' })).toBeInTheDocument();
  });

  it('shows each opinion once when the pages overlap', () => {
    const page = (ids: string[], n: number): PublicOpinionPage => ({
      ...opinions,
      page: n,
      items: ids.map((id) => ({ id, submittedAt: '2026-11-23T13:05:00Z', text: id, answers: [], hidden: false })),
    });
    expect(uniqueOpinions([page(['a', 'b'], 1), page(['b', 'c'], 2)]).map((o) => o.id)).toEqual(['a', 'b', 'c']);
  });
});
