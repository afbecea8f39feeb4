import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ChecklistItem, ComplianceDashboard, DialogueChecklist, EvidenceLine } from '../../api/client';
import { renderAt } from '../../lib/testing';

const item = (promise: ChecklistItem['promise'], state: ChecklistItem['state'], evidence: EvidenceLine[], more: Partial<ChecklistItem> = {}): ChecklistItem => ({
  promise,
  state,
  dueAt: null,
  evidence,
  warnings: [],
  links: [],
  aboutToBeMissed: false,
  unexplainedGroups: [],
  ...more,
});

const line = (code: EvidenceLine['code'], params: Record<string, string> = {}): EvidenceLine => ({ code, params });
const youngPeople = { group: 'youngPeople', share: '0.1', answered: '40', expectedShare: '0.2' };

const skatepark: DialogueChecklist = {
  dialogueId: 'd1',
  slug: 'ny-skatepark',
  title: 'Ny skatepark',
  committee: 'Kultur- och fritidsnämnden',
  status: 'closed',
  opensAt: '2026-03-01T08:00:00Z',
  closesAt: '2026-03-31T20:00:00Z',
  responsibleStaffId: 'u1',
  items: [
    item('q1Heard', 'met', [line('openPeriod', { openedOn: '2026-03-01', closedOn: '2026-03-31', days: '30.5', minimumDays: '14' })]),
    item('q2Basis', 'notYetDue', [line('noBasisExported'), line('decisionPlanned', { plannedOn: '2026-04-20' })], { dueAt: '2026-04-20T00:00:00+00:00', aboutToBeMissed: true }),
    item('q3aInformed', 'notMet', [line('announced', { announcedOn: '2026-02-25', days: '4', openedOn: '2026-03-01', minimumDays: '14' })], {
      links: [{ kind: 'dialoguePage', url: 'https://medborgardialog.karlskoga.se/dialoger/ny-skatepark' }],
    }),
    item('q3bFacts', 'met', [line('noEasyReadText')], { warnings: [line('addEasyReadText')] }),
    item('q4Reach', 'notMet', [line('groupUnderReached', youngPeople), line('groupReached', { ...youngPeople, group: 'olderPeople', share: '0.3' })], { unexplainedGroups: ['youngPeople'] }),
    item('q5Feedback', 'notYetDue', [line('noDecisionYet')]),
  ],
  notMet: 2,
  aboutToBeMissed: 1,
};

const library: DialogueChecklist = {
  ...skatepark,
  dialogueId: 'd2',
  slug: 'biblioteket',
  title: 'Biblioteket',
  committee: 'Kultur- och fritidsnämnden',
  status: 'open',
  items: skatepark.items.map((i) => ({ ...i, state: 'notYetDue', aboutToBeMissed: false })),
  notMet: 0,
  aboutToBeMissed: 0,
};

const dashboard: ComplianceDashboard = { dialogues: [skatepark, library], years: [2026, 2025], committees: ['Kultur- och fritidsnämnden', 'Tekniska nämnden'] };

const signedIn = (roles: string[]) => ({
  '/api/account/me': { body: { id: 'u1', email: 'o@example.se', displayName: 'Olle', roles } },
  '/api/account/antiforgery': { body: { token: 'x', headerName: 'X-XSRF-TOKEN' } },
});

