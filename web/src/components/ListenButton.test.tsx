import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../i18n/I18nProvider';
import { ListenButton, voiceFor } from './ListenButton';

/** A speech synthesis that speaks nothing: it records utterances, ends one when told, and gains voices on demand. */
class FakeSynthesis extends EventTarget {
  voices: SpeechSynthesisVoice[];
  spoken: SpeechSynthesisUtterance[] = [];
  cancelled = 0;
  speaking = false;
  constructor(langs: string[]) {
    super();
    this.voices = langs.map((lang) => ({ lang, name: `Voice ${lang}`, localService: true, default: false, voiceURI: lang }) as SpeechSynthesisVoice);
  }
  getVoices = () => this.voices;
  speak = (u: SpeechSynthesisUtterance) => {
    this.spoken.push(u);
    this.speaking = true;
  };
  cancel = () => {
    this.cancelled++;
    this.speaking = false;
  };
  finish() {
    this.speaking = false;
    this.spoken.at(-1)?.dispatchEvent(new Event('end'));
  }
  arrive(lang: string) {
    this.voices = [...this.voices, { lang, name: lang, localService: true, default: false, voiceURI: lang } as SpeechSynthesisVoice];
    this.dispatchEvent(new Event('voiceschanged'));
  }
}

class FakeUtterance extends EventTarget {
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  constructor(public text: string) {
    super();
  }
}

function install(langs: string[]) {
  const fake = new FakeSynthesis(langs);
  vi.stubGlobal('speechSynthesis', fake);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  return fake;
}

const renderButton = (text: string, lang?: 'sv' | 'ar') =>
  render(
    <I18nProvider>
      <p>{text}</p>
      <ListenButton text={text} lang={lang} />
    </I18nProvider>,
  );

afterEach(() => vi.unstubAllGlobals());

describe('ListenButton', () => {
  it('reads the text aloud in the page’s language with a voice of that language, and stops', async () => {
    const fake = install(['en-US', 'sv-SE']);
    renderButton('Kommunen planerar en skatepark.');

    await userEvent.click(screen.getByRole('button', { name: 'Lyssna' }));

    expect(fake.spoken).toHaveLength(1);
    expect(fake.spoken[0].text).toBe('Kommunen planerar en skatepark.');
    expect(fake.spoken[0].lang).toBe('sv');
    expect(fake.spoken[0].voice?.lang).toBe('sv-SE');
    await userEvent.click(screen.getByRole('button', { name: 'Sluta läsa' }));
    expect(fake.speaking).toBe(false);
    expect(screen.getByRole('button', { name: 'Lyssna' })).toBeInTheDocument();
  });

  it('turns back to “Lyssna” when the reading ends by itself', async () => {
    const fake = install(['sv-SE']);
    renderButton('Hej.');
    await userEvent.click(screen.getByRole('button', { name: 'Lyssna' }));
    act(() => fake.finish());
    expect(screen.getByRole('button', { name: 'Lyssna' })).toBeInTheDocument();
  });

  it('is absent without a voice for the language, and appears when one arrives late', () => {
    const fake = install(['en-GB']);
    renderButton('Hej.');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();

    act(() => fake.arrive('sv-SE'));
    expect(screen.getByRole('button', { name: 'Lyssna' })).toBeInTheDocument();
  });

  it('is absent in a browser without speech synthesis', () => {
    vi.stubGlobal('speechSynthesis', undefined);
    renderButton('Hej.');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('reads a text in its own language when told (Swedish easy-read text on an Arabic page)', async () => {
    localStorage.setItem('medborgardialog.language', 'ar');
    const fake = install(['ar-SA']);
    renderButton('Lättläst text.', 'sv');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    act(() => fake.arrive('sv-SE'));
    await userEvent.click(screen.getByRole('button'));
    expect(fake.spoken[0].lang).toBe('sv');
  });

  it('picks voices by language: a region or none, Dari also as fa-AF', () => {
    const voices = ['sv-SE', 'ar_EG', 'fa-AF', 'fa-IR'].map((lang) => ({ lang, localService: true }) as SpeechSynthesisVoice);
    expect(voiceFor(voices, 'sv')?.lang).toBe('sv-SE');
    expect(voiceFor(voices, 'ar')?.lang).toBe('ar_EG');
    expect(voiceFor(voices, 'prs')?.lang).toBe('fa-AF');
    expect(voiceFor(voices, 'so')).toBeUndefined();
    expect(voiceFor(voices, 'fi')).toBeUndefined();
  });
});
