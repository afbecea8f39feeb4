import { screen, within } from '@testing-library/react';
import type { ChecklistItem, EvidenceLine, TransparencyReport } from '../../api/client';
import { renderAt } from '../../lib/testing';

const line = (code: EvidenceLine['code'], params: Record<string, string> = {}): EvidenceLine => ({ code, params });

const item = (promise: ChecklistItem['promise'], state: ChecklistItem['state'], evidence: EvidenceLine[], dueAt: string | null = null): ChecklistItem => ({
  promise,
  state,
  dueAt,
  evidence,
  warnings: [],
  links: [],
  aboutToBeMissed: false,
  unexplainedGroups: [],
});

const report: TransparencyReport = {
  year: 2026,
  years: [2026, 2025],
  dialogues: 2,
  cancelled: 0,
  participants: 40,
  byChannel: [
    { key: 'online', label: 'online', count: 30 },
    { key: 'dialogueWalk', label: 'dialogueWalk', count: 10 },
  ],
  byDistrict: [
    { key: 'centrum', label: 'Centrum', count: 25 },
    { key: 'unknown', label: 'unknown', count: 15 },
  ],
  byAgeBand: [
    { key: 'age16To25', label: 'age16To25', count: 12 },
    { key: 'unknown', label: 'unknown', count: 28 },
  ],
  withDecision: 1,
  feedbackOnTime: 1,
  feedbackLate: 0,
  promises: [
    { promise: 'q1Heard', met: 1, notMet: 0, notYetDue: 1 },
    { promise: 'q2Basis', met: 1, notMet: 0, notYetDue: 1 },
    { promise: 'q3aInformed', met: 0, notMet: 2, notYetDue: 0 },
    { promise: 'q3bFacts', met: 2, notMet: 0, notYetDue: 0 },
    { promise: 'q4Reach', met: 1, notMet: 1, notYetDue: 0 },
    { promise: 'q5Feedback', met: 1, notMet: 0, notYetDue: 1 },
  ],
  checklists: [
    {
      slug: 'ny-skatepark',
      title: 'Ny skatepark',
      committee: 'Kultur- och fritidsnämnden',
      status: 'closed',
      opensAt: '2026-03-01T08:00:00Z',
      closesAt: '2026-03-31T20:00:00Z',
      items: [
        item('q1Heard', 'met', [line('openPeriod', { openedOn: '2026-03-01', closedOn: '2026-03-31', days: '30.5', minimumDays: '14' })], '2026-03-31T20:00:00Z'),
        item('q2Basis', 'notYetDue', [line('noBasisExported')]),
        item('q3aInformed', 'notMet', [line('announced', { announcedOn: '2026-02-25', days: '4', openedOn: '2026-03-01', minimumDays: '14' })], '2026-02-15T08:00:00Z'),
        item('q3bFacts', 'met', [line('plainSummary', { characters: '120' })]),
        item('q4Reach', 'notMet', [line('groupUnderReached', { group: 'youngPeople', share: '0.1', answered: '40', expectedShare: '0.2' })]),
        item('q5Feedback', 'notYetDue', [line('noDecisionYet')]),
      ],
    },
  ],
};