describe('the compliance dashboard', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows each dialogue’s checklist, those not met first, with counts, states, due dates, evidence, warnings and links', async () => {
    renderAt('/personal/efterlevnad', { ...signedIn(['Official']), '/api/staff/compliance': { body: dashboard } });

    expect(await screen.findByRole('heading', { level: 1, name: 'Efterlevnad av löftena' })).toBeInTheDocument();
    const cards = await screen.findAllByRole('article');
    expect(cards.map((c) => within(c).getByRole('heading', { level: 2 }).textContent)).toEqual(['Ny skatepark', 'Biblioteket']);
    const card = cards[0];
    expect(within(card).getByRole('link', { name: 'Ny skatepark' })).toHaveAttribute('href', '/personal/dialoger/d1');
    expect(within(card).getByText('2 inte uppfyllda, 1 snart försenad')).toBeInTheDocument();
    expect(within(cards[1]).getByText('Inget löfte är missat eller snart försenat.')).toBeInTheDocument();

    const checklist = within(card).getByRole('list', { name: 'Checklista för Ny skatepark' });
    const entries = within(checklist).getAllByRole('listitem').filter((li) => li.parentElement === checklist);
    expect(entries).toHaveLength(6);
    const q2 = entries[1];
    expect(q2).toHaveTextContent('Q2 Resultatet är en del av beslutsunderlaget');
    expect(within(q2).getByText('Inte aktuellt än')).toBeInTheDocument();
    expect(within(q2).getByText('Snart försenad')).toBeInTheDocument();
    expect(q2).toHaveTextContent('Senast: 20 april 2026');
    expect(within(entries[0]).getByText('Öppen 1 mars 2026–31 mars 2026: 30,5 dagar (minst 14).')).toBeInTheDocument();
    expect(within(q2).getByText('Inget beslutsunderlag är exporterat än.').closest('details')).toHaveAttribute('open');
    expect(within(q2).getByText('Inget beslutsunderlag är exporterat än.').closest('ul')).not.toHaveAttribute('lang');
    expect(within(q2).getByText('Beslutet är planerat till 20 april 2026.')).toBeInTheDocument();
    const q3a = entries[2];
    expect(within(q3a).getByText('Inte uppfyllt')).toBeInTheDocument();
    expect(within(q3a).getByText('Utlyst 25 februari 2026, 4 dagar innan den öppnade 1 mars 2026 (minst 14).')).toBeInTheDocument();
    expect(within(q3a).getByRole('link', { name: 'Dialogens sida' })).toHaveAttribute('href', 'https://medborgardialog.karlskoga.se/dialoger/ny-skatepark');
    const q3b = entries[3];
    expect(within(q3b).getByText('Uppfyllt')).toBeInTheDocument();
    expect(within(q3b).getByText('Att tänka på')).toBeInTheDocument();
    expect(within(q3b).getByText('Lägg till en lättläst text så att fler invånare kan vara med.').closest('ul')).not.toHaveAttribute('lang');
    expect(within(q3b).getByText('Ingen lättläst text.').closest('details')).not.toHaveAttribute('open');
    const q4 = entries[4];
    expect(within(q4).getByText('Unga: 10 % av 40 som svarade, förväntad andel 20 %: inte nådd, ingen förklaring.')).toBeInTheDocument();
    expect(within(q4).getByText('Äldre: 30 % av 40 som svarade, förväntad andel 20 %: nådd.')).toBeInTheDocument();
    expect(card.querySelector('[lang="en"]')).toBeNull();

    // Only an unmet Q4 with an unexplained group offers the form.
    expect(within(card).getAllByRole('group', { name: 'Förklara varför gruppen inte nåddes' })).toHaveLength(1);
    expect(within(cards[1]).queryByRole('group', { name: 'Förklara varför gruppen inte nåddes' })).not.toBeInTheDocument();
    // The staff navigation links here for those who run dialogues.
    expect(within(screen.getByRole('navigation', { name: 'Huvudmeny' })).getByRole('link', { name: 'Efterlevnad' })).toHaveAttribute('href', '/personal/efterlevnad');
  });

  it('says the evidence and its links in English when English is chosen', async () => {
    localStorage.setItem('medborgardialog.language', 'en');
    try {
      renderAt('/personal/efterlevnad', { ...signedIn(['Official']), '/api/staff/compliance': { body: dashboard } });

      const card = (await screen.findAllByRole('article'))[0];
      expect(within(card).getByText('Open 1 March 2026–31 March 2026: 30.5 days (at least 14).')).toBeInTheDocument();
      expect(within(card).getByText('Young people: 10% of 40 who answered, configured share 20%: under-reached, not explained.')).toBeInTheDocument();
      expect(within(card).getByRole('link', { name: 'Dialogue page' })).toBeInTheDocument();
    } finally {
      localStorage.removeItem('medborgardialog.language');
    }
  });

  it('filters by year, committee and status through the address', async () => {
    const { fetch, router } = renderAt('/personal/efterlevnad?status=closed', { ...signedIn(['Administrator']), '/api/staff/compliance': { body: dashboard } });
    const user = userEvent.setup();

    const form = await screen.findByRole('form', { name: 'Filtrera dialogerna' });
    await screen.findAllByRole('article');
    expect(within(form).getByLabelText('Status')).toHaveValue('closed');
    await user.selectOptions(within(form).getByLabelText('År'), '2026');
    await user.selectOptions(within(form).getByLabelText('Nämnd'), 'Tekniska nämnden');
    await user.click(within(form).getByRole('button', { name: 'Visa' }));

    expect(router.state.location.search).toBe('?ar=2026&namnd=Tekniska+n%C3%A4mnden&status=closed');
    await vi.waitFor(() =>
      expect(fetch.mock.calls.map(([url]) => String(url))).toContain('/api/staff/compliance?year=2026&committee=Tekniska%20n%C3%A4mnden&status=closed'),
    );
    expect(fetch.mock.calls.map(([url]) => String(url))).toContain('/api/staff/compliance?status=closed');
    expect(screen.getByRole('link', { name: 'Visa alla dialoger' })).toHaveAttribute('href', '/personal/efterlevnad');
  });

  it('saves an explanation of why a target group was not reached, says so and refetches', async () => {
    const api: Record<string, { status?: number; body: unknown }> = {
      ...signedIn(['Official']),
      '/api/staff/compliance': { body: dashboard },
      '/api/dialogues/d1/reach-explanations/youngPeople': {
        body: { dialogueId: 'd1', group: 'youngPeople', explanation: 'Vi besökte två skolor.', explainedAt: '2026-04-02T10:00:00Z' },
      },
    };
    const { fetch } = renderAt('/personal/efterlevnad', api);
    const user = userEvent.setup();

    const form = await screen.findByRole('group', { name: 'Förklara varför gruppen inte nåddes' });
    const group = within(form).getByLabelText(/Målgrupp/);
    expect(within(group).getAllByRole('option').map((o) => o.textContent)).toEqual(['Välj målgrupp', 'Unga']);
    expect(group).toHaveValue('youngPeople');
    await user.click(within(form).getByRole('button', { name: 'Spara förklaringen' }));
    const text = within(form).getByLabelText(/Förklaring: vad gjorde ni/);
    expect(within(form).getByText('Skriv förklaringen.')).toBeInTheDocument();
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(text).toHaveFocus();
    expect(fetch.mock.calls.some(([url]) => String(url).includes('reach-explanations'))).toBe(false);

    await user.type(text, 'Vi besökte två skolor.');
    const explained = { ...skatepark, notMet: 1, items: skatepark.items.map((i) => (i.promise === 'q4Reach' ? { ...i, state: 'met' as const, evidence: [line('groupUnderReachedExplained', { ...youngPeople, explanation: 'Vi besökte två skolor.' })], unexplainedGroups: [] } : i)) };
    api['/api/staff/compliance'] = { body: { ...dashboard, dialogues: [explained, library] } };
    await user.click(within(form).getByRole('button', { name: 'Spara förklaringen' }));

    const status = await screen.findByText('Förklaringen för gruppen Unga i ”Ny skatepark” är sparad.');
    expect(status).toHaveAttribute('role', 'status');
    expect(status).toHaveFocus();
    const [, init] = fetch.mock.calls.find(([url]) => String(url).endsWith('/api/dialogues/d1/reach-explanations/youngPeople'))!;
    expect(init?.method).toBe('PUT');
    expect(JSON.parse(String(init?.body))).toEqual({ explanation: 'Vi besökte två skolor.' });
    await vi.waitFor(() => expect(screen.queryByRole('group', { name: 'Förklara varför gruppen inte nåddes' })).not.toBeInTheDocument());
    expect(await screen.findByText('1 inte uppfyllt, 1 snart försenad')).toBeInTheDocument();
  });

  it('asks to sign in, and tells a moderator that the page is for those who run dialogues', async () => {
    renderAt('/personal/efterlevnad', { '/api/account/me': { status: 401, body: { title: 'Unauthorized', status: 401 } } });
    expect(await screen.findByText('Logga in som tjänsteperson eller administratör för att se efterlevnaden.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Logga in' })).toHaveAttribute('href', '/personal');
    vi.unstubAllGlobals();
    cleanup();

    renderAt('/personal/efterlevnad', { ...signedIn(['Moderator']) });
    expect(await screen.findByText('Du behöver rollen tjänsteperson eller administratör för att se efterlevnaden.')).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Huvudmeny' })).queryByRole('link', { name: 'Efterlevnad' })).not.toBeInTheDocument();
  });
});
