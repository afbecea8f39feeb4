import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReachDto } from '../../api/client';
import { dialogueDetails, invalidRequest, renderAt, signedIn } from '../../lib/testing';
import { canImport, rowErrorsFromProblem } from './OpinionImport';
import { reachLabelKey } from './ReachPanel';
import { barPercent } from '../../components/BarTable';
import { offlineFieldOf } from './OfflineOpinionForm';
import { parseFieldPath } from '../../lib/problems';

const dialogue = dialogueDetails({
  forms: ['popUp'],
  targetGroups: ['youngPeople', 'peopleBornAbroad'],
  opensAt: '2026-11-01T08:00:00Z',
  closesAt: '2026-12-01T08:00:00Z',
  status: 'open',
  opinionCount: 12,
});

const reach: ReachDto = {
  dialogueId: 'd1',
  status: 'open',
  total: 12,
  online: 9,
  offline: 3,
  followers: 4,
  byChannel: [
    { key: 'online', label: 'online', count: 9 },
    { key: 'paper', label: 'paper', count: 3 },
  ],
  byDistrict: [
    { key: 'centrum', label: 'Centrum', count: 7 },
    { key: 'unknown', label: 'unknown', count: 5 },
  ],
  byAgeBand: [
    { key: 'age16To25', label: 'age16To25', count: 1 },
    { key: 'unknown', label: 'unknown', count: 11 },
  ],
  byRelation: [{ key: 'resident', label: 'resident', count: 12 }],
  byLanguage: [
    { key: 'sv', label: 'Svenska', count: 10 },
    { key: 'ar', label: 'العربية', count: 2 },
  ],
  targetGroups: [
    { group: 'youngPeople', measured: true, count: 1, answered: 12, share: 1 / 12, expectedShare: 0.15, underReached: true, assessment: 'underReached', basis: 'age' },
    { group: 'peopleBornAbroad', measured: false, count: 0, answered: 0, share: null, expectedShare: null, underReached: false, assessment: 'notAsked', basis: 'notAsked' },
  ],
};

const staff = {
  ...signedIn(),
  '/api/staff/dialogues/d1': { body: dialogue },
  '/api/staff/dialogues/d1/reach': { body: reach },
  '/api/districts': { body: [{ code: 'centrum', name: 'Centrum' }] },
};

const csv = () => new File(['kanal;synpunkt\r\npapper;Bra\r\n'], 'synpunkter.csv', { type: 'text/csv' });

