import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ResultDto, StaffOpinionPage, TaggingOperationDto, ThemeSuggestionsDto } from '../../api/client';
import { dialogueDetails, renderAt, signedIn } from '../../lib/testing';

const result: ResultDto = {
  dialogueId: 'd1',
  status: 'closed',
  total: 3,
  untagged: 3,
  summary: '',
  quotes: [],
  themes: [{ id: 't1', name: 'Cykel', count: 0 }],
  questions: [],
  channels: [{ channel: 'paper', count: 3 }],
};

const all: StaffOpinionPage = { items: [], total: 3, page: 1, pageSize: 20 };
const searched: StaffOpinionPage = {
  items: [
    {
      id: 'o1',
      channel: 'paper',
      submittedAt: '2026-10-20T10:00:00Z',
      text: 'Cykelbanorna är för smala.',
      hits: [{ start: 0, length: 12 }],
      answers: [],
      themeIds: [],
      withdrawn: false,
      moderation: 'unreviewed',
    },
  ],
  total: 2,
  page: 1,
  pageSize: 20,
};
const tagged: TaggingOperationDto = { id: 'op1', themeId: 't1', themeName: 'Cykel', action: 'tag', source: 'search', count: 2, doneAt: '2026-11-02T10:00:00Z' };
const suggestions: ThemeSuggestionsDto = {
  run: {
    id: 'r1',
    status: 'done',
    progress: 100,
    wanted: 10,
    onlyUntagged: false,
    opinionsRead: 3,
    requestedAt: '2026-11-02T10:00:00Z',
    unsorted: 1,
    suggestions: [
      {
        id: 's1',
        name: 'cykelbana smal',
        keyWords: ['cykelbana', 'smal'],
        count: 2,
        status: 'proposed',
        examples: [{ opinionId: 'o1', text: 'Cykelbanorna är för smala.', hits: [{ start: 0, length: 12 }, { start: 20, length: 5 }] }],
      },
    ],
  },
};

const api = (bulk: { status?: number; body: unknown }) => ({
  ...signedIn(),
  '/api/staff/dialogues/d1': { body: dialogueDetails() },
  '/api/staff/dialogues/d1/result': { body: result },
  '/api/staff/dialogues/d1/feedback': { body: { delivery: { queued: 0, sent: 0, failed: 0 } } },
  '/api/staff/dialogues/d1/opinions?q=cykelbanor&page=1&pageSize=20': { body: searched },
  '/api/staff/dialogues/d1/opinions': { body: all },
  '/api/staff/dialogues/d1/theme-suggestions': { body: suggestions },
  '/api/staff/dialogues/d1/opinion-groups': { body: { items: [], total: 0, copies: 0, page: 1, pageSize: 20 } },
  '/api/staff/dialogues/d1/taggings': { body: [] },
  '/api/districts': { body: [] },
  '/api/dialogues/d1/taggings': bulk,
});

const sent = (fetch: ReturnType<typeof vi.fn>, method: string, path: string) =>
  fetch.mock.calls.filter(([url, init]) => String(url) === path && (init as RequestInit | undefined)?.method === method).map(([, init]) => JSON.parse(String((init as RequestInit).body ?? 'null')));

async function search(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText('Sök i synpunkterna', {}, { timeout: 10_000 }), 'cykelbanor');
  await user.click(screen.getByRole('button', { name: 'Sök' }));
  await screen.findByText('Visar 1–2 av 2 synpunkter.');
}

describe('compiling on the results page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('marks the search hits, explains the syntax, and groups all matches only after the count is confirmed', async () => {
    const { fetch } = renderAt('/personal/dialoger/d1/resultat', api({ status: 201, body: tagged }));
    const user = userEvent.setup();
    expect(await screen.findByLabelText('Sök i synpunkterna', {}, { timeout: 10_000 })).toHaveAccessibleDescription(/”cykelbana” hittar ”cykelbanorna”/);
    expect(screen.queryByText(/Gruppera alla/)).not.toBeInTheDocument(); // nothing narrows the list yet

    await search(user);
    const item = screen.getByRole('listitem', { name: /Papper/ });
    expect(within(item).getByText('Cykelbanorna', { selector: 'mark' })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Tema'), 't1');
    await user.click(screen.getByRole('button', { name: 'Fortsätt med 2 träffar' }));
    // Focus moves on the next frame, after the confirm step is drawn.
    await waitFor(() => expect(screen.getByText('2 synpunkter grupperas under ”Cykel”. Stämmer det?')).toHaveFocus());
    expect(sent(fetch, 'POST', '/api/dialogues/d1/taggings')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Ja, gruppera 2 synpunkter' }));
    expect(await screen.findByText('2 synpunkter grupperades under ”Cykel”.')).toBeInTheDocument();
    expect(sent(fetch, 'POST', '/api/dialogues/d1/taggings')).toEqual([
      {
        themeId: 't1',
        action: 'tag',
        match: { search: 'cykelbanor', themeId: null, channel: null, untagged: false, sameAs: null, suggestionId: null },
        expectedCount: 2,
      },
    ]);
  });

  it('says the count changed when the API refuses it, and changes nothing', async () => {
    renderAt(
      '/personal/dialoger/d1/resultat',
      api({ status: 409, body: { title: 'Changed', status: 409, code: 'tagging.countChanged', detail: 'The count changed.' } }),
    );
    const user = userEvent.setup();
    await search(user);
    await user.click(screen.getByRole('button', { name: 'Fortsätt med 2 träffar' }));
    await user.click(screen.getByRole('button', { name: 'Ja, gruppera 2 synpunkter' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Antalet träffar har ändrats sedan du såg det, så ingenting ändrades. Nu är det 2 träffar.');
  });

  it('shows a suggestion with its key words, its examples marked and what did not fit', async () => {
    renderAt('/personal/dialoger/d1/resultat', api({ status: 201, body: tagged }));
    const card = await screen.findByRole('listitem', { name: 'cykelbana smal' }, { timeout: 10_000 });
    expect(within(card).getByText('2 synpunkter')).toBeInTheDocument();
    expect(within(card).getByRole('list', { name: 'Varför: de här orden' })).toHaveTextContent('cykelbanasmal');
    expect(within(card).getAllByText(/Cykelbanorna|smala/, { selector: 'mark' })).toHaveLength(2);
    expect(screen.getByText('1 synpunkt passade inget förslag.')).toBeInTheDocument();
  });
});
