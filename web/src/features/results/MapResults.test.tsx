import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MapConfigDto, ResultDto, ResultMapDto, ResultPlacesDto } from '../../api/client';
import { dialogueDetails, renderAt, signedIn } from '../../lib/testing';

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
  status: 'closed',
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
  ],
  map: {
    area: null,
    startView: null,
    places: [{ id: 'p1', name: 'Korsningen vid Bäckegårdsskolan', nameEn: null, location: { type: 'Point', coordinates: [14.521, 59.331] } }],
  },
});

const result: ResultDto = {
  dialogueId: 'd1',
  status: 'closed',
  total: 2,
  untagged: 2,
  summary: '',
  quotes: [],
  themes: [{ id: 't1', name: 'Trygghet', count: 1 }],
  questions: [],
  channels: [],
};

const marks: ResultMapDto = {
  total: 3,
  inView: 3,
  clusters: [],
  marks: [
    { id: 'm1', opinionId: 'o1', questionId: 'q1', categoryId: 'c1', geometry: { type: 'Point', coordinates: [14.53, 59.335] }, comment: 'Bilarna kör fort', channel: 'online' },
    {
      id: 'm2',
      opinionId: 'o1',
      questionId: 'q1',
      categoryId: 'c2',
      geometry: { type: 'LineString', coordinates: [[14.51, 59.33], [14.52, 59.34], [14.54, 59.34]] },
      comment: null,
      channel: 'online',
    },
    { id: 'm3', opinionId: 'o2', questionId: 'q1', categoryId: null, geometry: { type: 'Point', coordinates: [14.521, 59.331] }, channel: 'paper', placeId: 'p1' },
  ],
};

const places: ResultPlacesDto = {
  questions: [
    {
      questionId: 'q1',
      total: 1240,
      onMap: 1000,
      atPlaces: 200,
      inWords: 40,
      byCategory: [
        { categoryId: 'c1', count: 700 },
        { categoryId: 'c2', count: 500 },
        { categoryId: null, count: 40 },
      ],
      byDistrict: [
        { districtCode: 'backegarden', districtName: 'Bäckegården', categoryId: 'c1', count: 700 },
        { districtCode: 'backegarden', districtName: 'Bäckegården', categoryId: 'c2', count: 500 },
        { districtCode: null, districtName: null, categoryId: null, count: 40 },
      ],
      hotSpots: [
        {
          center: { type: 'Point', coordinates: [14.521, 59.331] },
          count: 300,
          districtName: 'Bäckegården',
          placeName: 'Korsningen vid Bäckegårdsskolan',
          categories: [{ categoryId: 'c1', count: 300 }],
        },
      ],
      described: [{ description: 'Vid busshållplatsen utanför Coop', categoryId: null, comment: 'Mörkt på kvällen' }],
    },
  ],
};

const api = {
  ...signedIn(),
  '/api/staff/dialogues/d1': { body: dialogue },
  '/api/staff/dialogues/d1/result': { body: result },
  '/api/staff/dialogues/d1/feedback': { body: { delivery: { queued: 0, sent: 0, failed: 0 } } },
  '/api/staff/dialogues/d1/opinions': { body: { items: [], total: 0, page: 1, pageSize: 20 } },
  '/api/staff/dialogues/d1/result/map': { body: marks },
  '/api/staff/dialogues/d1/result/places': { body: places },
  '/api/map': { body: config },
  '/api/districts': { body: [] },
};

const mapCalls = (fetch: ReturnType<typeof vi.fn>) =>
  fetch.mock.calls.map(([url]) => new URL(String(url), 'http://localhost')).filter((url) => url.pathname.endsWith('/result/map'));

// The first map of a file waits for Leaflet's chunk to be transformed (slow on a shared machine): hence the longer waits.
// jsdom lays nothing out: the map gets the size a phone would give it, so Leaflet has a view with bounds.
beforeAll(() => {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(320);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(288);
});
afterAll(() => vi.restoreAllMocks());

