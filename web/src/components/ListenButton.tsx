// "Lyssna": reads a text aloud with the browser's own speech synthesis, in the text's language (the page's unless
// told otherwise), with a voice of that language. Absent where the browser has none (voices may arrive after the
// page: `voiceschanged`). Nothing leaves the browser: no text is sent anywhere.
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { LanguageCode } from '../i18n/languages';
import './listen.css';

/** The BCP 47 tags a voice may carry for a language: its own code with any region, and Dari also as fa-AF. */
const voiceTags: Partial<Record<LanguageCode, string[]>> = { prs: ['prs', 'fa-af'] };

/** The first voice that speaks `language`, if the browser has one. */
export function voiceFor(voices: readonly SpeechSynthesisVoice[], language: LanguageCode): SpeechSynthesisVoice | undefined {
  const tags = voiceTags[language] ?? [language];
  const speaks = (voice: SpeechSynthesisVoice) => {
    const tag = voice.lang.toLowerCase().replace(/_/g, '-');
    return tags.some((t) => tag === t || tag.startsWith(`${t}-`));
  };
  const matching = voices.filter(speaks);
  return matching.find((v) => v.localService) ?? matching[0];
}

const synthesis = (): SpeechSynthesis | undefined =>
  typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined' ? window.speechSynthesis : undefined;

/** The browser's voice for `language`, kept up to date as voices arrive; undefined while there is none. */
function useVoice(language: LanguageCode): SpeechSynthesisVoice | undefined {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | undefined>(() => {
    const s = synthesis();
    return s ? voiceFor(s.getVoices(), language) : undefined;
  });
  useEffect(() => {
    const s = synthesis();
    if (!s) return;
    const update = () => setVoice(voiceFor(s.getVoices(), language));
    update();
    s.addEventListener('voiceschanged', update);
    return () => s.removeEventListener('voiceschanged', update);
  }, [language]);
  return voice;
}

export function ListenButton({ text, lang }: { text: string; lang?: LanguageCode }) {
  const { t, language } = useI18n();
  const spoken = lang ?? language;
  const voice = useVoice(spoken);
  const [speaking, setSpeaking] = useState(false);
  const current = useRef<SpeechSynthesisUtterance | null>(null);

  // Leaving the page (or the text changing) stops reading.
  useEffect(
    () => () => {
      if (current.current) synthesis()?.cancel();
      current.current = null;
    },
    [text, spoken],
  );

  if (!voice || !text.trim()) return null;

  const stop = () => {
    current.current = null;
    synthesis()?.cancel();
    setSpeaking(false);
  };

  const start = () => {
    const s = synthesis();
    if (!s) return;
    s.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = spoken;
    utterance.voice = voice;
    const done = () => {
      if (current.current !== utterance) return;
      current.current = null;
      setSpeaking(false);
    };
    utterance.addEventListener('end', done);
    utterance.addEventListener('error', done);
    current.current = utterance;
    s.speak(utterance);
    setSpeaking(true);
  };

  return (
    <button type="button" className="listen" onClick={speaking ? stop : start}>
      <span aria-hidden="true">{speaking ? '■ ' : '▶ '}</span>
      {speaking ? t('listen.stop') : t('listen.start')}
    </button>
  );
}
