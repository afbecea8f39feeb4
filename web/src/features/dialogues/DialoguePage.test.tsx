import { screen } from '@testing-library/react';
import type { DialogueDetails } from '../../api/client';
import { renderAt } from '../../lib/testing';

const dialogue: DialogueDetails = {
  id: '01a2',
  slug: 'framtidens-bibliotek',
  title: 'Framtidens bibliotek',
  summary: 'Stadsbiblioteket ska byggas om.',
  question: 'Vad ska biblioteket erbjuda dig?',
  translations: [],
  committee: 'Kultur- och fritidsnämnden',
  caseNumber: 'KFN 2026/12',
  plannedDecisionDate: '2027-03-23',
  forms: ['workshop'],
  targetGroups: ['olderPeople'],
  places: [{ name: 'Stadsbiblioteket', address: 'Kyrkbacken 9', url: null, accessibility: 'Hörslinga' }],
  opensAt: '2026-12-23T08:00:00Z',
  closesAt: '2027-02-01T08:00:00Z',
  status: 'announced',
  publishedAt: '2026-11-23T08:00:00Z',
  cancellationReason: null,
  topics: ['bibliotek'],
  participationLevel: 'coCreate',
  easyReadText: 'Biblioteket ska byggas om. Berätta vad du vill.',
  factLinks: [{ title: 'Förstudie', url: 'https://www.karlskoga.se/forstudie.pdf' }],
  documents: [
    { id: 'd1', title: 'Ritning', fileName: 'ritning.pdf', contentType: 'application/pdf', sizeBytes: 250_000, url: '/api/documents/d1' },
  ],
  isYouthDialogue: false,
  opinionCount: 42,
  districts: [{ code: 'centrum', name: 'Centrum' }],
  responsibleOfficials: [
    {
      id: 'o1',
      name: 'Karin Lindqvist',
      party: 'Exempelpartiet',
      role: 'Ordförande i kultur- och fritidsnämnden',
      publicEmail: 'karin.lindqvist@karlskoga.se',
      publicPhone: null,
      officeHours: 'Tisdagar 16–17 i stadshuset',
    },
  ],
  questions: [],
  opinionVisibility: 'internal',
  moderation: 'postModeration',
  moderationIsDefault: true,
  sessions: [
    {
      id: 's1',
      form: 'workshop',
      title: 'Workshop i hörsalen',
      startsAt: '2027-01-10T17:00:00Z',
      endsAt: '2027-01-10T19:00:00Z',
      placeName: 'Stadsbiblioteket',
      address: null,
      onlineUrl: null,
      accessibility: { stepFreeAccess: true, hearingLoop: true, interpretation: 'arabiska', signLanguage: false, notes: null },
      capacity: 30,
      signUpRequired: true,
      signUpCount: 28,
      placesLeft: 2,
    },
  ],
};