describe('the results map', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('draws the marks in view, coloured by category, with a legend and the count', async () => {
    renderAt('/personal/dialoger/d1/resultat', api);

    const map = await screen.findByRole('region', { name: 'Karta med markeringar till fråga 1' }, { timeout: 20_000 });
    await screen.findByText('3 markeringar, 3 i kartbilden');
    await waitFor(() => expect(map.querySelectorAll('.result-mark')).toHaveLength(3));
    expect(map.querySelectorAll('path.result-shape')).toHaveLength(1);
    expect(within(map).getByRole('button', { name: 'Farlig korsning: Punkt i Bäckegården' })).toBeInTheDocument();
    expect(within(map).getByRole('button', { name: 'Utan kategori: Vid Korsningen vid Bäckegårdsskolan' })).toBeInTheDocument();
    const legend = screen.getByRole('list', { name: 'Färger på kartan' });
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Farlig korsning', 'Otrygg plats', 'Utan kategori']);
  });

  it('opens a mark’s comment, category and channel by keyboard', async () => {
    renderAt('/personal/dialoger/d1/resultat', api);
    const user = userEvent.setup();

    const map = await screen.findByRole('region', { name: 'Karta med markeringar till fråga 1' }, { timeout: 20_000 });
    const mark = await within(map).findByRole('button', { name: 'Farlig korsning: Punkt i Bäckegården' });
    mark.focus();
    await user.keyboard('{Enter}');

    const chosen = screen.getByRole('heading', { name: 'Vald markering' }).parentElement!;
    expect(chosen).toHaveTextContent('Bilarna kör fort');
    expect(chosen).toHaveTextContent('Farlig korsning');
    expect(chosen).toHaveTextContent('Webben');
    // The map is drawn again with the mark shown as chosen: focus stays on it, not lost to the page.
    await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-label', 'Farlig korsning: Punkt i Bäckegården'));
    expect(document.activeElement).toHaveAttribute('aria-pressed', 'true');
  });

  it('asks again with the filters chosen', async () => {
    const { fetch } = renderAt('/personal/dialoger/d1/resultat', api);
    const user = userEvent.setup();

    await screen.findByText('3 markeringar, 3 i kartbilden');
    await user.selectOptions(screen.getByLabelText('Kategori'), 'Otrygg plats');
    await user.selectOptions(screen.getByLabelText('Tema'), 'Trygghet');
    await user.selectOptions(screen.getByLabelText('Kanal'), 'Papper');
    await user.selectOptions(screen.getByLabelText('Ålder'), '16–25');

    await waitFor(() => {
      const last = mapCalls(fetch).at(-1)!;
      expect(Object.fromEntries(['questionId', 'categoryId', 'themeId', 'channel', 'ageBand'].map((k) => [k, last.searchParams.get(k)]))).toEqual({
        questionId: 'q1',
        categoryId: 'c2',
        themeId: 't1',
        channel: 'paper',
        ageBand: 'age16To25',
      });
    });
    const last = mapCalls(fetch).at(-1)!;
    for (const k of ['west', 'south', 'east', 'north', 'zoom']) expect(Number.isFinite(Number(last.searchParams.get(k)))).toBe(true);
  });

  it('shows clusters with their count when there are many, and says so', async () => {
    renderAt('/personal/dialoger/d1/resultat', {
      ...api,
      '/api/staff/dialogues/d1/result/map': {
        body: { total: 1240, inView: 1000, marks: [], clusters: [{ longitude: 14.53, latitude: 59.335, count: 1000 }] } satisfies ResultMapDto,
      },
    });

    const map = await screen.findByRole('region', { name: 'Karta med markeringar till fråga 1' }, { timeout: 20_000 });
    await screen.findByText(/1\s240 markeringar, 1\s000 i kartbilden/);
    expect(screen.getByText(/visas samlade i grupper/)).toBeInTheDocument();
    expect(await within(map).findByRole('button', { name: /^1\s000 markeringar här. Zooma in$/ })).toHaveTextContent(/^1\s000$/);
  });

  it('gives the same result as tables, with numbers as Swedish readers write them', async () => {
    renderAt('/personal/dialoger/d1/resultat', api);

    const totals = await screen.findByRole('table', { name: 'Hur platserna angavs' });
    expect(within(totals).getByRole('row', { name: /^Markerat på kartan 1\s000$/ })).toBeInTheDocument();
    expect(within(totals).getByRole('row', { name: /^Totalt 1\s240$/ })).toBeInTheDocument();
    const categories = screen.getByRole('table', { name: 'Per kategori' });
    expect(within(categories).getByRole('row', { name: 'Utan kategori 40' })).toBeInTheDocument();
    const districts = screen.getByRole('table', { name: 'Per stadsdel och kategori' });
    expect(within(districts).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Stadsdel', 'Farlig korsning', 'Otrygg plats', 'Utan kategori', 'Totalt']);
    expect(within(districts).getByRole('row', { name: /^Bäckegården 700 500 0 1\s200$/ })).toBeInTheDocument();
    expect(within(districts).getByRole('row', { name: /^Ingen plats på kartan \(beskrivet med ord\) 0 0 40 40$/ })).toBeInTheDocument();
    const hot = screen.getByRole('table', { name: 'Platser med flest markeringar' });
    expect(within(hot).getByRole('row', { name: 'Bäckegården Korsningen vid Bäckegårdsskolan 300 Farlig korsning 300' })).toBeInTheDocument();
    const words = screen.getByRole('table', { name: 'Platser beskrivna med ord' });
    expect(within(words).getByRole('row', { name: 'Vid busshållplatsen utanför Coop Utan kategori Mörkt på kvällen' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ladda ner som GeoJSON (för GIS)' })).toHaveAttribute('href', '/api/staff/dialogues/d1/marks.geojson');
  });
});
