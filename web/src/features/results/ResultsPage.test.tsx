import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ResultDto, StaffOpinionPage } from '../../api/client';
import { dialogueDetails, renderAt, signedIn } from '../../lib/testing';

const dialogue = dialogueDetails();

const result: ResultDto = {
  dialogueId: 'd1',
  status: 'closed',
  total: 10,
  untagged: 9,
  summary: '',
  quotes: [],
  themes: [{ id: 't1', name: 'Trygghet', count: 1 }],
  questions: [
    {
      questionId: 'q1',
      text: 'Var ska den ligga?',
      kind: 'singleChoice',
      answered: 10,
      options: [
        { optionId: 'a', text: 'Centrum', count: 6 },
        { optionId: 'b', text: 'Skranta', count: 4 },
      ],
      scaleCounts: [],
    },
    { questionId: 'q2', text: 'Hur viktigt är belysning?', kind: 'scale', answered: 4, options: [], scaleCounts: [0, 0, 1, 1, 2], scaleAverage: 4.25 },
  ],
  channels: [
    { channel: 'online', count: 8 },
    { channel: 'paper', count: 2 },
  ],
};

const opinions: StaffOpinionPage = {
  items: [
    {
      id: 'o1',
      channel: 'online',
      submittedAt: '2026-10-20T10:00:00Z',
      text: 'Bygg den med belysning.',
      hits: [],
      answers: [],
      ageBand: 'age16To25',
      district: 'centrum',
      themeIds: [],
      withdrawn: false,
      moderation: 'unreviewed',
    },
    { id: 'o2', channel: 'paper', submittedAt: '2026-10-19T10:00:00Z', text: 'Nära bussen.', hits: [], answers: [], themeIds: ['t1'], withdrawn: false, moderation: 'unreviewed' },
  ],
  total: 2,
  page: 1,
  pageSize: 20,
};

const api = {
  ...signedIn(),
  '/api/staff/dialogues/d1': { body: dialogue },
  '/api/staff/dialogues/d1/result': { body: result },
  '/api/staff/dialogues/d1/feedback': { body: { delivery: { queued: 0, sent: 0, failed: 0 } } },
  '/api/staff/dialogues/d1/opinions': { body: opinions },
  '/api/staff/dialogues/d1/theme-suggestions': { body: { run: null } },
  '/api/staff/dialogues/d1/opinion-groups': { body: { items: [], total: 0, copies: 0, page: 1, pageSize: 20 } },
  '/api/staff/dialogues/d1/taggings': { body: [] },
  '/api/districts': { body: [{ code: 'centrum', name: 'Centrum' }] },
  '/api/opinions/o1/themes': { body: ['t1'] },
  '/api/dialogues/d1/result': { body: null }, // the API answers 204; the test's Response cannot carry a 204 body
  '/api/dialogues/d1/decision-basis': {
    body: { htmlUrl: '/api/staff/dialogues/d1/decision-basis.html', csvUrl: '/api/staff/dialogues/d1/opinions.csv', firstExportedAt: '2026-11-02T10:00:00Z', exportCount: 1 },
  },
};

const sent = (fetch: ReturnType<typeof vi.fn>, method: string, path: string) =>
  fetch.mock.calls.filter(([url, init]) => String(url) === path && (init as RequestInit | undefined)?.method === method).map(([, init]) => JSON.parse(String((init as RequestInit).body ?? 'null')));

describe('the results page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the figures per question as tables with bars, and the themes with counts', async () => {
    renderAt('/personal/dialoger/d1/resultat', api);

    await screen.findByRole('heading', { level: 1, name: 'Resultat: Ny skatepark' });
    const choice = await screen.findByRole('table', { name: /Fråga 1: Var ska den ligga\?/ });
    expect(within(choice).getByRole('row', { name: /Centrum 6 60/ })).toBeInTheDocument();
    const scale = screen.getByRole('table', { name: /Fråga 2: Hur viktigt är belysning\?/ });
    expect(within(scale).getByRole('row', { name: /^5 2 50/ })).toBeInTheDocument();
    expect(screen.getByText(/Medelvärde: 4,3/)).toBeInTheDocument();
    const themes = screen.getByRole('table', { name: 'Teman' });
    expect(within(themes).getByRole('row', { name: /Trygghet 1/ })).toBeInTheDocument();
    expect(within(themes).getByRole('row', { name: /Inte grupperade 9/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Ladda ned synpunkterna som CSV/ })).toHaveAttribute('href', '/api/staff/dialogues/d1/opinions.csv');
  });

  it('groups an opinion under a theme with a checkbox, saved at once', async () => {
    const { fetch } = renderAt('/personal/dialoger/d1/resultat', api);
    const user = userEvent.setup();

    const item = (await screen.findByText('Bygg den med belysning.')).closest('li')!;
    expect(within(item).getByText('16–25 · Centrum')).toBeInTheDocument();
    const box = within(item).getByRole('checkbox', { name: 'Trygghet' });
    expect(box).not.toBeChecked();
    await user.click(box);

    expect(box).toBeChecked();
    expect(sent(fetch, 'PUT', '/api/opinions/o1/themes')).toEqual([{ themeIds: ['t1'] }]);
  });

  it('refuses a theme that already exists without asking the API', async () => {
    const { fetch } = renderAt('/personal/dialoger/d1/resultat', api);
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Nytt tema *'), 'Trygghet');
    await user.click(screen.getByRole('button', { name: 'Lägg till tema' }));

    expect(screen.getByText('Det finns redan ett tema som heter ”Trygghet”.')).toBeInTheDocument();
    expect(screen.getByLabelText('Nytt tema *')).toHaveAttribute('aria-invalid', 'true');
    expect(sent(fetch, 'POST', '/api/dialogues/d1/themes')).toEqual([]);
  });

  it('saves the summary with the quotes picked in the list, and asks for a summary first', async () => {
    const { fetch } = renderAt('/personal/dialoger/d1/resultat', api);
    const user = userEvent.setup();

    const item = (await screen.findByText('Nära bussen.')).closest('li')!;
    await user.click(within(item).getByRole('checkbox', { name: 'Välj som citat' }));
    const quotes = screen.getByRole('list', { name: /Valda citat \(1 av högst 20\)/ });
    expect(within(quotes).getByText('Nära bussen.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Spara sammanfattning och citat' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Sammanfattning: Skriv en sammanfattning.');
    expect(sent(fetch, 'PUT', '/api/dialogues/d1/result')).toEqual([]);

    await user.type(screen.getByLabelText('Sammanfattning *'), 'De flesta vill ha parken i centrum.');
    await user.click(screen.getByRole('button', { name: 'Spara sammanfattning och citat' }));
    await screen.findByText('Sammanfattningen och citaten är sparade.');
    expect(sent(fetch, 'PUT', '/api/dialogues/d1/result')).toEqual([{ summary: 'De flesta vill ha parken i centrum.', quoteOpinionIds: ['o2'] }]);
  });

  it('exports the decision basis and opens it in a new tab', async () => {
    const open = vi.fn();
    vi.stubGlobal('open', open);
    renderAt('/personal/dialoger/d1/resultat', api);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Exportera beslutsunderlag' }));

    await screen.findByText(/Beslutsunderlaget är exporterat/);
    expect(open).toHaveBeenCalledWith('/api/staff/dialogues/d1/decision-basis.html', '_blank', 'noopener');
  });
});
