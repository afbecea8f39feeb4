import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { dialogueDetails, renderAt } from '../../lib/testing';

const dialogue = dialogueDetails({ id: 'd1', slug: 'skatepark', status: 'open', feedbackPublishedAt: null, cancellationReason: null });
const body = (fetch: ReturnType<typeof vi.fn>) => {
  const call = fetch.mock.calls.find(([url]) => String(url).endsWith('/api/follows'));
  return call && JSON.parse(String((call[1] as RequestInit).body));
};

async function openForm() {
  fireEvent.click(await screen.findByText('Följ dialogen'));
  return screen.findByLabelText(/Din e-postadress/);
}

describe('Följ dialogen on a dialogue’s page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for the address and the consent before anything is sent, in words at the fields and in a summary that takes focus', async () => {
    const { fetch } = renderAt('/dialoger/skatepark', { '/api/dialogue-slugs/skatepark': { body: dialogue } });
    await openForm();
    fireEvent.click(screen.getByRole('button', { name: 'Skicka' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link', { name: 'Din e-postadress: Fyll i fältet.' })).toHaveAttribute('href', '#follow-dialogue-email');
    expect(within(summary).getByText(/Samtycke: Kryssa i rutan/)).toBeInTheDocument();
    expect(screen.getByLabelText(/Din e-postadress/)).toHaveAccessibleDescription('Fyll i fältet.');
    expect(screen.getByRole('checkbox', { name: /Ja, skicka mig e-post när något händer i det jag följer/ })).toHaveAttribute('aria-invalid', 'true');
    expect(body(fetch)).toBeUndefined();
  });

  it('says the API’s field codes in words at their fields', async () => {
    renderAt('/dialoger/skatepark', {
      '/api/dialogue-slugs/skatepark': { body: dialogue },
      '/api/follows': {
        status: 400,
        body: { status: 400, code: 'request.invalid', title: 'Invalid.', fieldErrors: [{ field: 'email', code: 'invalidEmail', params: {}, message: 'Not an address.' }] },
      },
    });
    fireEvent.change(await openForm(), { target: { value: 'anna@exempel' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /Ja, skicka mig e-post/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Skicka' }));

    expect(await screen.findByRole('link', { name: 'Din e-postadress: Skriv en giltig e-postadress.' })).toBeInTheDocument();
    expect(screen.getByLabelText(/Din e-postadress/)).toHaveAccessibleDescription('Skriv en giltig e-postadress.');
  });

  it('sends the address, the consent, the frequency and the page’s language, then says only that a mail is on its way', async () => {
    const { fetch } = renderAt('/dialoger/skatepark', {
      '/api/dialogue-slugs/skatepark': { body: dialogue },
      '/api/follows': { status: 202, body: { confirmationEmailQueued: true, consentVersion: 'follow-consent-2026-12' } },
    });
    fireEvent.change(await openForm(), { target: { value: ' anna@exempel.se ' } });
    fireEvent.click(screen.getByRole('radio', { name: 'En sammanfattning i veckan' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Ja, skicka mig e-post/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Skicka' }));

    const status = await screen.findByRole('status');
    // The address is isolated (U+2068 … U+2069), so it keeps its order in an Arabic sentence.
    expect(status).toHaveTextContent('Kolla din e-post. Vi har skickat ett mejl till \u2068anna@exempel.se\u2069.');
    await waitFor(() => expect(status).toHaveFocus());
    expect(body(fetch)).toEqual({ email: 'anna@exempel.se', consent: true, dialogueId: 'd1', frequency: 'weekly', language: 'sv' });
  });

  it('says why a finished dialogue cannot be followed (409 follow.dialogueFinished)', async () => {
    renderAt('/dialoger/skatepark', {
      '/api/dialogue-slugs/skatepark': { body: dialogue },
      '/api/follows': { status: 409, body: { status: 409, code: 'follow.dialogueFinished', title: 'Finished.' } },
    });
    fireEvent.change(await openForm(), { target: { value: 'anna@exempel.se' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /Ja, skicka mig e-post/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Skicka' }));

    expect(await screen.findByText('Återkopplingen för dialogen är publicerad, så inget mer kommer att hända i den.')).toBeInTheDocument();
  });

  it('is not offered for a cancelled dialogue', async () => {
    renderAt('/dialoger/skatepark', { '/api/dialogue-slugs/skatepark': { body: { ...dialogue, status: 'cancelled', cancellationReason: 'Budgeten.' } } });
    await screen.findByText('Budgeten.');
    expect(screen.queryByText('Följ dialogen')).not.toBeInTheDocument();
  });

  it('is not offered once the feedback is published', async () => {
    renderAt('/dialoger/skatepark', { '/api/dialogue-slugs/skatepark': { body: { ...dialogue, status: 'decided', feedbackPublishedAt: '2027-03-30T10:00:00Z' } } });
    await screen.findByRole('heading', { name: 'Beslutet är fattat' });
    expect(screen.queryByText('Följ dialogen')).not.toBeInTheDocument();
  });
});

describe('Få e-post om nya dialoger on the start page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('follows new dialogues in a district and on a topic', async () => {
    const { fetch } = renderAt('/', {
      '/api/dialogues': { body: { items: [], totalCount: 0, page: 1, pageSize: 20 } },
      '/api/districts': { body: [{ code: 'centrum', name: 'Centrum' }] },
      '/api/follows': { status: 202, body: { confirmationEmailQueued: true, consentVersion: 'follow-consent-2026-12' } },
    });
    fireEvent.click(await screen.findByText('Få e-post om nya dialoger'));
    fireEvent.change(await screen.findByLabelText(/Din e-postadress/), { target: { value: 'anna@exempel.se' } });
    const district = screen.getByLabelText('Område (valfritt)');
    await within(district).findByRole('option', { name: 'Centrum' });
    fireEvent.change(district, { target: { value: 'centrum' } });
    fireEvent.change(screen.getByLabelText('Ämne (valfritt)'), { target: { value: 'Trafik' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /Ja, skicka mig e-post/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Skicka' }));

    expect(await screen.findByText(/Kolla din e-post/)).toBeInTheDocument();
    expect(body(fetch)).toEqual({ email: 'anna@exempel.se', consent: true, newDialogues: true, district: 'centrum', topic: 'Trafik', frequency: 'eachStep', language: 'sv' });
  });
});
