import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dialogueDetails, renderAt, signedIn } from '../../lib/testing';

const draft = dialogueDetails({
  targetGroups: [],
  opensAt: '2026-11-01T08:00:00Z',
  closesAt: '2026-12-01T08:00:00Z',
  status: 'draft',
  opinionCount: 0,
  questions: [{ id: 'q1', kind: 'freeText', text: 'Något mer?', textEn: null, required: false, options: [] }],
});

function putBodies(fetch: ReturnType<typeof renderAt>['fetch']) {
  return (fetch.mock.calls as unknown as [string, RequestInit | undefined][])
    .filter(([url, init]) => String(url).endsWith('/questionnaire') && init?.method === 'PUT')
    .map(([, init]) => JSON.parse(String(init!.body)));
}

describe('the questionnaire editor on the edit page', () => {
  it('builds a choice question with the keyboard-usable buttons and saves the whole questionnaire with one PUT', async () => {
    const { fetch } = renderAt('/personal/dialoger/d1', {
      ...signedIn(),
      '/api/staff/dialogues/d1': { body: draft },
      '/api/dialogues/d1/questionnaire': {
        body: [
          { id: 'q2', kind: 'singleChoice', text: 'Var?', textEn: 'Where?', required: true, options: [{ id: 'o1', text: 'Skranta' }, { id: 'o2', text: 'Centrum' }] },
          { id: 'q1', kind: 'freeText', text: 'Något mer?', textEn: null, required: false, options: [] },
        ],
      },
    });
    const user = userEvent.setup();

    await screen.findByRole('heading', { level: 2, name: 'Frågeformulär' });
    await user.click(screen.getByRole('button', { name: 'Lägg till fråga' }));
    const second = screen.getByRole('group', { name: 'Fråga 2' });
    expect(within(second).getByLabelText('Frågan på svenska *')).toHaveFocus();
    await user.keyboard('Var?');
    await user.type(within(second).getByLabelText('Frågan på engelska (valfritt)'), 'Where?');
    await user.selectOptions(within(second).getByLabelText('Typ av svar'), 'singleChoice');
    await user.click(within(second).getByLabelText('Måste besvaras'));
    const options = within(second).getByRole('group', { name: 'Svarsalternativ till fråga 2' });
    await user.type(within(options).getByLabelText('Alternativ 1 på svenska *'), 'Centrum');
    await user.type(within(options).getByLabelText('Alternativ 2 på svenska *'), 'Skranta');
    await user.click(within(options).getByRole('button', { name: 'Flytta upp alternativ 2' }));
    expect(within(options).getByRole('button', { name: 'Flytta ned alternativ 1' })).toHaveFocus();
    await user.click(within(second).getByRole('button', { name: 'Flytta upp fråga 2' }));
    expect(screen.getByRole('group', { name: 'Fråga 1' })).toHaveTextContent('Svarsalternativ till fråga 1');
    expect(screen.getByText('Fråga 2 är nu fråga 1.')).toHaveClass('visually-hidden');
    await user.click(screen.getByRole('button', { name: 'Spara frågeformuläret' }));

    await screen.findByText('Frågeformuläret är sparat (2 frågor).');
    expect(putBodies(fetch)).toEqual([
      {
        questions: [
          {
            id: null,
            kind: 'singleChoice',
            text: 'Var?',
            textEn: 'Where?',
            required: true,
            options: [
              { id: null, text: 'Skranta', textEn: null },
              { id: null, text: 'Centrum', textEn: null },
            ],
          },
          { id: 'q1', kind: 'freeText', text: 'Något mer?', textEn: null, required: false, options: [] },
        ],
      },
    ]);
  });

  it('checks before sending and shows the API field errors at the fields', async () => {
    const { fetch } = renderAt('/personal/dialoger/d1', {
      ...signedIn(),
      '/api/staff/dialogues/d1': { body: draft },
      '/api/dialogues/d1/questionnaire': {
        status: 400,
        body: {
          title: 'Validation',
          status: 400,
          code: 'request.invalid',
          fieldErrors: [{ field: 'questions[0].text', code: 'tooLong', params: { max: '500' }, message: 'The length of Text must be 500 characters or fewer.' }],
        },
      },
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Lägg till fråga' }));
    await user.click(screen.getByRole('button', { name: 'Spara frågeformuläret' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Fråga 2, Frågan på svenska: Skriv frågan.');
    expect(putBodies(fetch)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Ta bort fråga 2' }));
    expect(screen.getByRole('button', { name: 'Lägg till fråga' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Spara frågeformuläret' }));
    const alert = await screen.findByText(/Texten är för lång: högst 500 tecken./, { selector: 'a' });
    expect(alert).toHaveAttribute('href', expect.stringMatching(/^#qe-.+-text$/));
    expect(screen.getByLabelText('Frågan på svenska *')).toHaveAttribute('aria-invalid', 'true');
    expect(putBodies(fetch)).toHaveLength(1);
  });

  it('shows the questions read-only once the dialogue is no longer a draft', async () => {
    renderAt('/personal/dialoger/d1', { ...signedIn(), '/api/staff/dialogues/d1': { body: { ...draft, status: 'announced' } } });

    await screen.findByText('Dialogen är inte längre ett utkast, så frågorna kan inte ändras.');
    // Read-only in the questionnaire, and once more as the Swedish beside its translation's field.
    expect(screen.getAllByText('Något mer?')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Lägg till fråga' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Synpunkter och deltagande' })).toHaveAttribute('href', '/personal/dialoger/d1/synpunkter');
  });

  it('builds a map question: the kinds residents can mark (at least one), the most marks, and categories that may be none', async () => {
    const { fetch } = renderAt('/personal/dialoger/d1', {
      ...signedIn(),
      '/api/staff/dialogues/d1': { body: { ...draft, questions: [] } },
      '/api/dialogues/d1/questionnaire': { body: [] },
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Lägg till fråga' }));
    const question = screen.getByRole('group', { name: 'Fråga 1' });
    await user.type(within(question).getByLabelText('Frågan på svenska *'), 'Var känns det otryggt?');
    await user.selectOptions(within(question).getByLabelText('Typ av svar'), 'map');
    const kinds = within(question).getByRole('group', { name: 'Vad invånarna kan markera' });
    expect(within(kinds).getByLabelText('Punkter')).toBeChecked();
    await user.click(within(kinds).getByLabelText('Punkter'));
    const most = within(question).getByLabelText('Högst antal markeringar *');
    expect(most).toHaveValue(5);
    await user.clear(most);
    await user.type(most, '21');
    await user.click(screen.getByRole('button', { name: 'Spara frågeformuläret' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Fråga 1, Vad invånarna kan markera: Välj minst en sorts markering.');
    expect(alert).toHaveTextContent('Fråga 1, Högst antal markeringar: Ange ett heltal från 1 till 20.');
    expect(putBodies(fetch)).toEqual([]);

    await user.click(within(kinds).getByLabelText('Områden'));
    await user.click(within(kinds).getByLabelText('Punkter'));
    await user.clear(most);
    await user.type(most, '3');
    const categories = within(question).getByRole('group', { name: 'Kategorier till fråga 1 (valfritt)' });
    expect(within(categories).queryByLabelText('Kategori 1 på svenska *')).not.toBeInTheDocument();
    await user.click(within(categories).getByRole('button', { name: 'Lägg till kategori' }));
    await user.keyboard('Farlig korsning');
    await user.click(screen.getByRole('button', { name: 'Spara frågeformuläret' }));
    await screen.findByText('Frågeformuläret är sparat (0 frågor).');
    expect(putBodies(fetch)).toEqual([
      {
        questions: [
          {
            id: null,
            kind: 'map',
            text: 'Var känns det otryggt?',
            textEn: null,
            required: false,
            options: [{ id: null, text: 'Farlig korsning', textEn: null }],
            map: { kinds: ['point', 'area'], maxMarks: 3 },
          },
        ],
      },
    ]);
  });
});
