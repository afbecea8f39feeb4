import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { WebhookDeliveriesPage, WebhookEndpointDto } from '../../api/client';
import { renderAt } from '../../lib/testing';

const signedIn = (roles: string[]) => ({
  '/api/account/me': { body: { id: 'u1', email: 'admin@example.se', displayName: 'Ada', roles } },
  '/api/account/antiforgery': { body: { token: 'x', headerName: 'X-XSRF-TOKEN' } },
});

const endpoint: WebhookEndpointDto = {
  id: 'w1',
  url: 'https://integration.example.se/webhook',
  description: 'Kommunens webbplats',
  events: ['opened', 'feedbackPublished'],
  active: true,
  createdAt: '2026-11-23T09:00:00Z',
  updatedAt: '2026-11-23T09:00:00Z',
  secretRotatedAt: null,
};

const log: WebhookDeliveriesPage = {
  items: [
    {
      id: 'd1', event: 'opened', dialogueId: 'x', dialogueTitle: 'Ny skatepark', sessionId: null, createdAt: '2026-11-23T09:00:00Z',
      attempts: 2, lastStatusCode: 500, lastError: 'httpStatus', nextAttemptAt: '2026-11-23T09:02:00Z', deliveredAt: null, failedAt: null,
    },
  ],
  total: 1,
  page: 1,
  pageSize: 20,
};

describe('the webhooks page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('registers a receiver with the chosen events and shows its secret once, with a copy button', async () => {
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw2jC8V9nI0Tk=';
    const { fetch } = renderAt('/personal/webhooks', {
      ...signedIn(['Administrator']),
      '/api/webhooks': { body: [] },
    });
    await screen.findByRole('heading', { level: 1, name: 'Webhooks' });
    expect(await screen.findByText('Inga mottagare är registrerade.')).toBeInTheDocument();

    await userEvent.click(screen.getByLabelText(/Adress \(URL\)/));
    await userEvent.paste('https://integration.example.se/webhook');
    const events = screen.getByRole('group', { name: 'Händelser' });
    await userEvent.click(within(events).getByLabelText('Återkopplingen publiceras'));
    await userEvent.click(within(events).getByLabelText('Dialogen öppnar'));
    fetch.mockImplementationOnce(async () =>
      new Response(JSON.stringify({ endpoint, secret }), { status: 201, headers: { 'Content-Type': 'application/json' } }));
    await userEvent.click(screen.getByRole('button', { name: 'Registrera mottagaren' }));

    const notice = await screen.findByRole('heading', { name: 'Hemlig nyckel för https://integration.example.se/webhook' });
    expect(screen.getByText(secret)).toBeInTheDocument();
    const post = fetch.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ url: 'https://integration.example.se/webhook', description: null, events: ['opened', 'feedbackPublished'] });
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await userEvent.click(screen.getByRole('button', { name: 'Kopiera nyckeln' }));
    expect(writeText).toHaveBeenCalledWith(secret);
    await userEvent.click(screen.getByRole('button', { name: 'Jag har sparat nyckeln' }));
    expect(notice).not.toBeInTheDocument();
    expect(screen.queryByText(secret)).not.toBeInTheDocument();
  }, 30_000);

  it('checks the form before sending and says the API’s refusals at the fields, in words', async () => {
    const { fetch } = renderAt('/personal/webhooks', {
      ...signedIn(['Administrator']),
      '/api/webhooks': { body: [] },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Registrera mottagaren' }));
    const summary = await screen.findByRole('heading', { level: 3 });
    const list = summary.closest('div')!;
    expect(list).toHaveTextContent('Adress (URL): Fyll i fältet.');
    expect(list).toHaveTextContent('Händelser: Välj minst en händelse.');
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);

    await userEvent.click(screen.getByLabelText(/Adress \(URL\)/));
    await userEvent.paste('https://10.0.0.5/x');
    await userEvent.click(screen.getByLabelText('Dialogen stänger'));
    fetch.mockImplementationOnce(async () =>
      new Response(JSON.stringify({
        status: 400, code: 'request.invalid', title: 'Invalid',
        fieldErrors: [{ field: 'url', code: 'privateAddress', params: {}, message: 'English.' }],
      }), { status: 400, headers: { 'Content-Type': 'application/problem+json' } }));
    await userEvent.click(screen.getByRole('button', { name: 'Registrera mottagaren' }));
    expect(await screen.findAllByText(/Adressen leder till den här servern eller ett internt nät/)).not.toHaveLength(0);
    expect(screen.getByLabelText(/Adress \(URL\)/)).toHaveAttribute('aria-invalid', 'true');
  }, 30_000);

  it('lists receivers with their events and shows the delivery log in words', async () => {
    renderAt('/personal/webhooks', {
      ...signedIn(['Administrator']),
      '/api/webhooks': { body: [endpoint] },
      '/api/webhooks/w1/deliveries': { body: log },
    });
    const card = await screen.findByRole('article', { name: 'https://integration.example.se/webhook' });
    expect(card).toHaveTextContent('Dialogen öppnar, Återkopplingen publiceras');
    expect(card).toHaveTextContent('Aktiv');
    await userEvent.click(within(card).getByRole('button', { name: 'Visa leveranser' }));
    const table = await within(card).findByRole('table', { name: 'Leveranser till https://integration.example.se/webhook' });
    const row = within(table).getAllByRole('row')[1];
    expect(row).toHaveTextContent('Dialogen öppnar');
    expect(row).toHaveTextContent('Ny skatepark');
    expect(row).toHaveTextContent('500');
    expect(row).toHaveTextContent('Mottagaren svarade med ett fel');

    await userEvent.click(within(card).getByRole('button', { name: 'Ta bort' }));
    expect(within(card).getByText(/Ta bort mottagaren https:\/\/integration.example.se\/webhook\?/)).toBeInTheDocument();
    await userEvent.click(within(card).getByRole('button', { name: 'Avbryt' }));
    expect(within(card).getByRole('button', { name: 'Ta bort' })).toBeInTheDocument();
  });

  it('is for administrators only', async () => {
    renderAt('/personal/webhooks', { ...signedIn(['Official']) });
    expect(await screen.findByText('Bara administratörer hanterar webhooks.')).toBeInTheDocument();
  });
});