describe('DialoguePage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows what, when, where, how, for whom and the decision', async () => {
    renderAt('/dialoger/framtidens-bibliotek', { '/api/dialogue-slugs/framtidens-bibliotek': { body: dialogue } });

    expect(await screen.findByRole('heading', { level: 1, name: 'Framtidens bibliotek' })).toBeInTheDocument();
    expect(screen.getByText('Vad ska biblioteket erbjuda dig?')).toBeInTheDocument();
    expect(screen.getAllByText('Workshop').length).toBeGreaterThan(0);
    expect(screen.getByText('Äldre')).toBeInTheDocument();
    expect(screen.getByText('KFN 2026/12')).toBeInTheDocument();
    expect(screen.getByText('23 mars 2027')).toBeInTheDocument();
    expect(screen.getByText(/Tillgängligt utan trappsteg\. Hörslinga\. Tolkning: arabiska/)).toBeInTheDocument();
    expect(screen.getByText(/2 platser kvar/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Lägg till i kalendern/ })).toHaveAttribute('href', '/api/calendar/sessions/s1.ics');
    expect(screen.getByText('Biblioteket ska byggas om. Berätta vad du vill.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Förstudie' })).toHaveAttribute('href', 'https://www.karlskoga.se/forstudie.pdf');
    expect(screen.getByText('Centrum')).toBeInTheDocument();
    expect(screen.getByText('Karin Lindqvist')).toBeInTheDocument();
    expect(screen.getByText(/Tisdagar 16–17 i stadshuset/)).toBeInTheDocument();
    expect(screen.getByText('Samskapande')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Ritning/ })).toHaveAttribute('href', '/api/documents/d1');
    expect(screen.getByRole('link', { name: /Ritning/ })).toHaveTextContent('PDF, 244 kB');
  });

  it('shows how many opinions an open dialogue has received (the public sees the total only)', async () => {
    renderAt('/dialoger/framtidens-bibliotek', { '/api/dialogue-slugs/framtidens-bibliotek': { body: { ...dialogue, status: 'open' } } });

    expect(await screen.findByText('42 synpunkter hittills')).toBeInTheDocument();
  });

  it('links to the feedback once it is published, and not before', async () => {
    renderAt('/dialoger/framtidens-bibliotek', {
      '/api/dialogue-slugs/framtidens-bibliotek': { body: { ...dialogue, status: 'closed', feedbackPublishedAt: '2027-03-30T10:00:00Z' } },
    });

    expect(await screen.findByRole('heading', { name: 'Beslutet är fattat' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Läs återkopplingen' })).toHaveAttribute('href', '/dialoger/framtidens-bibliotek/aterkoppling');
  });

  it('has no feedback link before the feedback is published', async () => {
    renderAt('/dialoger/framtidens-bibliotek', { '/api/dialogue-slugs/framtidens-bibliotek': { body: { ...dialogue, status: 'closed' } } });

    await screen.findByRole('heading', { level: 1, name: 'Framtidens bibliotek' });
    expect(screen.queryByRole('link', { name: 'Läs återkopplingen' })).not.toBeInTheDocument();
  });

  it('shows a friendly page when the dialogue does not exist', async () => {
    renderAt('/dialoger/finns-inte', {});

    expect(await screen.findByRole('heading', { level: 1, name: 'Dialogen finns inte' })).toBeInTheDocument();
  });

  it('shows the public reason of a cancelled dialogue', async () => {
    renderAt('/dialoger/framtidens-bibliotek', {
      '/api/dialogue-slugs/framtidens-bibliotek': { body: { ...dialogue, status: 'cancelled', cancellationReason: 'Frågan avgjordes i budgeten.' } },
    });

    expect(await screen.findByText('Frågan avgjordes i budgeten.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Dialogen är inställd' })).toBeInTheDocument();
  });

  describe('in another language than Swedish', () => {
    beforeEach(() => localStorage.setItem('medborgardialog.language', 'en'));
    afterEach(() => localStorage.removeItem('medborgardialog.language'));

    it("shows the officials' translation of the dialogue's texts and says the Swedish applies", async () => {
      const translated = {
        ...dialogue,
        translations: [
          { language: 'en', title: 'The library of the future', summary: 'The library is being rebuilt.', question: 'What should the library offer you?',
            easyReadText: null, questions: [], updatedAt: '2026-11-20T08:00:00Z' },
        ],
      };
      renderAt('/dialoger/framtidens-bibliotek', { '/api/dialogue-slugs/framtidens-bibliotek': { body: translated } });

      const heading = await screen.findByRole('heading', { level: 1, name: 'The library of the future' });
      expect(heading).not.toHaveAttribute('lang');
      expect(screen.getByText('What should the library offer you?')).toBeInTheDocument();
      expect(screen.getByText(/translated by the municipality/)).toBeInTheDocument();
      expect(screen.queryByText(/Only in Swedish/)).not.toBeInTheDocument();
      // The easy-read text was not translated: it is shown in Swedish, marked as Swedish.
      expect(screen.getByText('Biblioteket ska byggas om. Berätta vad du vill.')).toHaveAttribute('lang', 'sv');
    });

    it('says plainly when the texts exist only in Swedish, marks them as Swedish and says whom to contact', async () => {
      renderAt('/dialoger/framtidens-bibliotek', { '/api/dialogue-slugs/framtidens-bibliotek': { body: dialogue } });

      expect(await screen.findByRole('heading', { level: 1, name: 'Framtidens bibliotek' })).toHaveAttribute('lang', 'sv');
      expect(screen.getByText(/Only in Swedish/)).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Who to contact' })).toHaveAttribute('href', '#decision-heading');
      expect(screen.getByText('Vad ska biblioteket erbjuda dig?')).toHaveAttribute('lang', 'sv');
    });
  });
});
