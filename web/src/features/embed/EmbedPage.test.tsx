import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DialoguePage, DialogueSummary } from '../../api/client';
import { EmbedPage } from './EmbedPage';
import { embedParams } from './embedParams';
import { currentDialogues, type EmbedClient } from './currentDialogues';
import { fill, loadEmbedWords } from './words';
import { reportHeight, heightMessageType } from './height';

const dialogue = (over: Partial<DialogueSummary>): DialogueSummary => ({
  id: over.slug ?? 'x',
  slug: 'x',
  title: 'X',
  summary: 'Om x.',
  committee: 'Kommunstyrelsen',
  forms: ['survey'],
  targetGroups: ['allResidents'],
  opensAt: '2027-02-01T08:00:00Z',
  closesAt: '2027-03-03T20:00:00Z',
  status: 'open',
  publishedAt: '2027-01-20T08:00:00Z',
  translations: [],
  ...over,
});

const pageOf = (items: DialogueSummary[]): DialoguePage => ({ items, page: 1, pageSize: 5, totalCount: items.length });

const open = dialogue({
  slug: 'lekplats-i-centrum',
  title: 'Ny lekplats i centrum',
  translations: [{ language: 'en', title: 'A new playground in the centre', summary: 'About the playground.' }],
});
const later = dialogue({ slug: 'gangvag-skranta', title: 'Gångväg vid Skranta', status: 'announced', opensAt: '2027-04-06T07:00:00Z', closesAt: '2027-05-06T20:00:00Z' });
const sooner = dialogue({ slug: 'bibliotek', title: 'Bibliotekets öppettider', status: 'announced', opensAt: '2027-03-10T07:00:00Z', closesAt: '2027-04-06T20:00:00Z' });

function fakeClient(): EmbedClient & { listDialogues: ReturnType<typeof vi.fn>; listDistricts: ReturnType<typeof vi.fn> } {
  return {
    listDialogues: vi.fn(async (_page: number, _size: number, phase: string) => pageOf(phase === 'open' ? [open] : [later, sooner])),
    listDistricts: vi.fn(async () => [
      { code: 'centrum', name: 'Centrum' },
      { code: 'skranta', name: 'Skranta' },
    ]),
  } as never;
}

describe('the embed page', () => {
  it('reads its filters from the address, Swedish names, and ignores what it does not know', () => {
    expect(embedParams('?omrade=centrum&amne=Lekplats&sprak=ar&antal=3')).toEqual({ district: 'centrum', topic: 'Lekplats', language: 'ar', count: 3 });
    expect(embedParams('')).toEqual({ district: undefined, topic: undefined, language: 'sv', count: 5 });
    expect(embedParams('?sprak=de&antal=500&omrade=')).toEqual({ district: undefined, topic: undefined, language: 'sv', count: 20 });
    expect(embedParams('?antal=-1').count).toBe(5);
  });

  it('asks the API for open and announced dialogues of the district and topic, open first, announced soonest first', async () => {
    const client = fakeClient();

    const found = await currentDialogues(client, { district: 'centrum', topic: 'lekplats', count: 5 });

    expect(client.listDialogues).toHaveBeenCalledWith(1, 5, 'open', undefined, undefined, undefined, 'lekplats', 'centrum', undefined);
    expect(client.listDialogues).toHaveBeenCalledWith(1, 5, 'upcoming', undefined, undefined, undefined, 'lekplats', 'centrum', undefined);
    expect(found.map((d) => d.slug)).toEqual(['lekplats-i-centrum', 'bibliotek', 'gangvag-skranta']);
    expect((await currentDialogues(client, { count: 2 })).map((d) => d.slug)).toEqual(['lekplats-i-centrum', 'bibliotek']);
  });

  it('lists each dialogue with a link to its page in the top window and its status in Swedish words', async () => {
    const client = fakeClient();
    render(<EmbedPage params={embedParams('?omrade=centrum')} t={await loadEmbedWords('sv')} client={client} />);

    const list = await screen.findByRole('list', { name: 'Aktuella dialoger – Centrum' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    const link = within(items[0]).getByRole('link', { name: 'Ny lekplats i centrum' });
    expect(link).toHaveAttribute('href', `${location.origin}/dialoger/lekplats-i-centrum`);
    expect(link).toHaveAttribute('target', '_top');
    expect(items[0]).toHaveTextContent('Öppen till 3 mars 2027');
    expect(items[1]).toHaveTextContent('Öppnar 10 mars 2027');
    expect(screen.getByRole('heading', { level: 1, name: 'Aktuella dialoger – Centrum' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Alla dialoger' })).toHaveAttribute('href', `${location.origin}/?omrade=centrum`);
  });

  it('speaks the asked language: translated titles, the language on the links to the site, dates in its locale', async () => {
    render(<EmbedPage params={embedParams('?sprak=en&amne=lekplats')} t={await loadEmbedWords('en')} client={fakeClient()} />);

    const list = await screen.findByRole('list', { name: 'Current dialogues – Karlskoga Municipality' });
    const items = within(list).getAllByRole('listitem');
    const link = within(items[0]).getByRole('link', { name: 'A new playground in the centre' });
    expect(link).toHaveAttribute('href', `${location.origin}/dialoger/lekplats-i-centrum?lang=en`);
    expect(link).not.toHaveAttribute('lang');
    expect(items[0]).toHaveTextContent('Open until 3 March 2027');
    // Not translated: shown in Swedish, and marked so.
    expect(within(items[1]).getByRole('link', { name: 'Bibliotekets öppettider' })).toHaveAttribute('lang', 'sv');
    expect(items[1]).toHaveTextContent('Opens 10 March 2027');
    expect(screen.getByText('Topic: lekplats')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All dialogues' })).toHaveAttribute('href', `${location.origin}/?amne=lekplats&lang=en`);
  });

  it('says so when there is nothing current, and offers to try again when the API fails', async () => {
    const client = fakeClient();
    client.listDialogues.mockRejectedValueOnce(new Error('offline'));
    render(<EmbedPage params={embedParams('?sprak=fi')} t={await loadEmbedWords('fi')} client={client} />);

    expect(await screen.findByRole('alert')).toHaveTextContent('Vuoropuheluja ei voitu hakea juuri nyt.');
    client.listDialogues.mockResolvedValue(pageOf([]));
    await userEvent.click(screen.getByRole('button', { name: 'Yritä uudelleen' }));
    expect(await screen.findByText('Täällä ei ole juuri nyt ajankohtaisia vuoropuheluja.')).toBeInTheDocument();
  });

  it('has its words in every language, Swedish where one is missing, and fills placeholders', async () => {
    for (const language of ['sv', 'en', 'ar', 'so', 'ti', 'prs', 'fi'] as const) {
      const t = await loadEmbedWords(language);
      expect(t('embed.openUntil', { date: 'D' }), language).toContain('D');
      expect(t('embed.all'), language).not.toBe('embed.all');
    }
    expect(fill('Öppnar {{date}}', { date: '1 maj' })).toBe('Öppnar 1 maj');
  });

  it('tells a framing page its height and nothing else', () => {
    const parent = { postMessage: vi.fn() } as unknown as Window;
    const body = { getBoundingClientRect: () => ({ height: 311.4 }) } as unknown as HTMLElement;

    reportHeight(parent, body);

    expect(parent.postMessage).toHaveBeenCalledWith({ type: heightMessageType, height: 312 }, '*');
  });
});