describe('the transparency page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reports the year: key figures, who took part, each promise and each dialogue’s checklist', async () => {
    renderAt('/insyn/2026', { '/api/transparency/2026': { body: report } });

    expect(await screen.findByRole('heading', { level: 1, name: 'Medborgardialoger 2026: så höll vi våra löften' })).toBeInTheDocument();
    const years = await screen.findByRole('navigation', { name: 'Välj år' });
    // The heading and the year list are there before the report: wait for the report's years.
    await within(years).findByRole('link', { name: '2025' });
    expect(within(years).getByRole('link', { name: '2026' })).toHaveAttribute('aria-current', 'page');
    expect(within(years).getByRole('link', { name: '2025' })).toHaveAttribute('href', '/insyn/2025');
    const csv = screen.getByRole('link', { name: 'Ladda ner som CSV' });
    expect(csv).toHaveAttribute('href', '/api/transparency/2026.csv');
    expect(csv).toHaveAttribute('download');

    // Headings in order: h1, then h2 per section, then h3 per dialogue.
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Nyckeltal', 'Vilka deltog?', 'Löftena', 'Varje dialog']);
    expect(screen.getByText('Deltagare').nextElementSibling).toHaveTextContent('40');
    expect(screen.getByText('Återkoppling för sent').nextElementSibling).toHaveTextContent('0');

    const channels = screen.getByRole('table', { name: 'Deltagare per kanal' });
    expect(within(channels).getByRole('rowheader', { name: 'Dialogpromenad' })).toBeInTheDocument();
    expect(within(channels).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Kanal', 'Antal', 'Andel']);
    const districts = screen.getByRole('table', { name: 'Deltagare per område' });
    expect(within(districts).getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['Centrum', 'Inte angivet']);
    expect(within(screen.getByRole('table', { name: 'Deltagare per ålder' })).getByRole('rowheader', { name: '16–25' })).toBeInTheDocument();

    const promises = screen.getByRole('table', { name: 'Antal dialoger per löfte' });
    const q4 = within(promises).getByRole('row', { name: /Q4 Vi når de grupper som berörs/ });
    expect(within(q4).getAllByRole('cell').map((td) => td.textContent)).toEqual(['1', '1', '0']);

    const dialogue = screen.getByRole('article', { name: 'Ny skatepark' });
    expect(within(dialogue).getByRole('heading', { level: 3, name: 'Ny skatepark' })).toBeInTheDocument();
    expect(within(dialogue).getByRole('link', { name: 'Ny skatepark' })).toHaveAttribute('href', '/dialoger/ny-skatepark');
    expect(dialogue).toHaveTextContent('Kultur- och fritidsnämnden');
    const checklist = within(dialogue).getByRole('table', { name: 'Checklista för Ny skatepark' });
    expect(within(checklist).getAllByRole('rowheader').map((th) => th.textContent)).toEqual([
      'Q1 Alla har rätt att bli hörda',
      'Q2 Resultatet är en del av beslutsunderlaget',
      'Q3a Tydlig information om när, var och hur',
      'Q3b Lättillgängligt faktaunderlag',
      'Q4 Vi når de grupper som berörs',
      'Q5 Återkoppling till dem som deltog',
    ]);
    const q3a = within(checklist).getByRole('row', { name: /Q3a/ });
    expect(within(q3a).getByText('Inte uppfyllt')).toBeInTheDocument();
    expect(q3a).toHaveTextContent('15 februari 2026');
    expect(within(q3a).getByText('Underlag', { exact: false }).closest('details')).not.toHaveAttribute('open');
    // The evidence is said in Swedish, the page's language: no list marked as English is left.
    const evidence = within(q3a).getByText('Utlyst 25 februari 2026, 4 dagar innan den öppnade 1 mars 2026 (minst 14).').closest('ul');
    expect(evidence).not.toHaveAttribute('lang');
    expect(dialogue.querySelector('[lang="en"]')).toBeNull();
    expect(within(within(checklist).getByRole('row', { name: /Q4/ })).getByText('Unga: 10 % av 40 som svarade, förväntad andel 20 %: inte nådd, ingen förklaring.')).toBeInTheDocument();
    expect(screen.getByText('Underlaget räknas fram automatiskt ur dialogens egna uppgifter.')).toBeInTheDocument();
    expect(within(within(checklist).getByRole('row', { name: /Q2/ })).getByText('Inte aktuellt än')).toBeInTheDocument();
    expect(within(checklist).getByRole('row', { name: /Q2/ })).toHaveTextContent('Inget datum än');
    expect(document.title).toContain('Medborgardialoger 2026');
  });

  it('goes from /insyn to the current year when it has dialogues, else to the latest year that has', async () => {
    const current = new Date().getFullYear();
    const earlier = { ...report, year: current - 1, years: [current - 1], checklists: [] };
    const { router } = renderAt('/insyn', {
      [`/api/transparency/${current}`]: { body: { ...earlier, year: current, dialogues: 0, participants: 0 } },
      [`/api/transparency/${current - 1}`]: { body: earlier },
    });

    expect(await screen.findByRole('heading', { level: 1, name: `Medborgardialoger ${current - 1}: så höll vi våra löften` })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/insyn/${current - 1}`);
    expect(await screen.findByText(`Inga dialoger öppnade ${current - 1}.`)).toBeInTheDocument();
  });

  it('is linked from the footer of every page', async () => {
    renderAt('/insyn/2026', { '/api/transparency/2026': { body: report } });
    expect(await screen.findByRole('link', { name: 'Så håller vi våra löften' })).toHaveAttribute('href', '/insyn');
  });

  it('has no page for what is not a year', async () => {
    renderAt('/insyn/tjugo', {});
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeInTheDocument();
  });
});
