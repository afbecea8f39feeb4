import { useI18n } from '../i18n/I18nProvider';
import type { Words } from '../i18n/catalogue';

/** Errors no field of a form owns, in words, as an alert; nothing when there are none. */
export function ErrorNotice({ words }: { words: Words[] | undefined }) {
  const { say } = useI18n();
  const said = say(words);
  if (!said) return null;
  return (
    <p className="notice notice--error" role="alert">
      {said.join(' ')}
    </p>
  );
}
