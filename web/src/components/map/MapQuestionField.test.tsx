import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dialogueDetails, invalidRequest, renderAt } from '../../lib/testing';
import type { MapConfigDto } from '../../api/client';

const square = (west: number, south: number, east: number, north: number) => [
  [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ],
];

const config: MapConfigDto = {
  tiles: null,
  startView: { center: { type: 'Point', coordinates: [14.53, 59.33] }, zoom: 13 },
  municipality: { type: 'Polygon', coordinates: square(14.4, 59.2, 14.7, 59.45) },
  districts: [
    { code: 'backegarden', name: 'Bäckegården', area: { type: 'Polygon', coordinates: square(14.5, 59.32, 14.56, 59.35) } },
    { code: 'centrum', name: 'Centrum', area: { type: 'Polygon', coordinates: square(14.4, 59.2, 14.5, 59.32) } },
  ],
};

const dialogue = dialogueDetails({
  status: 'open',
  slug: 'trafik',
  questions: [
    {
      id: 'q1',
      kind: 'map',
      text: 'Var känns det otryggt i trafiken?',
      required: true,
      options: [
        { id: 'c1', text: 'Farlig korsning' },
        { id: 'c2', text: 'Otrygg plats' },
      ],
      map: { kinds: ['point', 'line'], maxMarks: 3 },
    },
  ] as never,
  ...({
    map: {
      area: null,
      startView: null,
      places: [{ id: 'p1', name: 'Korsningen vid Bäckegårdsskolan', nameEn: null, location: { type: 'Point', coordinates: [14.521, 59.331] } }],
    },
  } as object),
});

function sentBodies(fetch: ReturnType<typeof renderAt>['fetch']) {
  return (fetch.mock.calls as unknown as [string, RequestInit | undefined][])
    .filter(([url, init]) => String(url).endsWith('/opinions') && init?.method === 'POST')
    .map(([, init]) => JSON.parse(String(init!.body)));
}

