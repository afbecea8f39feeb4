import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DecisionDto, StaffFeedbackDto } from '../../api/client';
import { dialogueDetails, renderAt, signedIn } from '../../lib/testing';

const dialogue = dialogueDetails({ caseNumber: 'KFN 2026/12' });

const decision: DecisionDto = {
  committee: 'Kultur- och fritidsnämnden',
  decidedOn: '2027-01-20',
  caseNumber: 'KFN 2026/12',
  text: 'Skateparken byggs vid Skranta.',
  howResultWasUsed: 'Platsen valdes av de flesta som tyckte till.',
  recordedAt: '2027-01-21T10:00:00Z',
};

const staffWith = (feedback: StaffFeedbackDto) => ({
  ...signedIn(),
  '/api/staff/dialogues/d1': { body: dialogue },
  '/api/staff/dialogues/d1/feedback': { body: feedback },
  '/api/dialogues/d1/decision': { status: 201, body: decision },
  '/api/dialogues/d1/feedback': { status: 201, body: { feedbackId: 'f1', publicUrl: 'https://x/dialoger/skatepark/aterkoppling', pressSummary: 'Press', emailsQueued: 2 } },
});

const none = { queued: 0, sent: 0, failed: 0 };

const sent = (fetch: ReturnType<typeof vi.fn>, method: string, path: string) =>
  fetch.mock.calls.filter(([url, init]) => String(url) === path && (init as RequestInit | undefined)?.method === method).map(([, init]) => JSON.parse(String((init as RequestInit).body)));

describe('the decision and feedback page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('records the decision: the required fields are checked first, then it is sent', async () => {
    const { fetch } = renderAt('/personal/dialoger/d1/beslut', staffWith({ delivery: none }));
    const user = userEvent.setup();

    await screen.findByRole('heading', { level: 1, name: 'Beslut och återkoppling: Ny skatepark' });
    expect(await screen.findByLabelText('Nämnd eller fullmäktige som beslutade *')).toHaveValue('Kultur- och fritidsnämnden');
    expect(screen.getByLabelText('Diarienummer')).toHaveValue('KFN 2026/12');
    expect(screen.getByText('Registrera beslutet först. Sedan kan du skriva och publicera återkopplingen.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Beslutet *'), 'Skateparken byggs vid Skranta.');
    await user.click(screen.getByRole('button', { name: 'Registrera beslutet' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Beslutsdatum: Fyll i fältet.');
    expect(within(summary).getByRole('link', { name: /Så användes resultatet av dialogen: Beskriv hur resultatet/ })).toHaveAttribute(
      'href',
      '#decision-howResultWasUsed',
    );
    expect(screen.getByLabelText('Så användes resultatet av dialogen *')).toHaveAttribute('aria-invalid', 'true');
    expect(sent(fetch, 'POST', '/api/dialogues/d1/decision')).toEqual([]);

    await user.type(screen.getByLabelText('Beslutsdatum *'), '2027-01-20');
    await user.type(screen.getByLabelText('Så användes resultatet av dialogen *'), 'Platsen valdes av de flesta som tyckte till.');
    await user.click(screen.getByRole('button', { name: 'Registrera beslutet' }));

    await vi.waitFor(() =>
      expect(sent(fetch, 'POST', '/api/dialogues/d1/decision')).toEqual([
        {
          committee: 'Kultur- och fritidsnämnden',
          decidedOn: '2027-01-20',
          caseNumber: 'KFN 2026/12',
          text: 'Skateparken byggs vid Skranta.',
          howResultWasUsed: 'Platsen valdes av de flesta som tyckte till.',
          decisionUrl: null,
        },
      ]),
    );
  });

  it('publishes the feedback only after a confirmation that says who gets an e-mail', async () => {
    const { fetch } = renderAt('/personal/dialoger/d1/beslut', staffWith({ decision, delivery: none }));
    const user = userEvent.setup();

    expect(await screen.findByText('Skateparken byggs vid Skranta.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Återkopplingen *'), 'Tack för alla synpunkter!');
    await user.click(screen.getByRole('button', { name: 'Lägg till länk' }));
    await user.type(screen.getByLabelText('Länktext 1'), 'Protokollet');
    await user.type(screen.getByLabelText('Webbadress 1'), 'karlskoga.se/protokoll');
    await user.click(screen.getByRole('button', { name: 'Granska och publicera' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Webbadress 1: Skriv en fullständig webbadress som börjar med https://.');
    await user.clear(screen.getByLabelText('Webbadress 1'));
    await user.type(screen.getByLabelText('Webbadress 1'), 'https://www.karlskoga.se/protokoll');
    await user.click(screen.getByRole('button', { name: 'Granska och publicera' }));

    const confirm = await screen.findByRole('region', { name: 'Vill du publicera återkopplingen?' });
    expect(confirm).toHaveTextContent('Ett e-postmeddelande med återkopplingen skickas till varje deltagare som har bekräftat sin e-postadress.');
    await vi.waitFor(() => expect(screen.getByRole('heading', { name: 'Vill du publicera återkopplingen?' })).toHaveFocus()); // moved on the next frame
    expect(sent(fetch, 'POST', '/api/dialogues/d1/feedback')).toEqual([]);

    await user.click(within(confirm).getByRole('button', { name: 'Publicera och skicka e-post' }));
    await vi.waitFor(() =>
      expect(sent(fetch, 'POST', '/api/dialogues/d1/feedback')).toEqual([
        { text: 'Tack för alla synpunkter!', links: [{ title: 'Protokollet', url: 'https://www.karlskoga.se/protokoll' }] },
      ]),
    );
  });

  it('after publishing, shows the press summary read-only, the delivery and the public link', async () => {
    renderAt(
      '/personal/dialoger/d1/beslut',
      staffWith({
        decision,
        feedbackId: 'f1',
        text: 'Tack!',
        pressSummary: 'Karlskoga kommun: återkoppling från medborgardialogen "Ny skatepark"',
        publishedAt: '2027-01-22T10:00:00Z',
        delivery: { queued: 2, sent: 5, failed: 1 },
      }),
    );

    const press = await screen.findByLabelText('Sammanfattning för pressen');
    expect(press).toHaveValue('Karlskoga kommun: återkoppling från medborgardialogen "Ny skatepark"');
    expect(press).toHaveAttribute('readonly');
    expect(screen.getByRole('button', { name: 'Kopiera texten' })).toBeInTheDocument();
    expect(screen.getByText('Väntar').nextElementSibling).toHaveTextContent('2');
    expect(screen.getByText('Skickade').nextElementSibling).toHaveTextContent('5');
    expect(screen.getByText('Utskicket pågår. Siffrorna uppdateras av sig själva.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Öppna den publika sidan med återkopplingen' })).toHaveAttribute('href', '/dialoger/skatepark/aterkoppling');
    expect(screen.queryByRole('button', { name: 'Granska och publicera' })).not.toBeInTheDocument();
  });
});