describe('the opinions page for staff', () => {
  it('shows the totals, a table per chart and an under-reached target group in words', async () => {
    renderAt('/personal/dialoger/d1/synpunkter', staff);

    await screen.findByRole('heading', { level: 1, name: 'Synpunkter: Ny skatepark' });
    const totals = await screen.findByText('Synpunkter totalt');
    expect(totals.nextElementSibling).toHaveTextContent('12');
    const channels = screen.getByRole('table', { name: 'Per kanal' });
    expect(within(channels).getByRole('rowheader', { name: 'Papper' })).toBeInTheDocument();
    expect(within(channels).getByRole('row', { name: /Webben 9 75/ })).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Per område' })).getByRole('rowheader', { name: 'Inte angivet' })).toBeInTheDocument();
    // Answers by language (Q4), each language named in itself.
    expect(within(screen.getByRole('table', { name: /Per språk/ })).getByRole('rowheader', { name: 'العربية' })).toBeInTheDocument();
    const groups = screen.getByRole('table', { name: 'Målgrupper' });
    expect(within(groups).getByRole('row', { name: /Unga/ })).toHaveTextContent('Underrepresenterad');
    // The assessment is said in the page's words, with the figures formatted for Swedish readers.
    expect(within(groups).getByRole('row', { name: /Unga/ })).toHaveTextContent('Tydligt underrepresenterad: 8 % mot förväntade 15 %.');
    expect(within(groups).getByRole('row', { name: /Personer födda utomlands/ })).toHaveTextContent('Mäts inte');
    expect(screen.getByRole('link', { name: /Ladda ned mallen/ })).toHaveAttribute('href', '/api/dialogues/d1/offline-opinions/template.csv');
  });

  it('imports only after a clean dry run of the same file, and shows a dry run report', async () => {
    const { fetch } = renderAt('/personal/dialoger/d1/synpunkter', {
      ...staff,
      '/api/dialogues/d1/offline-opinions/import?dryRun=true': {
        body: { dryRun: true, rows: 2, imported: 0, errors: [
          { row: 3, column: 'kanal', code: 'unknownValue', params: { value: 'brev', allowed: 'möte, papper' }, message: '"brev" is not a channel.' },
        ] },
      },
    });
    const user = userEvent.setup();

    const file = await screen.findByLabelText('CSV-fil');
    const run = screen.getByRole('button', { name: 'Importera' });
    expect(run).toBeDisabled();
    await user.upload(file, csv());
    await user.click(screen.getByRole('button', { name: 'Kontrollera (provkörning)' }));

    const report = await screen.findByRole('table', { name: /Fel i filen/ });
    // In the page's words, from the code: never the API's English message.
    expect(within(report).getByRole('row', { name: /3 kanal Välj ett av alternativen. I filen: ”brev”. Tillåtet: möte, papper./ })).toBeInTheDocument();
    expect(within(report).queryByText(/is not a channel/)).not.toBeInTheDocument();
    expect(screen.getByText(/Provkörningen hittade 1 fel bland 2 rader/)).toBeInTheDocument();
    expect(run).toBeDisabled();
    expect(fetch.mock.calls.some(([url]) => String(url).includes('dryRun=false'))).toBe(false);
  });

  it('imports the checked file and says how many were imported', async () => {
    renderAt('/personal/dialoger/d1/synpunkter', {
      ...staff,
      '/api/dialogues/d1/offline-opinions/import?dryRun=true': { body: { dryRun: true, rows: 2, imported: 0, errors: [] } },
      '/api/dialogues/d1/offline-opinions/import?dryRun=false': { body: { dryRun: false, rows: 2, imported: 2, errors: [] } },
    });
    const user = userEvent.setup();

    await user.upload(await screen.findByLabelText('CSV-fil'), csv());
    await user.click(screen.getByRole('button', { name: 'Kontrollera (provkörning)' }));
    await screen.findByText(/2 rader är rätt/);
    const run = screen.getByRole('button', { name: 'Importera' });
    expect(run).toBeEnabled();
    await user.click(run);

    await screen.findByText('2 synpunkter är importerade.');
    expect(run).toBeDisabled();
  });

  it('lets an official show the opinions publicly with post-moderation, and shows the saved state', async () => {
    const { fetch } = renderAt('/personal/dialoger/d1/synpunkter', {
      ...staff,
      '/api/dialogues/d1/moderation': { body: { dialogueId: 'd1', visibility: 'public', moderation: 'postModeration', moderationIsDefault: false } },
    });
    const user = userEvent.setup();

    const settings = await screen.findByRole('region', { name: 'Synpunkter på dialogens sida' });
    expect(settings).toHaveTextContent('Nu: Synpunkterna används internt och visas inte offentligt.');
    const visibility = within(settings).getByRole('group', { name: 'Visa synpunkter offentligt' });
    expect(within(visibility).getByLabelText('Internt')).toBeChecked();
    const mode = within(settings).getByRole('group', { name: 'Moderering' });
    expect(within(mode).getByLabelText('Standard (förhandsgranskning för unga, annars efterhand)')).toBeChecked();

    await user.click(within(visibility).getByLabelText('Offentligt'));
    await user.click(within(mode).getByLabelText('Efterhandsgranskning'));
    await user.click(within(settings).getByRole('button', { name: 'Spara inställningarna' }));

    expect(await within(settings).findByRole('status')).toHaveTextContent(
      'Inställningarna är sparade. Synpunkterna visas offentligt, utan namn, direkt och granskas i efterhand.',
    );
    expect(settings).toHaveTextContent('Nu: Synpunkterna visas offentligt, utan namn, direkt och granskas i efterhand.');
    const [, init] = fetch.mock.calls.find(([url]) => String(url).endsWith('/api/dialogues/d1/moderation'))!;
    expect(init?.method).toBe('PUT');
    expect(JSON.parse(String(init?.body))).toEqual({ visibility: 'public', mode: 'postModeration' });
  });

  it('refuses to register an offline opinion without a channel', async () => {
    const { fetch } = renderAt('/personal/dialoger/d1/synpunkter', staff);
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Synpunkten: Var ska den ligga?'), 'Vid sjön');
    await user.click(screen.getByRole('button', { name: 'Registrera synpunkten' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Välj kanal.');
    expect(screen.getByLabelText('Kanal *')).toHaveAttribute('aria-invalid', 'true');
    expect(fetch.mock.calls.some(([url]) => String(url).includes('offline-opinions'))).toBe(false);
  });
});

describe('a map question registered from a paper map', () => {
  it('is placed by staff for the resident with the same field, and sent with the opinion', async () => {
    const ring = [[14.4, 59.2], [14.7, 59.2], [14.7, 59.45], [14.4, 59.45], [14.4, 59.2]];
    const withMap = {
      ...dialogue,
      questions: [{ id: 'q1', kind: 'map', text: 'Var är det otryggt?', required: false, options: [{ id: 'c1', text: 'Farlig korsning' }], map: { kinds: ['point'], maxMarks: 3 } }],
      map: { area: null, startView: null, places: [] },
    };
    const { fetch } = renderAt('/personal/dialoger/d1/synpunkter', {
      ...staff,
      '/api/staff/dialogues/d1': { body: withMap },
      '/api/map': {
        body: {
          tiles: null,
          startView: { center: { type: 'Point', coordinates: [14.53, 59.33] }, zoom: 13 },
          municipality: { type: 'Polygon', coordinates: [ring] },
          districts: [{ code: 'b', name: 'Bäckegården', area: { type: 'Polygon', coordinates: [ring] } }],
        },
      },
      '/api/dialogues/d1/offline-opinions': { status: 201, body: { opinionId: 'o9', receiptToken: 'r9' } },
    });
    const user = userEvent.setup();

    await user.selectOptions(await screen.findByLabelText('Kanal *'), 'paper');
    const question = await screen.findByRole('group', { name: /Var är det otryggt\?/ });
    const cross = await within(question).findByRole('button', { name: 'Sätt en punkt vid korset' });
    await waitFor(() => expect(cross).toBeEnabled());
    await user.click(cross);
    await user.selectOptions(within(question).getByLabelText('Kategori (valfritt)'), 'c1');
    await user.click(screen.getByRole('button', { name: 'Registrera synpunkten' }));

    await waitFor(() => expect(fetch.mock.calls.some(([url]) => String(url).endsWith('/offline-opinions'))).toBe(true));
    const call = fetch.mock.calls.find(([url, init]) => String(url).endsWith('/offline-opinions') && init?.method === 'POST')!;
    const body = JSON.parse(String(call[1]?.body));
    expect(body.answers).toEqual([{ questionId: 'q1', marks: [{ geometry: { type: 'Point', coordinates: expect.any(Array) }, categoryId: 'c1', comment: null }] }]);
  });
});

describe('the opinions page helpers', () => {
  it('reads a refused import as report rows, in row order', () => {
    const problem = invalidRequest(['rows[4].ålder', 'unknownValue'], ['rows[2]', 'invalid'], ['file', 'required']);
    expect(rowErrorsFromProblem(problem)).toEqual([
      { row: 2, column: null, words: [{ key: 'field.invalid', params: {} }] },
      { row: 4, column: 'ålder', words: [{ key: 'field.unknownValue', params: {} }] },
    ]);
  });

  it('allows the import only for the file that passed the dry run with rows and no errors', () => {
    const file = csv();
    const clean = { dryRun: true, rows: 1, imported: 0, errors: [] };
    expect(canImport(file, { file, result: clean })).toBe(true);
    expect(canImport(csv(), { file, result: clean })).toBe(false);
    expect(canImport(file, { file, result: { ...clean, rows: 0 } })).toBe(false);
    expect(canImport(file, { file, result: { ...clean, errors: [{ row: 2, column: null, code: 'invalid', params: {}, message: 'x' }] } })).toBe(false);
    expect(canImport(null, undefined)).toBe(false);
  });

  it('names counts in words and sizes bars against the largest', () => {
    expect(reachLabelKey('channel', { key: 'dialogueWalk', label: 'dialogueWalk', count: 1 })).toBe('staffOpinions.channel.dialogueWalk');
    expect(reachLabelKey('ageBand', { key: 'age65Plus', label: 'age65Plus', count: 1 })).toBe('age.age65Plus');
    expect(reachLabelKey('district', { key: 'centrum', label: 'Centrum', count: 1 })).toBeUndefined();
    expect(reachLabelKey('district', { key: 'unknown', label: 'unknown', count: 1 })).toBe('reach.unknown');
    expect(barPercent(3, 12)).toBe(25);
    expect(barPercent(0, 0)).toBe(0);
  });

  it('places the API field errors of an offline opinion at the form fields, an answer at its question', () => {
    const sent = { answers: [{ questionId: 'q1', optionIds: ['x'] }, { questionId: 'q2', text: 'Ja' }] };
    const at = (field: string) => offlineFieldOf(parseFieldPath(field), sent);
    expect(at('sessionId')).toBe('sessionId');
    expect(at('background.district')).toBe('district');
    expect(at('answers[1].text')).toBe('answers[q2]');
    expect(at('answers[0]')).toBe('answers[q1]');
    expect(at('answers[q3]')).toBe('answers[q3]');
    expect(at('answers[5]')).toBeUndefined();
    expect(at('other')).toBeUndefined();
  });
});