describe('a map question in the resident’s form', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is answered without the map, by a named place and by words, each listed, announced and removable', async () => {
    const { fetch } = renderAt('/dialoger/trafik/tyck-till', {
      '/api/dialogue-slugs/trafik': { body: dialogue },
      '/api/map': { body: config },
      '/api/dialogues/d1/opinions': { status: 201, body: { opinionId: 'o1', receiptToken: 'r1' } },
    });
    const user = userEvent.setup();
    const question = await screen.findByRole('group', { name: /Var känns det otryggt i trafiken\?/ });
    expect(within(question).getByText('Inga markeringar än.')).toBeInTheDocument();

    await user.selectOptions(within(question).getByLabelText('Välj en plats'), 'p1');
    await user.click(within(question).getByRole('button', { name: 'Lägg till platsen' }));
    expect(within(question).getByRole('status')).toHaveTextContent('Markering 1 satt: Vid Korsningen vid Bäckegårdsskolan.');

    await user.type(within(question).getByLabelText('Beskriv platsen med ord'), 'Vid busshållplatsen utanför Coop');
    await user.click(within(question).getByRole('button', { name: 'Lägg till beskrivningen' }));
    const second = within(question).getByRole('group', { name: 'Markering 2: Med ord: Vid busshållplatsen utanför Coop' });
    await user.selectOptions(within(second).getByLabelText('Kategori (valfritt)'), 'c2');
    await user.type(within(second).getByLabelText('Kommentar (valfritt)'), 'Mörkt på kvällen');
    expect(within(question).getByLabelText('Beskriv platsen med ord')).toHaveValue('');

    await user.type(within(question).getByLabelText('Beskriv platsen med ord'), 'Vid torget');
    await user.click(within(question).getByRole('button', { name: 'Lägg till beskrivningen' }));
    await user.click(within(question).getByRole('button', { name: 'Ta bort markering 3' }));
    expect(within(question).getByRole('status')).toHaveTextContent('Markering 3 borttagen.');
    expect(within(question).queryByRole('group', { name: /Markering 3/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Skicka' }));
    await waitFor(() => expect(sentBodies(fetch)).toHaveLength(1));
    expect(sentBodies(fetch)[0].answers).toEqual([
      {
        questionId: 'q1',
        marks: [
          { placeId: 'p1', categoryId: null, comment: null },
          { description: 'Vid busshållplatsen utanför Coop', categoryId: 'c2', comment: 'Mörkt på kvällen' },
        ],
      },
    ]);
  });

  it('shows the API’s error at the mark it is about, in words about places', async () => {
    renderAt('/dialoger/trafik/tyck-till', {
      '/api/dialogue-slugs/trafik': { body: dialogue },
      '/api/map': { body: config },
      '/api/dialogues/d1/opinions': { status: 400, body: invalidRequest(['answers[q1].marks[0].placeId', 'outsideArea', { area: 'dialogue' }]) },
    });
    const user = userEvent.setup();
    const question = await screen.findByRole('group', { name: /Var känns det otryggt/ });
    await user.type(within(question).getByLabelText('Beskriv platsen med ord'), 'Långt bort');
    await user.click(within(question).getByRole('button', { name: 'Lägg till beskrivningen' }));
    await user.click(screen.getByRole('button', { name: 'Skicka' }));
    const mark = within(question).getByRole('group', { name: 'Markering 1: Med ord: Långt bort' });
    expect(await within(mark).findByText('Platsen ligger utanför området som dialogen gäller.')).toBeInTheDocument();
    expect(mark).toHaveAccessibleDescription('Platsen ligger utanför området som dialogen gäller.');
    expect(screen.getByRole('alert')).toHaveTextContent('Platsen ligger utanför området som dialogen gäller.');
  });

  it('draws on the map by keyboard: points at the cross, a route finished with Klar, the last point undone', async () => {
    renderAt('/dialoger/trafik/tyck-till', {
      '/api/dialogue-slugs/trafik': { body: dialogue },
      '/api/map': { body: config },
    });
    const user = userEvent.setup();
    const question = await screen.findByRole('group', { name: /Var känns det otryggt/ });
    const map = await within(question).findByRole('region', { name: 'Karta till fråga 1' });
    expect(map).toHaveAccessibleDescription(/flytta kartan med piltangenterna/);
    await waitFor(() => expect(within(question).getByRole('button', { name: 'Sätt en punkt vid korset' })).toBeEnabled());
    await user.click(within(question).getByRole('button', { name: 'Sätt en punkt vid korset' }));
    expect(within(question).getByRole('status')).toHaveTextContent(/^Markering 1 satt: Punkt/);
    expect(within(question).getByRole('group', { name: /^Markering 1: Punkt/ })).toBeInTheDocument();

    await user.click(within(question).getByLabelText('En sträcka'));
    const done = within(question).getByRole('button', { name: 'Klar' });
    expect(done).toBeDisabled();
    await user.click(within(question).getByRole('button', { name: 'Sätt en punkt vid korset' }));
    expect(within(question).getByRole('status')).toHaveTextContent('Punkt 1 satt.');
    await user.click(within(question).getByRole('button', { name: 'Sätt en punkt vid korset' }));
    expect(within(question).getByRole('status')).toHaveTextContent('Där finns redan en punkt. Flytta kartan innan du sätter nästa.');
    expect(done).toBeDisabled();
    // A click elsewhere on the map (jsdom's map has no size, so the arrow keys do not move the cross).
    fireEvent.click(map, { clientX: 30, clientY: 40 });
    expect(within(question).getByRole('status')).toHaveTextContent('Punkt 2 satt.');
    expect(done).toBeEnabled();
    await user.click(within(question).getByRole('button', { name: 'Ångra senaste punkten' }));
    expect(within(question).getByRole('status')).toHaveTextContent('Senaste punkten borttagen.');
    expect(done).toBeDisabled();
    fireEvent.click(map, { clientX: 50, clientY: 20 });
    await user.click(done);
    expect(within(question).getByRole('group', { name: /^Markering 2: Sträcka/ })).toBeInTheDocument();
  });
});
