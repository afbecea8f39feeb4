import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { FollowerDto } from '../../api/client';
import { renderAt } from '../../lib/testing';

const follower: FollowerDto = {
  email: 'anna@exempel.se',
  language: 'sv',
  frequency: 'eachStep',
  consentVersion: 'follow-consent-2026-12',
  consentedAt: '2026-12-01T10:00:00Z',
  follows: [
    { id: 'f1', scope: 'dialogue', dialogue: { id: 'd1', slug: 'skatepark', title: 'Ny skatepark', status: 'open' }, confirmed: true, createdAt: '2026-12-01T10:00:00Z' },
    { id: 'f2', scope: 'newDialogues', district: 'centrum', districtName: 'Centrum', topic: 'trafik', confirmed: false, createdAt: '2026-12-01T11:00:00Z' },
  ],
};

/** Answers by method and path from here on (the page has loaded with renderAt's answers). */
function answer(fetch: ReturnType<typeof vi.fn>, answers: Record<string, { status?: number; body?: unknown }>) {
  fetch.mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
    const key = `${(init?.method ?? 'GET').toUpperCase()} ${new URL(String(input), 'http://localhost').pathname}`;
    const a = answers[key] ?? { status: 404, body: { status: 404, code: 'follower.linkNotFound', title: 'Not found.' } };
    const status = a.status ?? 200;
    return status === 204
      ? new Response(null, { status })
      : new Response(JSON.stringify(a.body), { status, headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' } });
  });
}
const sent = (fetch: ReturnType<typeof vi.fn>, method: string, path: string) =>
  fetch.mock.calls.filter(([url, init]) => (init?.method ?? 'GET') === method && new URL(String(url), 'http://localhost').pathname === path);

describe('the manage page of a follower (/folj/:token)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the address and what is followed: the dialogue with its status and link, new dialogues with district and topic, pending ones marked', async () => {
    renderAt('/folj/abc', { '/api/followers/abc': { body: follower } });

    expect(await screen.findByText('Vi skickar e-post till \u2068anna@exempel.se\u2069.')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Det här följer du' });
    const items = within(list).getAllByRole('listitem');
    expect(within(items[0]).getByRole('link', { name: 'Ny skatepark' })).toHaveAttribute('href', '/dialoger/skatepark');
    expect(items[0]).toHaveTextContent('Läge just nu: Pågår – tyck till nu');
    expect(within(items[1]).getByRole('heading', { name: 'Nya dialoger i \u2068Centrum\u2069 om ”\u2068trafik\u2069”' })).toBeInTheDocument();
    expect(items[1]).toHaveTextContent('Väntar på att du bekräftar med länken i mejlet');
    expect(screen.getByRole('radio', { name: 'Varje gång något händer' })).toBeChecked();
  });

  it('removes one follow and says so', async () => {
    const { fetch } = renderAt('/folj/abc', { '/api/followers/abc': { body: follower } });
    const list = await screen.findByRole('list', { name: 'Det här följer du' });
    answer(fetch, {
      'DELETE /api/followers/abc/follows/f1': { status: 204 },
      'GET /api/followers/abc': { body: { ...follower, follows: follower.follows.slice(1) } },
    });
    fireEvent.click(within(within(list).getAllByRole('listitem')[0]).getByRole('button', { name: 'Sluta följa' }));

    expect(await screen.findByText('Du följer inte längre dialogen ”\u2068Ny skatepark\u2069”.')).toHaveFocus();
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(sent(fetch, 'DELETE', '/api/followers/abc/follows/f1')).toHaveLength(1);
  });

  it('changes to a weekly digest in English', async () => {
    const { fetch } = renderAt('/folj/abc', { '/api/followers/abc': { body: follower } });
    fireEvent.click(await screen.findByRole('radio', { name: 'En sammanfattning i veckan' }));
    fireEvent.change(screen.getByLabelText('Språk i e-posten'), { target: { value: 'en' } });
    answer(fetch, { 'PUT /api/followers/abc': { body: { ...follower, frequency: 'weekly', language: 'en' } } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));

    expect(await screen.findByText('Sparat. Nästa mejl skickas så.')).toBeInTheDocument();
    expect(JSON.parse(String(sent(fetch, 'PUT', '/api/followers/abc')[0][1].body))).toEqual({ frequency: 'weekly', language: 'en' });
  });

  it('stops following everything only after asking, then says the address is deleted', async () => {
    const { fetch } = renderAt('/folj/abc', { '/api/followers/abc': { body: follower } });
    fireEvent.click(await screen.findByRole('button', { name: 'Sluta följa allt och radera min adress' }));
    const question = await screen.findByRole('alertdialog');
    await waitFor(() => expect(question).toHaveFocus());
    expect(sent(fetch, 'DELETE', '/api/followers/abc')).toHaveLength(0);
    answer(fetch, { 'DELETE /api/followers/abc': { status: 204 } });
    fireEvent.click(within(question).getByRole('button', { name: 'Ja, radera min adress' }));

    expect(await screen.findByRole('heading', { name: 'Din adress är raderad' })).toBeInTheDocument();
    expect(screen.queryByText(/anna@exempel.se/)).not.toBeInTheDocument();
    expect(sent(fetch, 'DELETE', '/api/followers/abc')).toHaveLength(1);
  });

  it('removing the last follow deletes the address, and the page says so', async () => {
    const { fetch } = renderAt('/folj/abc', { '/api/followers/abc': { body: { ...follower, follows: follower.follows.slice(0, 1) } } });
    const button = await screen.findByRole('button', { name: 'Sluta följa' });
    answer(fetch, { 'DELETE /api/followers/abc/follows/f1': { status: 204 } });
    fireEvent.click(button);

    expect(await screen.findByRole('heading', { name: 'Din adress är raderad' })).toBeInTheDocument();
  });

  it('says clearly when the link is no longer valid (404 follower.linkNotFound)', async () => {
    renderAt('/folj/gammal', { '/api/followers/gammal': { status: 404, body: { status: 404, code: 'follower.linkNotFound', title: 'Not found.' } } });

    expect(await screen.findByRole('heading', { level: 1, name: 'Länken gäller inte längre' })).toBeInTheDocument();
    expect(screen.getByText(/Du kanske redan har slutat följa allt/)).toBeInTheDocument();
  });
});

