import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DialogueDetails, DialogueTranslationDto } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { languageList, type LanguageCode } from '../../i18n/languages';
import { TextField } from '../../components/Fields';
import { ErrorNotice } from '../../components/ErrorNotice';
import { byPath } from '../../lib/problems';
import { useApiForm } from '../../lib/useApiForm';
import { removeTranslationMutation, setTranslationMutation } from './api/translations';

/** The languages a dialogue's texts may be translated into, each named in itself: all but Swedish, the source. */
const targets = languageList.filter((l) => l.code !== 'sv');

/** On the edit page: the dialogue's own texts in other languages, one language at a time; Swedish stays authoritative. */
export function Translations({ dialogue }: { dialogue: DialogueDetails }) {
  const { t } = useI18n();
  const [language, setLanguage] = useState(targets[0].code);
  // Said here, not in the form: saving refetches the dialogue and the form starts again from what is stored.
  const [savedIn, setSavedIn] = useState<LanguageCode>();
  const existing = dialogue.translations.find((x) => x.language === language);
  return (
    <section aria-labelledby="translations-heading" className="stack">
      <h2 id="translations-heading">{t('staff.translations.title')}</h2>
      <p className="hint">{t('staff.translations.intro')}</p>
      <p>
        {dialogue.translations.length === 0
          ? t('staff.translations.none')
          : t('staff.translations.have', { languages: dialogue.translations.map((x) => targets.find((l) => l.code === x.language)?.name ?? x.language).join(', ') })}
      </p>
      <div className="field">
        <label htmlFor="translation-language">{t('staff.translations.language')}</label>
        <select id="translation-language" value={language} onChange={(e) => setLanguage(e.target.value as LanguageCode)}>
          {targets.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
      {savedIn === language && (
        <p className="notice notice--success" role="status">
          {t('staff.translations.saved')}
        </p>
      )}
      {/* A new form per language and per saved version, so its fields start from what is stored. */}
      <TranslationForm key={`${language}-${existing?.updatedAt ?? 'new'}`} dialogue={dialogue} target={targets.find((l) => l.code === language)!} existing={existing}
        onSaved={() => setSavedIn(language)} onChange={() => setSavedIn(undefined)} />
    </section>
  );
}

function TranslationForm(props: {
  dialogue: DialogueDetails;
  target: (typeof targets)[number];
  existing?: DialogueTranslationDto;
  onSaved: () => void;
  onChange: () => void;
}) {
  const { dialogue: d, target, existing, onSaved, onChange } = props;
  const { t, say } = useI18n();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState(existing?.title ?? '');
  const [summary, setSummary] = useState(existing?.summary ?? '');
  const [question, setQuestion] = useState(existing?.question ?? '');
  const [easyRead, setEasyRead] = useState(existing?.easyReadText ?? '');
  const [texts, setTexts] = useState<Record<string, string>>(() => {
    const start: Record<string, string> = {};
    for (const q of existing?.questions ?? []) {
      start[q.questionId] = q.text;
      for (const o of q.options) start[o.optionId] = o.text;
    }
    return start;
  });
  const request = useApiForm({ mutation: setTranslationMutation(queryClient, d.id, target.code), fieldOf: byPath(() => true) });
  const removal = useMutation(removeTranslationMutation(queryClient, d.id, target.code));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onChange();
    const questions = d.questions
      .filter((q) => texts[q.id]?.trim())
      .map((q) => ({
        questionId: q.id,
        text: texts[q.id].trim(),
        options: q.options.filter((o) => texts[o.id]?.trim()).map((o) => ({ optionId: o.id, text: texts[o.id].trim() })),
      }));
    const done = await request.submit({ title, summary, question, easyReadText: easyRead.trim() || null, questions });
    if (done) onSaved();
  }

  const err = (field: string) => say(request.errorsOf(field));
  const typed = { lang: target.code, dir: target.dir };
  // Field errors name the request's paths: the n-th translated question, its m-th translated option.
  const indexOf = (questionId: string) => d.questions.filter((q) => texts[q.id]?.trim()).findIndex((q) => q.id === questionId);
  const optionIndexOf = (q: DialogueDetails['questions'][number], optionId: string) =>
    q.options.filter((o) => texts[o.id]?.trim()).findIndex((o) => o.id === optionId);
  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby="translations-heading">
      <ErrorNotice words={request.errors.general} />
      <TextField id="translation-title" label={t('staff.translations.field.title')} hint={d.title} value={title} onChange={setTitle} errors={err('title')} required {...typed} />
      <TextField id="translation-summary" label={t('staff.translations.field.summary')} hint={d.summary} value={summary} onChange={setSummary}
        errors={err('summary')} required multiline {...typed} />
      <TextField id="translation-question" label={t('staff.translations.field.question')} hint={d.question} value={question} onChange={setQuestion}
        errors={err('question')} required multiline {...typed} />
      {d.easyReadText && (
        <TextField id="translation-easyRead" label={t('staff.translations.field.easyRead')} value={easyRead} onChange={setEasyRead}
          errors={err('easyReadText')} multiline {...typed} />
      )}
      {d.questions.map((q, i) => (
        <fieldset key={q.id} className="stack">
          <legend>
            {t('staff.translations.field.questionnaire', { number: i + 1 })} <span lang="sv">{q.text}</span>
          </legend>
          <TextField id={`translation-q-${q.id}`} label={t('staff.translations.field.questionText')} value={texts[q.id] ?? ''}
            onChange={(v) => setTexts({ ...texts, [q.id]: v })} errors={err(`questions[${indexOf(q.id)}].text`)} {...typed} />
          {q.options.map((o) => (
            <TextField key={o.id} id={`translation-o-${o.id}`} label={t('staff.translations.field.option', { option: o.text })} value={texts[o.id] ?? ''}
              onChange={(v) => setTexts({ ...texts, [o.id]: v })} errors={err(`questions[${indexOf(q.id)}].options[${optionIndexOf(q, o.id)}].text`)} {...typed} />
          ))}
        </fieldset>
      ))}
      <div className="actions">
        <button type="submit" className="button" disabled={request.pending}>
          {t('staff.translations.save', { language: target.name })}
        </button>
        {existing && (
          <button type="button" className="button button--secondary" disabled={removal.isPending} onClick={() => {
            onChange();
            removal.mutate();
          }}>
            {t('staff.translations.remove', { language: target.name })}
          </button>
        )}
      </div>
    </form>
  );
}
