import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MapConfigDto, PublicMarksDto } from '../../api/client';
import { dialogueDetails, renderAt } from '../../lib/testing';

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
  districts: [{ code: 'backegarden', name: 'Bäckegården', area: { type: 'Polygon', coordinates: square(14.5, 59.32, 14.56, 59.35) } }],
};

const mapQuestion = {
  id: 'q1',
  kind: 'map' as const,
  text: 'Var känns det otryggt?',
  required: true,
  options: [
    { id: 'c1', text: 'Farlig korsning' },
    { id: 'c2', text: 'Otrygg plats' },
  ],
  map: { kinds: ['point' as const, 'line' as const], maxMarks: 3 },
};

const publicDialogue = dialogueDetails({ status: 'open', opinionVisibility: 'public', questions: [mapQuestion], map: { area: null, startView: null, places: [] } });

const marks: PublicMarksDto = {
  total: 2,
  marks: [
    { questionId: 'q1', categoryId: 'c1', geometry: { type: 'Point', coordinates: [14.53, 59.335] }, comment: 'Bilarna kör fort' },
    { questionId: 'q1', categoryId: null, geometry: { type: 'LineString', coordinates: [[14.51, 59.33], [14.52, 59.34]] }, comment: null },
  ],
};

const api = (dialogue = publicDialogue) => ({
  '/api/dialogue-slugs/skatepark': { body: dialogue },
  '/api/dialogues/d1/opinions': { body: { items: [], total: 0, page: 1, pageSize: 10, awaitingReview: 0, moderation: 'postModeration' } },
  '/api/dialogues/d1/marks': { body: marks },
  '/api/map': { body: config },
});

// The first map of a file waits for Leaflet's chunk to be transformed (slow on a shared machine): hence the longer waits.
// jsdom lays nothing out: the map gets the size a phone would give it, so Leaflet has a view with bounds.
beforeAll(() => {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(320);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(288);
});
afterAll(() => vi.restoreAllMocks());

describe('the public map on the dialogue page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the public marks on a map, coloured by category, and the latest as text', async () => {
    renderAt('/dialoger/skatepark', api());

    const map = await screen.findByRole('region', { name: 'Karta med invånarnas markeringar' }, { timeout: 20_000 });
    await waitFor(() => expect(map.querySelectorAll('.result-mark')).toHaveLength(2));
    expect(map.querySelectorAll('path.result-shape')).toHaveLength(1);
    expect(screen.getByText('2 markeringar visas.')).toBeInTheDocument();
    const latest = screen.getByRole('heading', { name: 'Senaste markeringarna' }).nextElementSibling as HTMLElement;
    expect(within(latest).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Farlig korsning, Punkt i Bäckegården: Bilarna kör fort', 'Utan kategori, Sträcka i Bäckegården']);
  });

  it('reads a mark’s comment when it is activated by keyboard', async () => {
    renderAt('/dialoger/skatepark', api());
    const user = userEvent.setup();

    const map = await screen.findByRole('region', { name: 'Karta med invånarnas markeringar' }, { timeout: 20_000 });
    const mark = await within(map).findByRole('button', { name: 'Farlig korsning: Punkt i Bäckegården' });
    mark.focus();
    await user.keyboard('{Enter}');
    expect((await screen.findByText(/Vald markering:/)).closest('p')).toHaveTextContent('Vald markering: Farlig korsning, Punkt i Bäckegården. Bilarna kör fort');
    expect(document.activeElement).toHaveAttribute('aria-label', 'Farlig korsning: Punkt i Bäckegården');
  });

  it('is not there, nor asked for, when the opinions are internal or the dialogue has no map question', async () => {
    const internal = renderAt('/dialoger/skatepark', api(dialogueDetails({ status: 'open', opinionVisibility: 'internal', questions: [mapQuestion] })));
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('heading', { name: 'Markeringar på kartan' })).not.toBeInTheDocument();
    expect(internal.fetch.mock.calls.some(([url]) => String(url).includes('/marks'))).toBe(false);
  });
});