describe('the confirm page (/folj/bekrafta/:token)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('confirms only when the button is pressed, then shows what is followed and the manage link', async () => {
    const { fetch } = renderAt('/folj/bekrafta/tok', {
      '/api/follow-confirmations': { body: { follow: follower.follows[0], followerToken: 'mine' } },
    });
    const button = await screen.findByRole('button', { name: 'Bekräfta' });
    expect(fetch.mock.calls.filter(([url]) => String(url).includes('follow-confirmations'))).toHaveLength(0);
    fireEvent.click(button);

    expect(await screen.findByRole('heading', { name: 'Tack! Nu följer du:' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ny skatepark' })).toHaveAttribute('href', '/dialoger/skatepark');
    expect(screen.getByRole('link', { name: 'Se och ändra det du följer' })).toHaveAttribute('href', '/folj/mine');
    const call = fetch.mock.calls.find(([url]) => String(url).includes('follow-confirmations'))!;
    expect(JSON.parse(String((call[1] as RequestInit).body))).toEqual({ token: 'tok' });
  });

  it('takes a second confirmation as good news (409 follow.alreadyConfirmed)', async () => {
    renderAt('/folj/bekrafta/tok', { '/api/follow-confirmations': { status: 409, body: { status: 409, code: 'follow.alreadyConfirmed', title: 'Already.' } } });
    fireEvent.click(await screen.findByRole('button', { name: 'Bekräfta' }));

    expect(await screen.findByRole('heading', { name: 'Det är redan klart' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('finns i varje mejl från oss');
  });

  it('says clearly when the link has expired (404 follow.linkNotFound)', async () => {
    renderAt('/folj/bekrafta/tok', { '/api/follow-confirmations': { status: 404, body: { status: 404, code: 'follow.linkNotFound', title: 'Gone.' } } });
    fireEvent.click(await screen.findByRole('button', { name: 'Bekräfta' }));

    expect(await screen.findByRole('heading', { name: 'Länken fungerar inte' })).toBeInTheDocument();
    expect(screen.getByText(/den gäller i 7 dagar/)).toBeInTheDocument();
  });
});
