// The language picker on every page: a native <select> (keyboard, screen readers and phones know it), each language
// named in itself and marked with its own lang. The staff console offers Swedish and English only. A resident reading
// a translation no native speaker has checked yet is told so, in that language, beside the picker.
import { useId } from 'react';
import { useI18n, useLanguageChoice } from './I18nProvider';
import { isLanguage, languageList, staffLanguages, type LanguageCode } from './languages';
import reviews from './reviews.json';
import './language.css';

/** Whether a native speaker has checked the language's words (reviews.json). */
export const reviewed = (language: LanguageCode): boolean =>
  (reviews as Record<string, { reviewedByNativeSpeaker?: boolean }>)[language]?.reviewedByNativeSpeaker === true;

export function LanguagePicker() {
  const { t, language, setLanguage } = useI18n();
  const { staff } = useLanguageChoice();
  const id = useId();
  const offered = staff ? languageList.filter((l) => staffLanguages.includes(l.code)) : languageList;

  return (
    <div className="language-picker">
      <label htmlFor={id}>{t('app.language.label')}</label>{' '}
      <select
        id={id}
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) setLanguage(event.target.value);
        }}
      >
        {offered.map((l) => (
          <option key={l.code} value={l.code} lang={l.code} dir={l.dir}>
            {l.name}
          </option>
        ))}
      </select>
      {!staff && !reviewed(language) && (
        <p className="language-picker__note" role="note">
          {t('app.language.unreviewed')}
        </p>
      )}
    </div>
  );
}
