import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dialogueDetails, renderAt, signedIn } from '../../lib/testing';
import { dialogueMapFieldOf } from './DialogueMapEditor';

const ring = [[14.4, 59.2], [14.7, 59.2], [14.7, 59.45], [14.4, 59.45], [14.4, 59.2]];
const config = {
  tiles: null,
  startView: { center: { type: 'Point', coordinates: [14.53, 59.33] }, zoom: 13 },
  municipality: { type: 'Polygon', coordinates: [ring] },
  districts: [{ code: 'b', name: 'Bäckegården', area: { type: 'Polygon', coordinates: [ring] } }],
};

const draft = dialogueDetails({ status: 'draft', opinionCount: 0, ...({ map: null } as object) });

function putBodies(fetch: ReturnType<typeof renderAt>['fetch']) {
  return (fetch.mock.calls as unknown as [string, RequestInit | undefined][])
    .filter(([url, init]) => String(url).endsWith('/map') && init?.method === 'PUT')
    .map(([, init]) => JSON.parse(String(init!.body)));
}

describe('the dialogue’s map on the edit page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('draws the area at the cross by keyboard, takes the current view as start view, places a named place and saves it all', async () => {
    const { fetch } = renderAt('/personal/dialoger/d1', {
      ...signedIn(),
      '/api/staff/dialogues/d1': { body: draft },
      '/api/map': { body: config },
      '/api/dialogues/d1/map': {
        body: { area: null, startView: null, places: [{ id: 'p1', name: 'Bäckegårdsskolan', nameEn: null, location: { type: 'Point', coordinates: [14.53, 59.33] } }] },
      },
    });
    const user = userEvent.setup();
    const section = (await screen.findByRole('heading', { level: 2, name: 'Karta' })).closest('section')!;
    const map = within(section);
    expect(map.getByText('Hela kommunen')).toBeInTheDocument();
    await map.findByRole('region', { name: 'Dialogens karta' });

    const cross = map.getByRole('button', { name: 'Sätt en punkt vid korset' });
    await waitFor(() => expect(cross).toBeEnabled());
    const region = map.getByRole('region', { name: 'Dialogens karta' });
    await user.click(cross);
    await user.click(cross);
    expect(map.getByText('Där finns redan en punkt. Flytta kartan innan du sätter nästa.')).toBeInTheDocument();
    // Two more corners by clicking the map (in jsdom the map has no size, so panning does not move the cross).
    fireEvent.click(region, { clientX: 40, clientY: 10 });
    fireEvent.click(region, { clientX: 40, clientY: 60 });
    await user.click(map.getByRole('button', { name: 'Klar' }));
    expect(map.getByText('Området är ritat.')).toBeInTheDocument();
    expect(cross).toHaveFocus();

    await user.click(map.getByRole('button', { name: 'Använd nuvarande vy som startvy' }));
    expect(map.getByText(/^Startvyn är vald/)).toBeInTheDocument();

    await user.click(map.getByLabelText('Placera en namngiven plats'));
    await user.click(cross);
    const name = map.getByLabelText('Plats 1, namn *');
    expect(name).toHaveFocus();
    await user.keyboard('Bäckegårdsskolan');
    await user.click(map.getByRole('button', { name: 'Spara kartan' }));

    await waitFor(() => expect(putBodies(fetch)).toHaveLength(1));
    const [body] = putBodies(fetch);
    expect(body.area.type).toBe('Polygon');
    expect(body.area.coordinates[0]).toHaveLength(4);
    expect(body.startView).toEqual({ center: { type: 'Point', coordinates: expect.any(Array) }, zoom: expect.any(Number) });
    expect(body.places).toEqual([{ id: null, name: 'Bäckegårdsskolan', nameEn: null, location: { type: 'Point', coordinates: expect.any(Array) } }]);
    expect(await map.findByText('Kartan är sparad.')).toBeInTheDocument();
  });

  it('places a refused place name at its field', () => {
    expect(dialogueMapFieldOf(['places', 2, 'name'])).toBe('map-place-2-name');
    expect(dialogueMapFieldOf(['places', 0, 'nameEn'])).toBe('map-place-0-nameEn');
    expect(dialogueMapFieldOf(['area'])).toBeUndefined();
  });
});
