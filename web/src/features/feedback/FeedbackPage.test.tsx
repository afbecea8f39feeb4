import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FeedbackDto, ReceiptDto } from '../../api/client';
import { renderAt } from '../../lib/testing';

const feedback: FeedbackDto = {
  dialogueId: 'd1',
  dialogueSlug: 'skatepark',
  dialogueTitle: 'Ny skatepark',
  opinionCount: 42,
  decision: {
    committee: 'Kultur- och fritidsnämnden',
    decidedOn: '2027-01-20',
    caseNumber: 'KFN 2026/12',
    text: 'Skateparken byggs vid Skranta.',
    howResultWasUsed: 'Platsen valdes av de flesta som tyckte till.',
    decisionUrl: 'https://www.karlskoga.se/protokoll',
    recordedAt: '2027-01-21T10:00:00Z',
  },
  text: 'Tack för alla synpunkter! Bygget börjar i vår.',
  links: [{ title: 'Ritningen', url: 'https://www.karlskoga.se/ritning.pdf' }],
  publishedAt: '2027-01-22T10:00:00Z',
};

describe('the public feedback', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the decision, how the opinions were used, the feedback and its links', async () => {
    renderAt('/dialoger/skatepark/aterkoppling', {
      '/api/dialogue-slugs/skatepark': { body: { id: 'd1', slug: 'skatepark', title: 'Ny skatepark' } },
      '/api/dialogues/d1/feedback': { body: feedback },
    });

    await screen.findByRole('heading', { level: 1, name: 'Återkoppling: Ny skatepark' });
    expect(screen.getByText(/Kultur- och fritidsnämnden beslutade den/)).toHaveTextContent('20 januari 2027 (diarienummer KFN 2026/12).');
    expect(screen.getByText('Skateparken byggs vid Skranta.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Så användes synpunkterna' })).toBeInTheDocument();
    expect(screen.getByText('Platsen valdes av de flesta som tyckte till.')).toBeInTheDocument();
    expect(screen.getByText('Tack för alla synpunkter! Bygget börjar i vår.')).toBeInTheDocument();
    expect(screen.getByText(/42 synpunkter kom in/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ritningen' })).toHaveAttribute('href', 'https://www.karlskoga.se/ritning.pdf');
    expect(screen.getByRole('link', { name: 'Läs beslutet' })).toHaveAttribute('href', 'https://www.karlskoga.se/protokoll');
    expect(document.title).toBe('Återkoppling: Ny skatepark – Medborgardialog, Karlskoga kommun');
  });

  it('says when the feedback is not published yet', async () => {
    renderAt('/dialoger/skatepark/aterkoppling', {});

    expect(await screen.findByText(/Återkopplingen för den här dialogen är inte publicerad än/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Till dialogen' })).toHaveAttribute('href', '/dialoger/skatepark');
  });

  it('shows the feedback on the receipt of an opinion', async () => {
    const receipt: ReceiptDto = {
      opinionId: 'o1',
      dialogueSlug: 'skatepark',
      dialogueTitle: 'Ny skatepark',
      dialogueStatus: 'closed',
      text: 'Vid Skranta!',
      submittedAt: '2026-10-20T10:00:00Z',
      feedbackEmailConfirmed: false,
      canWithdraw: false,
      answers: [],
      publicState: 'notPublic',
      feedback: {
        committee: 'Kultur- och fritidsnämnden',
        decidedOn: '2027-01-20',
        decision: 'Skateparken byggs vid Skranta.',
        howResultWasUsed: 'Platsen valdes av de flesta.',
        text: 'Tack för alla synpunkter!',
        publishedAt: '2027-01-22T10:00:00Z',
      },
    };
    renderAt('/kvitto/abc', { '/api/receipts/abc': { body: receipt } });

    const section = await screen.findByRole('region', { name: 'Återkoppling' });
    expect(section).toHaveTextContent('Kultur- och fritidsnämnden beslutade den 20 januari 2027');
    expect(section).toHaveTextContent('Skateparken byggs vid Skranta.');
    expect(section).toHaveTextContent('Tack för alla synpunkter!');
  });
});

describe('unsubscribing from feedback', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('deletes the address only when the button is pressed', async () => {
    const { fetch } = renderAt('/avregistrera/tok', { '/api/feedback-unsubscriptions/tok': { body: null } });
    const user = userEvent.setup();

    await screen.findByRole('heading', { level: 1, name: 'Avregistrera från återkoppling' });
    expect(fetch).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Avregistrera mig' }));

    expect(await screen.findByText('Klart. Din e-postadress är borttagen och vi skickar inget mer till den.')).toBeInTheDocument();
    const calls = fetch.mock.calls as unknown as [RequestInfo, RequestInit][];
    expect(calls.map(([url, init]) => [String(url), init.method])).toEqual([['/api/feedback-unsubscriptions/tok', 'POST']]);
  });

  it('says clearly when the link is not valid', async () => {
    renderAt('/avregistrera/bad', {});
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Avregistrera mig' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Länken fungerar inte');
    expect(screen.queryByRole('button', { name: 'Avregistrera mig' })).not.toBeInTheDocument();
  });
});
